// CreateLogGroup: a new, empty log group of a class, optionally protected from deletion.
import type { CreateLogGroupRequest, LogGroupClass } from '@aws-sdk/client-cloudwatch-logs';
import type { LogsContext } from './context.js';
import { constraintViolation, logGroupAlreadyExists } from './errors.js';
import { checkGroupName } from './validate.js';

/** The classes the SDK model lists, in its order. */
const CLASSES: LogGroupClass[] = ['DELIVERY', 'ESSENTIALS', 'INFREQUENT_ACCESS', 'STANDARD'];

export function createLogGroup(ctx: LogsContext, input: CreateLogGroupRequest): void {
  const name = checkGroupName(input.logGroupName);
  const logGroupClass = input.logGroupClass;
  if (logGroupClass !== undefined && !CLASSES.includes(logGroupClass)) {
    throw constraintViolation(
      logGroupClass,
      'logGroupClass',
      `Member must satisfy enum value set: [${CLASSES.join(', ')}]`,
    );
  }
  if (ctx.store.find(ctx.region, name)) throw logGroupAlreadyExists();
  ctx.store.createGroup(ctx.region, name, {
    tags: input.tags,
    logGroupClass,
    deletionProtectionEnabled: input.deletionProtectionEnabled,
  });
}
