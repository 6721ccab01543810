// CreateLogGroup: a new, empty log group.
import type { CreateLogGroupRequest } from '@aws-sdk/client-cloudwatch-logs';
import type { LogsContext } from './context.js';
import { logGroupAlreadyExists } from './errors.js';
import { checkGroupName } from './validate.js';

export function createLogGroup(ctx: LogsContext, input: CreateLogGroupRequest): void {
  const name = checkGroupName(input.logGroupName);
  if (ctx.store.find(ctx.region, name)) throw logGroupAlreadyExists();
  ctx.store.createGroup(ctx.region, name, input.tags ?? {});
}
