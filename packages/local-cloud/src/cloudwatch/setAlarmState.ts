// SetAlarmState: puts an alarm in a state for now (its actions run); the next evaluation sets it back
// to what its datapoints say.
import type { SetAlarmStateInput } from '@aws-sdk/client-cloudwatch';
import type { CloudWatchContext } from './context.js';
import { alarmNotFound, invalidFormat } from './errors.js';
import { required, stateValue } from './validate.js';

export function setAlarmState(ctx: CloudWatchContext, input: SetAlarmStateInput): Record<string, never> {
  const name = required(input.AlarmName, 'AlarmName');
  const state = stateValue(required(input.StateValue, 'StateValue'));
  const reason = required(input.StateReason, 'StateReason');
  if (input.StateReasonData !== undefined) {
    try {
      JSON.parse(input.StateReasonData);
    } catch {
      throw invalidFormat('Unable to parse StateReasonData: it must be valid JSON.');
    }
  }
  const stored = ctx.alarms.get(ctx.region, name);
  if (!stored) throw alarmNotFound(name);
  ctx.engine.change(stored, { state, reason, reasonData: input.StateReasonData ?? '' });
  return {};
}
