// DeleteLogGroup: removes a group with all its streams and events.
import type { DeleteLogGroupRequest } from '@aws-sdk/client-cloudwatch-logs';
import type { LocalRequest } from '../protocol/request.js';
import { groupName, type LogsStore } from './store.js';

export function deleteLogGroup(store: LogsStore, input: DeleteLogGroupRequest, req: LocalRequest): object {
  const name = groupName(input);
  store.group(req.region, name);
  store.deleteGroup(req.region, name);
  return {};
}
