// DescribeEventBus: one bus by name or ARN (the default bus when none is named).
import type { DescribeEventBusRequest, DescribeEventBusResponse } from '@aws-sdk/client-eventbridge';
import type { EventsContext } from './context.js';
import type { EventBus } from './store.js';

export function describeEventBus(
  ctx: EventsContext,
  input: DescribeEventBusRequest,
): DescribeEventBusResponse {
  return busView(ctx.store.bus(input.Name, ctx.region));
}

export function busView(bus: EventBus): DescribeEventBusResponse {
  return {
    Name: bus.name,
    Arn: bus.arn,
    ...(bus.description !== undefined ? { Description: bus.description } : {}),
    CreationTime: bus.createdAt,
    LastModifiedTime: bus.modifiedAt,
  };
}
