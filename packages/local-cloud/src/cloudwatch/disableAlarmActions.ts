// DisableAlarmActions: the named alarms keep changing state but run no actions.
import type { DisableAlarmActionsInput } from '@aws-sdk/client-cloudwatch';
import type { CloudWatchContext } from './context.js';
import { required } from './validate.js';

export function disableAlarmActions(
  ctx: CloudWatchContext,
  input: DisableAlarmActionsInput,
): Record<string, never> {
  for (const name of required(input.AlarmNames, 'AlarmNames')) {
    const stored = ctx.alarms.get(ctx.region, name);
    if (stored) stored.alarm.ActionsEnabled = false;
  }
  return {};
}
