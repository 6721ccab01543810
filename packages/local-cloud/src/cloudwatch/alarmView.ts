// An alarm as DescribeAlarms answers it: the MetricAlarm members in the model's order (the query face
// writes XML elements in the order of the object), with AWS's defaults filled in.
import type { MetricAlarm } from '@aws-sdk/client-cloudwatch';

const ORDER: (keyof MetricAlarm)[] = [
  'AlarmName',
  'AlarmArn',
  'AlarmDescription',
  'AlarmConfigurationUpdatedTimestamp',
  'ActionsEnabled',
  'OKActions',
  'AlarmActions',
  'InsufficientDataActions',
  'StateValue',
  'StateReason',
  'StateReasonData',
  'StateUpdatedTimestamp',
  'MetricName',
  'Namespace',
  'Statistic',
  'ExtendedStatistic',
  'Dimensions',
  'Period',
  'Unit',
  'EvaluationPeriods',
  'DatapointsToAlarm',
  'Threshold',
  'ComparisonOperator',
  'TreatMissingData',
  'EvaluateLowSampleCountPercentile',
  'Metrics',
  'ThresholdMetricId',
  'EvaluationState',
  'StateTransitionedTimestamp',
];

export function alarmView(a: MetricAlarm): MetricAlarm {
  const out: Record<string, unknown> = {};
  for (const k of ORDER) if (a[k] !== undefined) out[k] = a[k];
  return out as MetricAlarm;
}
