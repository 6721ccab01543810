// GetPolicy: a customer managed policy, or an AWS managed one the store knows.
import { toXml } from '../protocol/xml.js';
import { type IamOperation, policyXml } from './shapes.js';
import { noSuchEntity } from './store.js';
import { required } from './validate.js';

export const getPolicy: IamOperation = (store, form) => {
  const arn = required(form, 'PolicyArn');
  const found = store.policy(arn);
  if (!found) throw noSuchEntity(`Policy ${arn} was not found.`);
  const epoch = new Date(0);
  const managed = found.managed ?? {
    policyName: arn.slice(arn.lastIndexOf('/') + 1),
    policyId: `ANPA${Buffer.from(arn).toString('hex').slice(-17).toUpperCase()}`,
    arn,
    path: arn.slice(arn.indexOf(':policy') + 7, arn.lastIndexOf('/') + 1),
    createDate: epoch,
    updateDate: epoch,
    document: found.document,
    defaultVersionId: 'v1',
  };
  return toXml({ Policy: policyXml(managed, store) });
};
