// SimulatePrincipalPolicy: the decision for each action and resource under a role's policies.
import type {
  EvaluationResult,
  PolicySourceType,
  SimulatePolicyResponse,
  SimulatePrincipalPolicyRequest,
} from '@aws-sdk/client-iam';
import type { IamContext } from './context.js';
import { noSuchEntity } from './errors.js';
import { required } from './validate.js';

/**
 * What a managed policy's statements are attributed to. The model lists `aws-managed`/`user-managed`;
 * the local IAM has always answered `IAM Policy`, kept so existing callers see no change.
 */
const MANAGED_SOURCE = 'IAM Policy' as PolicySourceType;

export function simulatePrincipalPolicy(
  ctx: IamContext,
  input: SimulatePrincipalPolicyRequest,
): SimulatePolicyResponse {
  const source = required(input.PolicySourceArn, 'PolicySourceArn');
  const role = ctx.store.roleByArn(source);
  if (!role)
    throw noSuchEntity(`The role with name ${source.slice(source.lastIndexOf('/') + 1)} cannot be found.`);
  const resources = input.ResourceArns ?? [];
  const results: EvaluationResult[] = [];
  for (const action of input.ActionNames ?? []) {
    for (const resource of resources.length > 0 ? resources : ['*']) {
      const e = ctx.store.evaluateRole(role, action, resource);
      results.push({
        EvalActionName: action,
        EvalResourceName: resource,
        EvalDecision: e.decision,
        MatchedStatements: e.matched.map((m) => ({
          SourcePolicyId: m.source,
          SourcePolicyType: m.source.startsWith('arn:') ? MANAGED_SOURCE : 'role',
        })),
        MissingContextValues: [],
      });
    }
  }
  return { EvaluationResults: results, IsTruncated: false };
}
