// DeleteLogGroup: removes a group with all its streams and events.
import type { DeleteLogGroupRequest } from '@aws-sdk/client-cloudwatch-logs';
import type { LogsContext } from './context.js';
import { groupName } from './store.js';

export function deleteLogGroup(ctx: LogsContext, input: DeleteLogGroupRequest): void {
  const name = groupName(input);
  ctx.store.group(ctx.region, name);
  ctx.store.deleteGroup(ctx.region, name);
}
