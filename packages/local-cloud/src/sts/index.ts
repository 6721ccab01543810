// STS in the local cloud: GetCallerIdentity, AssumeRole and GetSessionToken, on awsQuery (what the SDKs
// and CLIs send) and on awsJson 1.0 (`X-Amz-Target: AWSSecurityTokenServiceV20110615.<Operation>`) for
// clients that move to it; one implementation behind both.
import type { LocalCloud, Service } from '../cloud.js';
import { awsJsonFace } from '../protocol/codecs/awsJson.js';
import { awsQueryFace } from '../protocol/codecs/awsQuery.js';
import type { StsContext } from './context.js';
import { OPERATIONS } from './operations.js';

const STS_NAMESPACE = 'https://sts.amazonaws.com/doc/2011-06-15/';

export function createStsService(cloud: LocalCloud): Service {
  const context = (): StsContext => ({ accountId: cloud.accountId });
  return {
    name: 'sts',
    faces: [
      awsQueryFace({
        client: () => import('@aws-sdk/client-sts'),
        namespace: STS_NAMESPACE,
        operations: OPERATIONS,
        context,
      }),
      awsJsonFace({
        client: () => import('@aws-sdk/client-sts'),
        version: '1.0',
        targetPrefix: 'AWSSecurityTokenServiceV20110615',
        operations: OPERATIONS,
        context,
      }),
    ],
  };
}
