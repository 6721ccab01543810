// DeleteLogGroup: removes a group with all its streams and events, unless it is protected from deletion.
import type { DeleteLogGroupRequest } from '@aws-sdk/client-cloudwatch-logs';
import type { LogsContext } from './context.js';
import { deletionProtected } from './errors.js';
import { groupName } from './store.js';

export function deleteLogGroup(ctx: LogsContext, input: DeleteLogGroupRequest): void {
  const name = groupName(input);
  if (ctx.store.group(ctx.region, name).deletionProtectionEnabled) throw deletionProtected();
  ctx.store.deleteGroup(ctx.region, name);
}
