// ListAttachedRolePolicies: name and ARN of each managed policy attached to a role.
import { toXml } from '../protocol/xml.js';
import type { IamOperation } from './shapes.js';
import { required } from './validate.js';

export const listAttachedRolePolicies: IamOperation = (store, form) => {
  const role = store.role(required(form, 'RoleName'));
  return toXml({
    AttachedPolicies: {
      member: role.attached.map((arn) => ({
        PolicyName: arn.slice(arn.lastIndexOf('/') + 1),
        PolicyArn: arn,
      })),
    },
    IsTruncated: false,
  });
};
