// EnableAlarmActions: the named alarms run their actions again on state changes.
import type { EnableAlarmActionsInput } from '@aws-sdk/client-cloudwatch';
import type { CloudWatchContext } from './context.js';
import { required } from './validate.js';

export function enableAlarmActions(
  ctx: CloudWatchContext,
  input: EnableAlarmActionsInput,
): Record<string, never> {
  for (const name of required(input.AlarmNames, 'AlarmNames')) {
    const stored = ctx.alarms.get(ctx.region, name);
    if (stored) stored.alarm.ActionsEnabled = true;
  }
  return {};
}
