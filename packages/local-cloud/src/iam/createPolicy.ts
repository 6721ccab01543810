// CreatePolicy: a customer managed policy (version v1).
import { AwsError } from '../protocol/errors.js';
import { toXml } from '../protocol/xml.js';
import { randomSuffix } from '../stacks/names.js';
import { type IamOperation, policyXml } from './shapes.js';
import { parseDocument } from './store.js';
import { entityName, path, required } from './validate.js';

export const createPolicy: IamOperation = (store, form) => {
  const name = entityName(form, 'PolicyName', 128);
  const doc = required(form, 'PolicyDocument');
  parseDocument(doc);
  const p = path(form);
  const arn = `arn:aws:iam::${store.accountId}:policy${p}${name}`;
  if (store.policies.has(arn)) {
    throw new AwsError(
      'EntityAlreadyExists',
      `A policy called ${name} already exists. Duplicate names are not allowed.`,
      409,
    );
  }
  const now = new Date();
  const policy = {
    policyName: name,
    policyId: `ANPA${randomSuffix(17)}`,
    arn,
    path: p,
    description: form.Description,
    createDate: now,
    updateDate: now,
    document: doc,
    defaultVersionId: 'v1',
  };
  store.policies.set(arn, policy);
  return toXml({ Policy: policyXml(policy, store) });
};
