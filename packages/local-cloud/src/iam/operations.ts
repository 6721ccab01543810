// The IAM operations by name, as the awsQuery face serves them.
import type { Operations } from '../protocol/service.js';
import { attachRolePolicy } from './attachRolePolicy.js';
import type { IamContext } from './context.js';
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
import { simulatePrincipalPolicy } from './simulatePrincipalPolicy.js';
import { updateAssumeRolePolicy } from './updateAssumeRolePolicy.js';

export const OPERATIONS: Operations<IamContext> = {
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
