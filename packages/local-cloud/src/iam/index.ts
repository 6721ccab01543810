// iam (awsQuery): roles, inline and managed policies, SimulatePrincipalPolicy; fills cloud.iam so Lambda
// can check a role's permission when it delivers to a destination.
import type { LocalCloud, Service } from '../cloud.js';
import type { IamInternal } from '../internal.js';
import { type QueryOperation, serveAwsQuery } from '../protocol/awsQuery.js';
import { attachRolePolicy } from './attachRolePolicy.js';
import { createPolicy } from './createPolicy.js';
import { createRole } from './createRole.js';
import { deletePolicy } from './deletePolicy.js';
import { deleteRole } from './deleteRole.js';
import { deleteRolePolicy } from './deleteRolePolicy.js';
import { detachRolePolicy } from './detachRolePolicy.js';
import { getPolicy } from './getPolicy.js';
import { getPolicyVersion } from './getPolicyVersion.js';
import { getRole } from './getRole.js';
import { getRolePolicy } from './getRolePolicy.js';
import { listAttachedRolePolicies } from './listAttachedRolePolicies.js';
import { listRolePolicies } from './listRolePolicies.js';
import { listRoles } from './listRoles.js';
import { putRolePolicy } from './putRolePolicy.js';
import { type IamOperation, NAMESPACE } from './shapes.js';
import { simulatePrincipalPolicy } from './simulatePrincipalPolicy.js';
import { IamStore } from './store.js';
import { updateAssumeRolePolicy } from './updateAssumeRolePolicy.js';

const OPERATIONS: Record<string, IamOperation> = {
  CreateRole: createRole,
  GetRole: getRole,
  DeleteRole: deleteRole,
  ListRoles: listRoles,
  UpdateAssumeRolePolicy: updateAssumeRolePolicy,
  PutRolePolicy: putRolePolicy,
  GetRolePolicy: getRolePolicy,
  DeleteRolePolicy: deleteRolePolicy,
  ListRolePolicies: listRolePolicies,
  AttachRolePolicy: attachRolePolicy,
  DetachRolePolicy: detachRolePolicy,
  ListAttachedRolePolicies: listAttachedRolePolicies,
  CreatePolicy: createPolicy,
  GetPolicy: getPolicy,
  GetPolicyVersion: getPolicyVersion,
  DeletePolicy: deletePolicy,
  SimulatePrincipalPolicy: simulatePrincipalPolicy,
};

export function iamInternal(store: IamStore): IamInternal {
  return {
    evaluate(roleArn, action, resource) {
      const role = store.roleByArn(roleArn);
      // Tests create functions with made-up roles: a role IAM never saw is not held against them.
      if (!role) return { allowed: true, reason: `role ${roleArn} is not known to the local IAM; allowed` };
      const e = store.evaluateRole(role, action, resource);
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
  const operations: Record<string, QueryOperation> = Object.fromEntries(
    Object.entries(OPERATIONS).map(([name, op]) => [name, (form, req) => op(store, form, req)]),
  );
  return { name: 'iam', handle: (req, res) => serveAwsQuery({ namespace: NAMESPACE, operations }, req, res) };
}
