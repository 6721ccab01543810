// SNS in the local cloud: one implementation per operation, served on awsQuery (form in, XML out), and
// the internal publish API for the other services.
import type { LocalCloud, Service } from '../cloud.js';
import { keptMaps } from '../persistence/maps.js';
import { READS, savingAfter } from '../persistence/operations.js';
import { awsQueryFace } from '../protocol/codecs/awsQuery.js';
import { snsInternal } from './internal.js';
import { OPERATIONS } from './operations.js';
import { SnsStore } from './store.js';

const SNS_NAMESPACE = 'http://sns.amazonaws.com/doc/2010-03-31/';

export function createSnsService(cloud: LocalCloud): Service {
  const store = new SnsStore(cloud.accountId);
  cloud.sns = snsInternal(cloud, store);
  const save = keptMaps(cloud.state, 'sns', { topics: store.topics, subscriptions: store.subscriptions });
  // Publish changes only a FIFO topic's sequence and deduplication window, which are not kept (docs/RELIABILITY.md).
  const readOnly = (name: string) =>
    READS.test(name) || name.startsWith('Publish') || name === 'CheckIfPhoneNumberIsOptedOut';
  return {
    name: 'sns',
    faces: [
      awsQueryFace({
        client: () => import('@aws-sdk/client-sns'),
        namespace: SNS_NAMESPACE,
        operations: savingAfter(OPERATIONS, save, readOnly),
        context: (call) => ({ store, cloud, region: call.region }),
      }),
    ],
  };
}
