// DescribeAlarmHistory: the region's alarm history (creations, updates, state changes, actions).
import type { DescribeAlarmHistoryInput, DescribeAlarmHistoryOutput } from '@aws-sdk/client-cloudwatch';
import type { CloudWatchContext } from './context.js';
import { invalidValue } from './errors.js';
import { page } from './paging.js';

const DEFAULT_MAX_RECORDS = 100;

export function describeAlarmHistory(
  ctx: CloudWatchContext,
  input: DescribeAlarmHistoryInput,
): DescribeAlarmHistoryOutput {
  const max = input.MaxRecords ?? DEFAULT_MAX_RECORDS;
  if (!Number.isInteger(max) || max < 1 || max > 100) throw invalidValue('MaxRecords', max);
  const types = input.AlarmTypes ?? ['MetricAlarm'];
  const from = input.StartDate?.getTime() ?? -Infinity;
  const to = input.EndDate?.getTime() ?? Infinity;
  const found = ctx.alarms.history(ctx.region).filter((h) => {
    const t = h.Timestamp?.getTime() ?? 0;
    return (
      (input.AlarmName === undefined || h.AlarmName === input.AlarmName) &&
      (input.HistoryItemType === undefined || h.HistoryItemType === input.HistoryItemType) &&
      types.includes(h.AlarmType ?? 'MetricAlarm') &&
      t >= from &&
      t <= to
    );
  });
  // Newest first unless asked otherwise, as CloudWatch answers.
  const ordered = input.ScanBy === 'TimestampAscending' ? found : [...found].reverse();
  const { items, nextToken } = page(ordered, max, input.NextToken);
  return { AlarmHistoryItems: items, NextToken: nextToken };
}
