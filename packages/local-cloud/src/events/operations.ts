// The EventBridge operations by name, served on awsJson 1.1.
import type { Operations } from '../protocol/service.js';
import type { EventsContext } from './context.js';
import { createEventBus } from './createEventBus.js';
import { deleteEventBus } from './deleteEventBus.js';
import { deleteRule } from './deleteRule.js';
import { describeEventBus } from './describeEventBus.js';
import { describeRule } from './describeRule.js';
import { disableRule } from './disableRule.js';
import { enableRule } from './enableRule.js';
import { listEventBuses } from './listEventBuses.js';
import { listRules } from './listRules.js';
import { listTagsForResource } from './listTagsForResource.js';
import { listTargetsByRule } from './listTargetsByRule.js';
import { putEvents } from './putEvents.js';
import { putRule } from './putRule.js';
import { putTargets } from './putTargets.js';
import { removeTargets } from './removeTargets.js';
import { tagResource } from './tagResource.js';
import { testEventPattern } from './testEventPattern.js';
import { untagResource } from './untagResource.js';

export const OPERATIONS: Operations<EventsContext> = {
  CreateEventBus: createEventBus,
  DeleteEventBus: deleteEventBus,
  DescribeEventBus: describeEventBus,
  ListEventBuses: listEventBuses,
  PutRule: putRule,
  DeleteRule: deleteRule,
  DescribeRule: describeRule,
  ListRules: listRules,
  EnableRule: enableRule,
  DisableRule: disableRule,
  PutTargets: putTargets,
  RemoveTargets: removeTargets,
  ListTargetsByRule: listTargetsByRule,
  PutEvents: putEvents,
  TestEventPattern: testEventPattern,
  TagResource: tagResource,
  UntagResource: untagResource,
  ListTagsForResource: listTagsForResource,
};
