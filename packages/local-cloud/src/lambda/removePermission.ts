// RemovePermission: drops one statement of the function's resource policy.
import type { RemovePermissionRequest } from '@aws-sdk/client-lambda';
import type { LambdaContext } from './context.js';
import { statementNotFound } from './errors.js';
import { newRevisionId } from './store.js';

export function removePermission(ctx: LambdaContext, input: RemovePermissionRequest): void {
  const { fn } = ctx.store.get(input.FunctionName!, ctx.region, input.Qualifier);
  const i = fn.policy.findIndex((s) => s.Sid === input.StatementId);
  if (i < 0) throw statementNotFound(input.StatementId!);
  fn.policy.splice(i, 1);
  fn.policyRevision = newRevisionId();
}
