// DeleteAlarms: removes the named alarms; a name that is no alarm fails the call and deletes nothing.
import type { DeleteAlarmsInput } from '@aws-sdk/client-cloudwatch';
import type { CloudWatchContext } from './context.js';
import { alarmNotFound } from './errors.js';
import { required } from './validate.js';

export function deleteAlarms(ctx: CloudWatchContext, input: DeleteAlarmsInput): Record<string, never> {
  const names = required(input.AlarmNames, 'AlarmNames');
  const missing = names.find((n) => !ctx.alarms.get(ctx.region, n));
  if (missing !== undefined) throw alarmNotFound(missing);
  for (const n of names) ctx.alarms.delete(ctx.region, n);
  return {};
}
