// ListEventBuses: the region's buses by name, with NamePrefix and paging.
import type { ListEventBusesRequest, ListEventBusesResponse } from '@aws-sdk/client-eventbridge';
import type { EventsContext } from './context.js';
import { busView } from './describeEventBus.js';
import { checkLimit, page } from './validate.js';

export function listEventBuses(ctx: EventsContext, input: ListEventBusesRequest): ListEventBusesResponse {
  const prefix = input.NamePrefix ?? '';
  const buses = [...ctx.store.buses(ctx.region).values()]
    .filter((b) => b.name.startsWith(prefix))
    .sort((a, b) => a.name.localeCompare(b.name));
  const { items, next } = page(buses, input.NextToken, checkLimit(input.Limit));
  return { EventBuses: items.map(busView), ...(next ? { NextToken: next } : {}) };
}
