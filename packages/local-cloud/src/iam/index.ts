// IAM in the local cloud, on awsQuery: roles, inline and managed policies, SimulatePrincipalPolicy; fills
// cloud.iam so Lambda can check a role's permission when it delivers to a destination.
import type { LocalCloud, Service } from '../cloud.js';
import type { IamInternal } from '../internal.js';
import { keptMaps } from '../persistence/maps.js';
import { READS, savingAfter } from '../persistence/operations.js';
import { awsQueryFace } from '../protocol/codecs/awsQuery.js';
import { statementsFor } from './evaluate.js';
import { OPERATIONS } from './operations.js';
import { IamStore } from './store.js';

const IAM_NAMESPACE = 'https://iam.amazonaws.com/doc/2010-05-08/';

export function iamInternal(store: IamStore): IamInternal {
  return {
    evaluate(roleArn, action, resource, resourcePolicy) {
      const role = store.roleByArn(roleArn);
      // Tests create functions with made-up roles: a role IAM never saw is not held against them.
      if (!role) return { allowed: true, reason: `role ${roleArn} is not known to the local IAM; allowed` };
      const granted = resourcePolicy ? statementsFor(resourcePolicy, roleArn) : undefined;
      const e = store.evaluateRole(role, action, resource, granted);
      if (e.decision === 'allowed') {
        return { allowed: true, reason: `${action} on ${resource} allowed by ${e.matched[0].source}` };
      }
      if (e.decision === 'explicitDeny') {
        return {
          allowed: false,
          reason: `${action} on ${resource} explicitly denied by ${e.matched[0].source}`,
        };
      }
      return {
        allowed: false,
        reason: `no policy of role ${role.roleName} allows ${action} on ${resource}`,
      };
    },
  };
}

export function createIamService(cloud: LocalCloud): Service {
  const store = new IamStore(cloud.accountId);
  cloud.iam = iamInternal(store);
  const save = keptMaps(cloud.state, 'iam', { roles: store.roles, policies: store.policies });
  return {
    name: 'iam',
    faces: [
      awsQueryFace({
        client: () => import('@aws-sdk/client-iam'),
        namespace: IAM_NAMESPACE,
        operations: savingAfter(
          OPERATIONS,
          save,
          (name) => READS.test(name) || name === 'SimulatePrincipalPolicy',
        ),
        context: () => ({ store }),
      }),
    ],
  };
}
