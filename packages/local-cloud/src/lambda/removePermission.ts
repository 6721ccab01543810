// RemovePermission: drops one statement of the function's resource policy.
import { AwsError } from '../protocol/errors.js';
import type { LocalRequest } from '../protocol/request.js';
import type { RestAnswer } from '../protocol/restJson.js';
import type { LambdaContext } from './context.js';
import { newRevisionId } from './store.js';

export function removePermission(
  ctx: LambdaContext,
  req: LocalRequest,
  params: Record<string, string>,
): RestAnswer {
  const { fn } = ctx.store.get(params.FunctionName, req.region, req.query.get('Qualifier'));
  const i = fn.policy.findIndex((s) => s.Sid === params.StatementId);
  if (i < 0) {
    throw new AwsError(
      'ResourceNotFoundException',
      `Statement ${params.StatementId} is not found in resource policy.`,
      404,
    );
  }
  fn.policy.splice(i, 1);
  fn.policyRevision = newRevisionId();
  return { status: 204 };
}
