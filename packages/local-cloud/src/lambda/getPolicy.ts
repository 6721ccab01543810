// GetPolicy: the function's resource policy as a JSON string, with its revision.
import type { GetPolicyRequest, GetPolicyResponse } from '@aws-sdk/client-lambda';
import type { LambdaContext } from './context.js';
import { policyNotFound } from './errors.js';

export function getPolicy(ctx: LambdaContext, input: GetPolicyRequest): GetPolicyResponse {
  const { fn } = ctx.store.get(input.FunctionName!, ctx.region, input.Qualifier);
  if (fn.policy.length === 0) throw policyNotFound();
  return {
    Policy: JSON.stringify({ Version: '2012-10-17', Id: 'default', Statement: fn.policy }),
    RevisionId: fn.policyRevision,
  };
}
