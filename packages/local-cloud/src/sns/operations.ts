// The SNS operations by name, as the awsQuery face serves them.
import type { Operations } from '../protocol/service.js';
import { confirmSubscription } from './confirmSubscription.js';
import type { SnsContext } from './context.js';
import { createTopic } from './createTopic.js';
import { deleteTopic } from './deleteTopic.js';
import { getSubscriptionAttributes } from './getSubscriptionAttributes.js';
import { getTopicAttributes } from './getTopicAttributes.js';
import { listSubscriptions } from './listSubscriptions.js';
import { listSubscriptionsByTopic } from './listSubscriptionsByTopic.js';
import { listTagsForResource } from './listTagsForResource.js';
import { listTopics } from './listTopics.js';
import { publish } from './publish.js';
import { publishBatch } from './publishBatch.js';
import { setSubscriptionAttributes } from './setSubscriptionAttributes.js';
import { setTopicAttributes } from './setTopicAttributes.js';
import { subscribe } from './subscribe.js';
import { tagResource } from './tagResource.js';
import { unsubscribe } from './unsubscribe.js';
import { untagResource } from './untagResource.js';

export const OPERATIONS: Operations<SnsContext> = {
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
