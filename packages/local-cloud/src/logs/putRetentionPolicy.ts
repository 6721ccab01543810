// PutRetentionPolicy: sets how long a group keeps its events (stored; events are not expired here).
import type { PutRetentionPolicyRequest } from '@aws-sdk/client-cloudwatch-logs';
import { AwsError } from '../protocol/errors.js';
import type { LocalRequest } from '../protocol/request.js';
import { groupName, type LogsStore } from './store.js';

/** The only values CloudWatch Logs accepts, in its own order. */
export const RETENTION_DAYS = [
  1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653,
];

export function putRetentionPolicy(
  store: LogsStore,
  input: PutRetentionPolicyRequest,
  req: LocalRequest,
): object {
  const name = groupName(input);
  const days = input.retentionInDays;
  if (typeof days !== 'number' || !RETENTION_DAYS.includes(days)) {
    throw new AwsError(
      'InvalidParameterException',
      `1 validation error detected: Value '${days}' at 'retentionInDays' failed to satisfy constraint: ` +
        `Member must satisfy enum value set: [${RETENTION_DAYS.join(', ')}]`,
    );
  }
  store.group(req.region, name).retentionInDays = days;
  return {};
}
