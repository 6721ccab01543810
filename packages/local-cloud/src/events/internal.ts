// What other services call on EventBridge (Lambda destinations put events, a rule forwards to a bus): no
// HTTP, same envelope.
import type { LocalCloud } from '../cloud.js';
import type { EventsInternal } from '../internal.js';
import { dispatch } from './deliver.js';
import { buildEnvelope } from './envelope.js';
import { malformedDetail } from './errors.js';
import type { Json } from './pattern.js';
import type { Scheduler } from './scheduler.js';
import type { EventsStore } from './store.js';

/** Rules on a bus may target another bus; this bounds a loop of buses sending to each other. */
const MAX_BUS_HOPS = 5;

export function eventsInternal(cloud: LocalCloud, store: EventsStore, scheduler: Scheduler): EventsInternal {
  return {
    putEvent(entry) {
      const region = entry.region ?? cloud.config.region;
      const bus = store.bus(entry.eventBusName, region);
      let detail: Json;
      try {
        detail = JSON.parse(entry.detail);
      } catch {
        throw malformedDetail();
      }
      const event = buildEnvelope({
        source: entry.source,
        detailType: entry.detailType,
        detail,
        account: store.accountId,
        region: bus.region,
        resources: entry.resources,
        time: entry.time,
      });
      dispatch({ store, cloud, region: bus.region, scheduler }, bus, event);
      return { eventId: event.id };
    },
    forwardEvent(busArn, event, hops, region) {
      if (hops >= MAX_BUS_HOPS) throw new Error('too many bus-to-bus hops');
      const bus = store.bus(busArn, region);
      dispatch({ store, cloud, region: bus.region, scheduler }, bus, event, hops + 1);
    },
    describeBus(busNameOrArn, region) {
      const bus = store.findBus(busNameOrArn, region);
      return bus ? { arn: bus.arn } : undefined;
    },
  };
}
