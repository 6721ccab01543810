// events: EventBridge on awsJson 1.1 (`X-Amz-Target: AWSEvents.<Operation>`), one module per operation.
import type { LocalCloud, Service } from '../cloud.js';
import { type JsonOperation, serveAwsJson } from '../protocol/awsJson.js';
import type { LocalRequest } from '../protocol/request.js';
import type { EventsContext } from './context.js';
import { createEventBus } from './createEventBus.js';
import { deleteEventBus } from './deleteEventBus.js';
import { deleteRule } from './deleteRule.js';
import { describeEventBus } from './describeEventBus.js';
import { describeRule } from './describeRule.js';
import { disableRule } from './disableRule.js';
import { enableRule } from './enableRule.js';
import { eventsInternal } from './internal.js';
import { listEventBuses } from './listEventBuses.js';
import { listRules } from './listRules.js';
import { listTagsForResource } from './listTagsForResource.js';
import { listTargetsByRule } from './listTargetsByRule.js';
import { putEvents } from './putEvents.js';
import { putRule } from './putRule.js';
import { putTargets } from './putTargets.js';
import { removeTargets } from './removeTargets.js';
import { EventsStore } from './store.js';
import { tagResource } from './tagResource.js';
import { testEventPattern } from './testEventPattern.js';
import { untagResource } from './untagResource.js';
import { checkStrings, serializationError } from './validate.js';

// biome-ignore lint/suspicious/noExplicitAny: each operation narrows its input with the SDK's own type
type EventsOperation = (ctx: EventsContext, input: any) => unknown;

/** Members that are strings wherever they appear in a request of this API. */
const STRING_MEMBERS = [
  'Name',
  'NamePrefix',
  'NextToken',
  'EventBusName',
  'Rule',
  'EventPattern',
  'ScheduleExpression',
  'State',
  'Description',
  'RoleArn',
  'ResourceARN',
  'Event',
  'EventSourceName',
];

const OPERATIONS: Record<string, EventsOperation> = {
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

export function createEventsService(cloud: LocalCloud): Service {
  const store = new EventsStore(cloud.accountId);
  cloud.events = eventsInternal(cloud, store);
  const operations: Record<string, JsonOperation> = {};
  for (const [name, op] of Object.entries(OPERATIONS)) {
    operations[name] = (input, req: LocalRequest) => {
      checkStrings(input, STRING_MEMBERS);
      for (const list of ['Tags', 'Ids', 'TagKeys'] as const) {
        if (input[list] !== undefined && !Array.isArray(input[list])) throw serializationError(list);
      }
      return op({ store, cloud, region: req.region }, input);
    };
  }
  const svc = { targetPrefix: 'AWSEvents', version: '1.1' as const, operations };
  return {
    name: 'events',
    handle: (req, res) => serveAwsJson(svc, req, res),
  };
}
