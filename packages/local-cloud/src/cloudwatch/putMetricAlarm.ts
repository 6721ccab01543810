// PutMetricAlarm: creates an alarm, or replaces an existing alarm's configuration (its state stays);
// the alarm is evaluated at once against the datapoints already stored.
import type { MetricAlarm, PutMetricAlarmInput } from '@aws-sdk/client-cloudwatch';
import type { CloudWatchContext } from './context.js';
import { invalidParameterCombination, invalidValue } from './errors.js';
import { isPercentile, STATISTICS } from './statistics.js';
import { comparisonOperator, dimensions, period, required, statisticName, unit } from './validate.js';

const TREAT_MISSING = ['breaching', 'notBreaching', 'ignore', 'missing'];

/** The alarm's metric: either the single-metric members or `Metrics`, as AWS requires. */
function checkMetric(input: PutMetricAlarmInput): void {
  const single = input.MetricName !== undefined || input.Namespace !== undefined;
  if (input.Metrics && input.Metrics.length > 0) {
    if (single || input.Statistic || input.ExtendedStatistic || input.Period !== undefined)
      throw invalidParameterCombination(
        'The parameters MetricName, Namespace, Statistic, ExtendedStatistic, Period and Dimensions must not be specified when Metrics is specified.',
      );
    input.Metrics.forEach((m, i) => {
      const at = `Metrics.member.${i + 1}`;
      required(m.Id, `${at}.Id`);
      if (!m.MetricStat && !m.Expression) required(undefined, `${at}.MetricStat`);
      if (m.MetricStat) {
        period(m.MetricStat.Period, `${at}.MetricStat.Period`);
        statisticName(m.MetricStat.Stat, `${at}.MetricStat.Stat`);
      }
    });
    return;
  }
  required(input.MetricName, 'MetricName');
  required(input.Namespace, 'Namespace');
  if (input.Statistic && input.ExtendedStatistic)
    throw invalidParameterCombination(
      'The parameters Statistic and ExtendedStatistic are mutually exclusive.',
    );
  if (!input.Statistic && !input.ExtendedStatistic) required(undefined, 'Statistic');
  if (input.Statistic && !(STATISTICS as readonly string[]).includes(input.Statistic))
    throw invalidValue('Statistic', input.Statistic);
  if (input.ExtendedStatistic && !isPercentile(input.ExtendedStatistic))
    throw invalidValue('ExtendedStatistic', input.ExtendedStatistic);
  period(input.Period);
  dimensions(input.Dimensions);
}

export function putMetricAlarm(ctx: CloudWatchContext, input: PutMetricAlarmInput): Record<string, never> {
  const name = required(input.AlarmName, 'AlarmName');
  if (name.length > 255) throw invalidValue('AlarmName', name);
  const evaluationPeriods = required(input.EvaluationPeriods, 'EvaluationPeriods');
  if (!Number.isInteger(evaluationPeriods) || evaluationPeriods < 1)
    throw invalidValue('EvaluationPeriods', evaluationPeriods);
  if (
    input.DatapointsToAlarm !== undefined &&
    (input.DatapointsToAlarm < 1 || input.DatapointsToAlarm > evaluationPeriods)
  )
    throw invalidValue('DatapointsToAlarm', input.DatapointsToAlarm);
  comparisonOperator(required(input.ComparisonOperator, 'ComparisonOperator'));
  if (input.ThresholdMetricId === undefined) required(input.Threshold, 'Threshold');
  if (input.TreatMissingData !== undefined && !TREAT_MISSING.includes(input.TreatMissingData))
    throw invalidValue('TreatMissingData', input.TreatMissingData);
  unit(input.Unit);
  checkMetric(input);

  const now = new Date();
  const existing = ctx.alarms.get(ctx.region, name);
  const alarm: MetricAlarm & { AlarmName: string } = {
    AlarmName: name,
    AlarmArn: ctx.alarmArn(name),
    AlarmDescription: input.AlarmDescription,
    AlarmConfigurationUpdatedTimestamp: now,
    ActionsEnabled: input.ActionsEnabled ?? true,
    OKActions: input.OKActions ?? [],
    AlarmActions: input.AlarmActions ?? [],
    InsufficientDataActions: input.InsufficientDataActions ?? [],
    // A new alarm starts unchecked; an updated one keeps its state.
    StateValue: existing?.alarm.StateValue ?? 'INSUFFICIENT_DATA',
    StateReason: existing?.alarm.StateReason ?? 'Unchecked: Initial alarm creation',
    StateReasonData: existing?.alarm.StateReasonData,
    StateUpdatedTimestamp: existing?.alarm.StateUpdatedTimestamp ?? now,
    MetricName: input.MetricName,
    Namespace: input.Namespace,
    Statistic: input.Statistic,
    ExtendedStatistic: input.ExtendedStatistic,
    Dimensions: input.Metrics?.length ? undefined : (input.Dimensions ?? []),
    Period: input.Period,
    Unit: input.Unit,
    EvaluationPeriods: evaluationPeriods,
    DatapointsToAlarm: input.DatapointsToAlarm,
    Threshold: input.Threshold,
    ComparisonOperator: input.ComparisonOperator,
    TreatMissingData: input.TreatMissingData,
    EvaluateLowSampleCountPercentile: input.EvaluateLowSampleCountPercentile,
    Metrics: input.Metrics?.length ? input.Metrics : undefined,
    ThresholdMetricId: input.ThresholdMetricId,
    StateTransitionedTimestamp: existing?.alarm.StateTransitionedTimestamp ?? now,
  };
  // Tags are set when the alarm is created; later calls leave them as they are.
  const stored = { region: ctx.region, alarm, tags: existing?.tags ?? input.Tags ?? [] };
  ctx.alarms.put(stored);
  ctx.engine.record(
    stored,
    'ConfigurationUpdate',
    `Alarm "${name}" ${existing ? 'updated' : 'created'}`,
    now.getTime(),
    {
      version: '1.0',
      type: existing ? 'Update' : 'Create',
    },
  );
  ctx.engine.evaluate(stored, now.getTime());
  return {};
}
