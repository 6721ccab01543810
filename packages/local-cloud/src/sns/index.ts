// sns: SNS on awsQuery (form in, XML out), one module per operation.
import type { LocalCloud, Service } from '../cloud.js';
import { type QueryForm, type QueryOperation, serveAwsQuery } from '../protocol/awsQuery.js';
import type { LocalRequest } from '../protocol/request.js';
import { confirmSubscription } from './confirmSubscription.js';
import type { SnsContext } from './context.js';
import { createTopic } from './createTopic.js';
import { deleteTopic } from './deleteTopic.js';
import { getSubscriptionAttributes } from './getSubscriptionAttributes.js';
import { getTopicAttributes } from './getTopicAttributes.js';
import { snsInternal } from './internal.js';
import { listSubscriptions } from './listSubscriptions.js';
import { listSubscriptionsByTopic } from './listSubscriptionsByTopic.js';
import { listTagsForResource } from './listTagsForResource.js';
import { listTopics } from './listTopics.js';
import { publish } from './publish.js';
import { publishBatch } from './publishBatch.js';
import { setSubscriptionAttributes } from './setSubscriptionAttributes.js';
import { setTopicAttributes } from './setTopicAttributes.js';
import { SnsStore } from './store.js';
import { subscribe } from './subscribe.js';
import { tagResource } from './tagResource.js';
import { unsubscribe } from './unsubscribe.js';
import { untagResource } from './untagResource.js';

export const SNS_NAMESPACE = 'http://sns.amazonaws.com/doc/2010-03-31/';

type SnsOperation = (ctx: SnsContext, form: QueryForm) => string | undefined;

const OPERATIONS: Record<string, SnsOperation> = {
  CreateTopic: createTopic,
  DeleteTopic: deleteTopic,
  ListTopics: listTopics,
  GetTopicAttributes: getTopicAttributes,
  SetTopicAttributes: setTopicAttributes,
  Subscribe: subscribe,
  ConfirmSubscription: confirmSubscription,
  Unsubscribe: unsubscribe,
  ListSubscriptions: listSubscriptions,
  ListSubscriptionsByTopic: listSubscriptionsByTopic,
  GetSubscriptionAttributes: getSubscriptionAttributes,
  SetSubscriptionAttributes: setSubscriptionAttributes,
  Publish: publish,
  PublishBatch: publishBatch,
  TagResource: tagResource,
  UntagResource: untagResource,
  ListTagsForResource: listTagsForResource,
};

export function createSnsService(cloud: LocalCloud): Service {
  const store = new SnsStore(cloud.accountId);
  cloud.sns = snsInternal(cloud, store);
  const operations: Record<string, QueryOperation> = {};
  for (const [name, op] of Object.entries(OPERATIONS)) {
    operations[name] = (form, req: LocalRequest) => op({ store, cloud, region: req.region }, form);
  }
  const svc = { namespace: SNS_NAMESPACE, operations };
  return {
    name: 'sns',
    handle: (req, res) => serveAwsQuery(svc, req, res),
  };
}
