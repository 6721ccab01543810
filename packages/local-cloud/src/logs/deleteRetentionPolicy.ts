// DeleteRetentionPolicy: the group keeps its events forever again.
import type { DeleteRetentionPolicyRequest } from '@aws-sdk/client-cloudwatch-logs';
import type { LogsContext } from './context.js';
import { groupName } from './store.js';

export function deleteRetentionPolicy(ctx: LogsContext, input: DeleteRetentionPolicyRequest): void {
  ctx.store.group(ctx.region, groupName(input)).retentionInDays = undefined;
}
