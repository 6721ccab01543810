// SimulatePrincipalPolicy: the decision for each action and resource under a role's policies.
import { queryList } from '../protocol/awsQuery.js';
import { toXml } from '../protocol/xml.js';
import type { IamOperation } from './shapes.js';
import { noSuchEntity } from './store.js';
import { required } from './validate.js';

export const simulatePrincipalPolicy: IamOperation = (store, form) => {
  const source = required(form, 'PolicySourceArn');
  const role = store.roleByArn(source);
  if (!role)
    throw noSuchEntity(`The role with name ${source.slice(source.lastIndexOf('/') + 1)} cannot be found.`);
  const actions = queryList(form, 'ActionNames.member');
  const resources = queryList(form, 'ResourceArns.member');
  const results = [];
  for (const action of actions) {
    for (const resource of resources.length > 0 ? resources : ['*']) {
      const e = store.evaluateRole(role, action, resource);
      results.push({
        EvalActionName: action,
        EvalResourceName: resource,
        EvalDecision: e.decision,
        MatchedStatements: {
          member: e.matched.map((m) => ({
            SourcePolicyId: m.source,
            SourcePolicyType: m.source.startsWith('arn:') ? 'IAM Policy' : 'role',
          })),
        },
        MissingContextValues: { member: [] },
      });
    }
  }
  return toXml({ EvaluationResults: { member: results }, IsTruncated: false });
};
