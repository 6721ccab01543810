// GetPolicyVersion: the document of a managed policy's version (only v1 exists here).
import type { GetPolicyVersionRequest, GetPolicyVersionResponse } from '@aws-sdk/client-iam';
import type { IamContext } from './context.js';
import { noSuchEntity } from './errors.js';
import { required } from './validate.js';
import { encoded } from './views.js';

export function getPolicyVersion(ctx: IamContext, input: GetPolicyVersionRequest): GetPolicyVersionResponse {
  const arn = required(input.PolicyArn, 'PolicyArn');
  const version = required(input.VersionId, 'VersionId');
  const found = ctx.store.policy(arn);
  if (!found || version !== 'v1')
    throw noSuchEntity(`Policy ${arn} version ${version} does not exist or is not attachable.`);
  return {
    PolicyVersion: {
      Document: encoded(found.document),
      VersionId: 'v1',
      IsDefaultVersion: true,
      CreateDate: found.managed?.createDate ?? new Date(0),
    },
  };
}
