// DeleteRetentionPolicy: the group keeps its events forever again.
import type { DeleteRetentionPolicyRequest } from '@aws-sdk/client-cloudwatch-logs';
import type { LocalRequest } from '../protocol/request.js';
import { groupName, type LogsStore } from './store.js';

export function deleteRetentionPolicy(
  store: LogsStore,
  input: DeleteRetentionPolicyRequest,
  req: LocalRequest,
): object {
  store.group(req.region, groupName(input)).retentionInDays = undefined;
  return {};
}
