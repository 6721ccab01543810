// CreateEventBus: a custom bus in the caller's region; names are unique per region.
import type { CreateEventBusRequest, CreateEventBusResponse } from '@aws-sdk/client-eventbridge';
import type { EventsContext } from './context.js';
import { busAlreadyExists, validationError } from './errors.js';
import { thisSecond } from './store.js';
import { checkBusName, checkTags } from './validate.js';

export function createEventBus(ctx: EventsContext, input: CreateEventBusRequest): CreateEventBusResponse {
  const name = checkBusName(input.Name);
  const tags = checkTags(input.Tags);
  if (name === 'default' || name.startsWith('aws.')) {
    throw validationError(`Event bus name must not start with 'aws.' or be 'default'.`);
  }
  if (name.includes('/')) {
    throw validationError("Event bus name must not contain '/'.");
  }
  const buses = ctx.store.buses(ctx.region);
  if (buses.has(name)) throw busAlreadyExists(name);
  const now = thisSecond();
  const arn = ctx.store.busArn(ctx.region, name);
  buses.set(name, {
    name,
    arn,
    region: ctx.region,
    description: input.Description,
    createdAt: now,
    modifiedAt: now,
    rules: new Map(),
  });
  if (tags.length) ctx.store.tags.set(arn, new Map(tags.map((t) => [t.Key, t.Value])));
  return { EventBusArn: arn, ...(input.Description !== undefined ? { Description: input.Description } : {}) };
}
