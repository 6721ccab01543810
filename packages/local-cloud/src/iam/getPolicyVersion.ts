// GetPolicyVersion: the document of a managed policy's version (only v1 exists here).
import { toXml } from '../protocol/xml.js';
import { encoded, type IamOperation } from './shapes.js';
import { noSuchEntity } from './store.js';
import { required } from './validate.js';

export const getPolicyVersion: IamOperation = (store, form) => {
  const arn = required(form, 'PolicyArn');
  const version = required(form, 'VersionId');
  const found = store.policy(arn);
  if (!found || version !== 'v1')
    throw noSuchEntity(`Policy ${arn} version ${version} does not exist or is not attachable.`);
  return toXml({
    PolicyVersion: {
      Document: encoded(found.document),
      VersionId: 'v1',
      IsDefaultVersion: true,
      CreateDate: (found.managed?.createDate ?? new Date(0)).toISOString(),
    },
  });
};
