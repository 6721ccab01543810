// CreateLogStream: a new, empty stream in an existing group.
import type { CreateLogStreamRequest } from '@aws-sdk/client-cloudwatch-logs';
import { AwsError } from '../protocol/errors.js';
import type { LocalRequest } from '../protocol/request.js';
import type { LogsStore } from './store.js';

export function createLogStream(store: LogsStore, input: CreateLogStreamRequest, req: LocalRequest): object {
  const group = store.group(req.region, input.logGroupName ?? '');
  const name = input.logStreamName ?? '';
  if (!name || name.length > 512 || /[:*]/.test(name)) {
    throw new AwsError(
      'InvalidParameterException',
      `1 validation error detected: Value '${name}' at 'logStreamName' failed to satisfy constraint: Member must satisfy regular expression pattern: [^:*]*`,
      400,
    );
  }
  if (group.streams.has(name)) {
    throw new AwsError('ResourceAlreadyExistsException', 'The specified log stream already exists', 400);
  }
  store.createStream(group, name);
  return {};
}
