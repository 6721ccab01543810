// events: EventBridge on awsJson 1.1 (`X-Amz-Target: AWSEvents.<Operation>`), one module per operation,
// the internal API other services put events through, and the scheduler that fires scheduled rules.
import type { LocalCloud, Service } from '../cloud.js';
import { awsJsonFace } from '../protocol/codecs/awsJson.js';
import type { EventsContext } from './context.js';
import { malformedMember } from './errors.js';
import { eventsInternal } from './internal.js';
import { OPERATIONS } from './operations.js';
import { Scheduler } from './scheduler.js';
import { EventsStore } from './store.js';

export function createEventsService(cloud: LocalCloud): Service {
  const store = new EventsStore(cloud.accountId);
  const scheduler = new Scheduler(cloud, store);
  cloud.events = eventsInternal(cloud, store, scheduler);
  return {
    name: 'events',
    faces: [
      // A JSON 1.1 service: errors carry the bare code in `__type`, as EventBridge sends them.
      awsJsonFace({
        client: () => import('@aws-sdk/client-eventbridge'),
        version: '1.1',
        targetPrefix: 'AWSEvents',
        operations: OPERATIONS,
        context: (call): EventsContext => ({ store, cloud: call.cloud, region: call.region, scheduler }),
        malformed: (e) => malformedMember(e.path),
      }),
    ],
    stop: () => scheduler.stop(),
  };
}
