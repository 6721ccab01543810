// The IAM store: roles with their inline and attached policies, customer managed policies.
import { parseArn } from '../arn.js';
import { randomSuffix } from '../stacks/names.js';
import { entityAlreadyExists, malformedPolicyDocument, noSuchEntity } from './errors.js';
import { type Evaluation, evaluate, type SourcedDocument } from './evaluate.js';
import { AWS_MANAGED } from './managedPolicies.js';

export interface Role {
  roleName: string;
  roleId: string;
  arn: string;
  path: string;
  createDate: Date;
  assumeRolePolicyDocument: string;
  description?: string;
  maxSessionDuration: number;
  tags: { Key: string; Value: string }[];
  /** Inline policies by name (JSON text). */
  inline: Map<string, string>;
  /** Attached managed policy ARNs. */
  attached: string[];
}

export interface ManagedPolicy {
  policyName: string;
  policyId: string;
  arn: string;
  path: string;
  description?: string;
  createDate: Date;
  updateDate: Date;
  document: string;
  defaultVersionId: string;
}

export function parseDocument(text: string): SourcedDocument['document'] {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    throw malformedPolicyDocument('This policy contains invalid Json');
  }
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) {
    throw malformedPolicyDocument('This policy contains invalid Json');
  }
  if (!('Statement' in doc)) {
    throw malformedPolicyDocument('Syntax errors in policy.');
  }
  return doc as SourcedDocument['document'];
}

export class IamStore {
  readonly roles = new Map<string, Role>();
  readonly policies = new Map<string, ManagedPolicy>();

  constructor(readonly accountId: string) {}

  role(name: string): Role {
    const r = this.roles.get(name);
    if (!r) throw noSuchEntity(`The role with name ${name} cannot be found.`);
    return r;
  }

  /** The role an ARN (`arn:aws:iam::<account>:role/<path>/<name>`) names, found by name alone. */
  roleByArn(arn: string): Role | undefined {
    const a = parseArn(arn);
    if (a?.service !== 'iam' || a.region || a.resourceType !== 'role') return undefined;
    // The name is the last segment of `<path>/<name>`.
    return this.roles.get(a.resourceName.slice(a.resourceName.lastIndexOf('/') + 1));
  }

  /** A customer or AWS managed policy by ARN; undefined when neither. */
  policy(arn: string): { arn: string; document: string; managed?: ManagedPolicy } | undefined {
    const mine = this.policies.get(arn);
    if (mine) return { arn, document: mine.document, managed: mine };
    const aws = AWS_MANAGED[arn];
    if (aws) return { arn, document: JSON.stringify({ Version: '2012-10-17', Statement: aws }) };
    return undefined;
  }

  createRole(input: Omit<Role, 'roleId' | 'arn' | 'createDate' | 'inline' | 'attached'>): Role {
    if (this.roles.has(input.roleName)) {
      throw entityAlreadyExists(`Role with name ${input.roleName} already exists.`);
    }
    const role: Role = {
      ...input,
      roleId: `AROA${randomSuffix(17)}`,
      arn: `arn:aws:iam::${this.accountId}:role${input.path}${input.roleName}`,
      createDate: new Date(),
      inline: new Map(),
      attached: [],
    };
    this.roles.set(role.roleName, role);
    return role;
  }

  /** Every policy document that applies to the role, with where it comes from. */
  documents(role: Role): SourcedDocument[] {
    const docs: SourcedDocument[] = [];
    for (const [name, text] of role.inline) docs.push({ source: name, document: JSON.parse(text) });
    for (const arn of role.attached) {
      const p = this.policy(arn);
      if (p) docs.push({ source: arn, document: JSON.parse(p.document) });
    }
    return docs;
  }

  /** `granted`: statements of the target's resource policy that name this role. */
  evaluateRole(role: Role, action: string, resource: string, granted?: SourcedDocument): Evaluation {
    return evaluate(granted ? [...this.documents(role), granted] : this.documents(role), action, resource);
  }
}
