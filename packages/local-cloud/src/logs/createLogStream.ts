// CreateLogStream: a new, empty stream in an existing group.
import type { CreateLogStreamRequest } from '@aws-sdk/client-cloudwatch-logs';
import type { LogsContext } from './context.js';
import { constraintViolation, logStreamAlreadyExists } from './errors.js';

export function createLogStream(ctx: LogsContext, input: CreateLogStreamRequest): void {
  const group = ctx.store.group(ctx.region, input.logGroupName ?? '');
  const name = input.logStreamName ?? '';
  if (!name || name.length > 512 || /[:*]/.test(name)) {
    throw constraintViolation(
      name,
      'logStreamName',
      'Member must satisfy regular expression pattern: [^:*]*',
    );
  }
  if (group.streams.has(name)) throw logStreamAlreadyExists();
  ctx.store.createStream(group, name);
}
