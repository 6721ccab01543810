// PutRetentionPolicy: sets how long a group keeps its events (stored; events are not expired here).
import type { PutRetentionPolicyRequest } from '@aws-sdk/client-cloudwatch-logs';
import type { LogsContext } from './context.js';
import { constraintViolation } from './errors.js';
import { groupName } from './store.js';

/** The only values CloudWatch Logs accepts, in its own order. */
export const RETENTION_DAYS = [
  1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653,
];

export function putRetentionPolicy(ctx: LogsContext, input: PutRetentionPolicyRequest): void {
  const name = groupName(input);
  const days = input.retentionInDays;
  if (typeof days !== 'number' || !RETENTION_DAYS.includes(days)) {
    throw constraintViolation(
      String(days),
      'retentionInDays',
      `Member must satisfy enum value set: [${RETENTION_DAYS.join(', ')}]`,
    );
  }
  ctx.store.group(ctx.region, name).retentionInDays = days;
}
