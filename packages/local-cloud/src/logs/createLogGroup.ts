// CreateLogGroup: a new, empty log group.
import type { CreateLogGroupRequest } from '@aws-sdk/client-cloudwatch-logs';
import { AwsError } from '../protocol/errors.js';
import type { LocalRequest } from '../protocol/request.js';
import type { LogsStore } from './store.js';

export function createLogGroup(store: LogsStore, input: CreateLogGroupRequest, req: LocalRequest): object {
  const name = input.logGroupName;
  if (!name || !/^[.\-_/#A-Za-z0-9]{1,512}$/.test(name)) {
    throw new AwsError(
      'InvalidParameterException',
      `1 validation error detected: Value '${name ?? 'null'}' at 'logGroupName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\.\\-_/#A-Za-z0-9]+`,
      400,
    );
  }
  if (store.find(req.region, name)) {
    throw new AwsError('ResourceAlreadyExistsException', 'The specified log group already exists', 400);
  }
  store.createGroup(req.region, name, input.tags ?? {});
  return {};
}
