// CreateRole: a role with its trust policy.
import type { CreateRoleRequest } from '@aws-sdk/client-iam';
import { queryStructs } from '../protocol/awsQuery.js';
import { toXml } from '../protocol/xml.js';
import { type IamOperation, roleXml } from './shapes.js';
import { parseDocument } from './store.js';
import { entityName, path, required } from './validate.js';

export const createRole: IamOperation = (store, form) => {
  const name: CreateRoleRequest['RoleName'] = entityName(form, 'RoleName', 64);
  const trust = required(form, 'AssumeRolePolicyDocument');
  parseDocument(trust);
  const role = store.createRole({
    roleName: name,
    path: path(form),
    assumeRolePolicyDocument: trust,
    description: form.Description,
    maxSessionDuration: Number(form.MaxSessionDuration ?? 3600),
    tags: queryStructs(form, 'Tags.member').map((t) => ({ Key: t.Key, Value: t.Value ?? '' })),
  });
  return toXml({ Role: roleXml(role) });
};
