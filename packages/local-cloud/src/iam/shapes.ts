// The XML shapes of IAM answers: roles, managed policies, attached policies.
import type { LocalRequest } from '../protocol/request.js';
import type { XmlNode } from '../protocol/xml.js';
import type { IamStore, ManagedPolicy, Role } from './store.js';

export const NAMESPACE = 'https://iam.amazonaws.com/doc/2010-05-08/';

/** IAM hands policy documents back URL-encoded, as AWS does. */
export const encoded = (doc: string) => encodeURIComponent(doc);

export function roleXml(r: Role): XmlNode {
  return {
    Path: r.path,
    RoleName: r.roleName,
    RoleId: r.roleId,
    Arn: r.arn,
    CreateDate: r.createDate.toISOString(),
    AssumeRolePolicyDocument: encoded(r.assumeRolePolicyDocument),
    Description: r.description,
    MaxSessionDuration: r.maxSessionDuration,
    Tags: { member: r.tags.map((t) => ({ Key: t.Key, Value: t.Value })) },
    RoleLastUsed: {},
  };
}

export function policyXml(p: ManagedPolicy, store: IamStore): XmlNode {
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
    CreateDate: p.createDate.toISOString(),
    UpdateDate: p.updateDate.toISOString(),
    Tags: { member: [] },
  };
}

export type IamOperation = (
  store: IamStore,
  form: Record<string, string>,
  req: LocalRequest,
) => string | undefined | Promise<string | undefined>;
