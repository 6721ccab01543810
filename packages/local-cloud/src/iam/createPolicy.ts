// CreatePolicy: a customer managed policy (version v1).
import type { CreatePolicyRequest, CreatePolicyResponse } from '@aws-sdk/client-iam';
import { randomSuffix } from '../stacks/names.js';
import type { IamContext } from './context.js';
import { entityAlreadyExists } from './errors.js';
import { parseDocument } from './store.js';
import { entityName, path, required } from './validate.js';
import { policyView } from './views.js';

export function createPolicy(ctx: IamContext, input: CreatePolicyRequest): CreatePolicyResponse {
  const { store } = ctx;
  const name = entityName(input.PolicyName, 'PolicyName', 128);
  const doc = required(input.PolicyDocument, 'PolicyDocument');
  parseDocument(doc);
  const p = path(input.Path);
  const arn = `arn:aws:iam::${store.accountId}:policy${p}${name}`;
  if (store.policies.has(arn)) {
    throw entityAlreadyExists(`A policy called ${name} already exists. Duplicate names are not allowed.`);
  }
  const now = new Date();
  const policy = {
    policyName: name,
    policyId: `ANPA${randomSuffix(17)}`,
    arn,
    path: p,
    description: input.Description,
    createDate: now,
    updateDate: now,
    document: doc,
    defaultVersionId: 'v1',
  };
  store.policies.set(arn, policy);
  return { Policy: policyView(policy, store) };
}
