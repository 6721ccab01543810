// CreateLogStream: a new, empty stream in an existing group.
import type { CreateLogStreamRequest } from '@aws-sdk/client-cloudwatch-logs';
import type { LogsContext } from './context.js';
import { logStreamAlreadyExists } from './errors.js';
import { checkGroupName, checkStreamName } from './validate.js';

export function createLogStream(ctx: LogsContext, input: CreateLogStreamRequest): void {
  const groupName = checkGroupName(input.logGroupName);
  const name = checkStreamName(input.logStreamName);
  const group = ctx.store.group(ctx.region, groupName);
  if (group.streams.has(name)) throw logStreamAlreadyExists();
  ctx.store.createStream(group, name);
}
