// CreateLogGroup: a new, empty log group.
import type { CreateLogGroupRequest } from '@aws-sdk/client-cloudwatch-logs';
import type { LogsContext } from './context.js';
import { constraintViolation, logGroupAlreadyExists } from './errors.js';

export function createLogGroup(ctx: LogsContext, input: CreateLogGroupRequest): void {
  const name = input.logGroupName;
  if (!name || !/^[.\-_/#A-Za-z0-9]{1,512}$/.test(name)) {
    throw constraintViolation(
      name ?? 'null',
      'logGroupName',
      'Member must satisfy regular expression pattern: [\\.\\-_/#A-Za-z0-9]+',
    );
  }
  if (ctx.store.find(ctx.region, name)) throw logGroupAlreadyExists();
  ctx.store.createGroup(ctx.region, name, input.tags ?? {});
}
