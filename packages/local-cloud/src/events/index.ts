// events: EventBridge on awsJson 1.1 (`X-Amz-Target: AWSEvents.<Operation>`), one module per operation,
// the internal API other services put events through, and the scheduler that fires scheduled rules.
import type { LocalCloud, Service } from '../cloud.js';
import { keptMaps } from '../persistence/maps.js';
import { READS, savingAfter } from '../persistence/operations.js';
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
  const save = keptMaps(cloud.state, 'events', { regions: store.regions, tags: store.tags });
  // Scheduled rules read back from the state directory fire again.
  for (const buses of store.regions.values())
    for (const bus of buses.values()) for (const rule of bus.rules.values()) scheduler.sync(bus, rule);
  const readOnly = (name: string) => READS.test(name) || name === 'PutEvents' || name === 'TestEventPattern';
  return {
    name: 'events',
    faces: [
      // A JSON 1.1 service: errors carry the bare code in `__type`, as EventBridge sends them.
      awsJsonFace({
        client: () => import('@aws-sdk/client-eventbridge'),
        version: '1.1',
        targetPrefix: 'AWSEvents',
        operations: savingAfter(OPERATIONS, save, readOnly),
        context: (call): EventsContext => ({ store, cloud: call.cloud, region: call.region, scheduler }),
        malformed: (e) => malformedMember(e.path),
      }),
    ],
    stop: () => scheduler.stop(),
  };
}
