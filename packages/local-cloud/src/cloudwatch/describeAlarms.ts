// DescribeAlarms: the region's metric alarms by names, name prefix, state or action prefix, paged.
import type { DescribeAlarmsInput, DescribeAlarmsOutput } from '@aws-sdk/client-cloudwatch';
import { alarmView } from './alarmView.js';
import type { CloudWatchContext } from './context.js';
import { invalidParameterCombination, invalidValue } from './errors.js';
import { page } from './paging.js';
import { stateValue } from './validate.js';

const DEFAULT_MAX_RECORDS = 50;

export function describeAlarms(ctx: CloudWatchContext, input: DescribeAlarmsInput): DescribeAlarmsOutput {
  const names = input.AlarmNames ?? [];
  if (names.length > 0 && input.AlarmNamePrefix !== undefined)
    throw invalidParameterCombination(
      'The parameters AlarmNames and AlarmNamePrefix are mutually exclusive.',
    );
  if (names.length > 100) throw invalidValue('AlarmNames', `${names.length} names`);
  const max = input.MaxRecords ?? DEFAULT_MAX_RECORDS;
  if (!Number.isInteger(max) || max < 1 || max > 100) throw invalidValue('MaxRecords', max);
  const state = input.StateValue === undefined ? undefined : stateValue(input.StateValue);
  const types = input.AlarmTypes ?? ['MetricAlarm'];
  const found = types.includes('MetricAlarm')
    ? ctx.alarms.list(ctx.region).filter(({ alarm: a }) => {
        if (names.length > 0 && !names.includes(a.AlarmName)) return false;
        if (input.AlarmNamePrefix !== undefined && !a.AlarmName.startsWith(input.AlarmNamePrefix))
          return false;
        if (state !== undefined && a.StateValue !== state) return false;
        if (input.ActionPrefix !== undefined) {
          const actions = [
            ...(a.AlarmActions ?? []),
            ...(a.OKActions ?? []),
            ...(a.InsufficientDataActions ?? []),
          ];
          if (!actions.some((arn) => arn.startsWith(input.ActionPrefix as string))) return false;
        }
        return true;
      })
    : [];
  const { items, nextToken } = page(found, max, input.NextToken);
  return {
    ...(types.includes('CompositeAlarm') ? { CompositeAlarms: [] } : {}),
    MetricAlarms: items.map((s) => alarmView(s.alarm)),
    NextToken: nextToken,
  };
}
