// Stored roles and managed policies as the SDK's shapes, members in AWS's element order.
import type { Policy, Role as RoleView } from '@aws-sdk/client-iam';
import type { IamStore, ManagedPolicy, Role } from './store.js';

/** IAM hands policy documents back URL-encoded, as AWS does. */
export const encoded = (doc: string) => encodeURIComponent(doc);

export function roleView(r: Role): RoleView {
  return {
    Path: r.path,
    RoleName: r.roleName,
    RoleId: r.roleId,
    Arn: r.arn,
    CreateDate: r.createDate,
    AssumeRolePolicyDocument: encoded(r.assumeRolePolicyDocument),
    Description: r.description,
    MaxSessionDuration: r.maxSessionDuration,
    Tags: r.tags.map((t) => ({ Key: t.Key, Value: t.Value })),
    RoleLastUsed: {},
  };
}

export function policyView(p: ManagedPolicy, store: IamStore): Policy {
  let attachments = 0;
  for (const r of store.roles.values()) if (r.attached.includes(p.arn)) attachments++;
  return {
    PolicyName: p.policyName,
    PolicyId: p.policyId,
    Arn: p.arn,
    Path: p.path,
    DefaultVersionId: p.defaultVersionId,
    AttachmentCount: attachments,
    PermissionsBoundaryUsageCount: 0,
    IsAttachable: true,
    Description: p.description,
    CreateDate: p.createDate,
    UpdateDate: p.updateDate,
    Tags: [],
  };
}
