// DeleteEventBus: removes a custom bus with its rules; a missing bus is a silent success, as on AWS.
import type { DeleteEventBusRequest } from '@aws-sdk/client-eventbridge';
import type { EventsContext } from './context.js';
import { validationError } from './errors.js';
import { checkBusName } from './validate.js';

export function deleteEventBus(ctx: EventsContext, input: DeleteEventBusRequest): void {
  const name = checkBusName(input.Name);
  if (name === 'default') throw validationError('Cannot delete event bus default.');
  const buses = ctx.store.buses(ctx.region);
  const bus = buses.get(name);
  if (bus) {
    for (const rule of bus.rules.values()) ctx.store.tags.delete(rule.arn);
    ctx.store.tags.delete(bus.arn);
    buses.delete(name);
  }
}
