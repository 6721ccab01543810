// GetPolicy: the function's resource policy as a JSON string, with its revision.
import type { GetPolicyResponse } from '@aws-sdk/client-lambda';
import { AwsError } from '../protocol/errors.js';
import type { LocalRequest } from '../protocol/request.js';
import type { RestAnswer } from '../protocol/restJson.js';
import type { LambdaContext } from './context.js';

export function getPolicy(ctx: LambdaContext, req: LocalRequest, params: Record<string, string>): RestAnswer {
  const { fn } = ctx.store.get(params.FunctionName, req.region, req.query.get('Qualifier'));
  if (fn.policy.length === 0) {
    throw new AwsError('ResourceNotFoundException', 'The resource you requested does not exist.', 404);
  }
  const body: GetPolicyResponse = {
    Policy: JSON.stringify({ Version: '2012-10-17', Id: 'default', Statement: fn.policy }),
    RevisionId: fn.policyRevision,
  };
  return { body };
}
