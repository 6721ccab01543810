// PutLogGroupDeletionProtection: turns a group's protection from DeleteLogGroup on or off.
import type { PutLogGroupDeletionProtectionRequest } from '@aws-sdk/client-cloudwatch-logs';
import type { LogsContext } from './context.js';
import { groupName } from './store.js';
import { required } from './validate.js';

export function putLogGroupDeletionProtection(
  ctx: LogsContext,
  input: PutLogGroupDeletionProtectionRequest,
): void {
  const name = groupName({ logGroupIdentifier: required(input.logGroupIdentifier, 'logGroupIdentifier') });
  const enabled = required(input.deletionProtectionEnabled, 'deletionProtectionEnabled');
  ctx.store.group(ctx.region, name).deletionProtectionEnabled = enabled;
}
