// SNS in the local cloud: one implementation per operation, served on awsQuery (form in, XML out), and
// the internal publish API for the other services.
import type { LocalCloud, Service } from '../cloud.js';
import { awsQueryFace } from '../protocol/codecs/awsQuery.js';
import { snsInternal } from './internal.js';
import { OPERATIONS } from './operations.js';
import { SnsStore } from './store.js';

const SNS_NAMESPACE = 'http://sns.amazonaws.com/doc/2010-03-31/';

export function createSnsService(cloud: LocalCloud): Service {
  const store = new SnsStore(cloud.accountId);
  cloud.sns = snsInternal(cloud, store);
  return {
    name: 'sns',
    faces: [
      awsQueryFace({
        client: () => import('@aws-sdk/client-sns'),
        namespace: SNS_NAMESPACE,
        operations: OPERATIONS,
        context: (call) => ({ store, cloud, region: call.region }),
      }),
    ],
  };
}
