// What an alarm does when its state changes: a notification to each SNS topic and an event to each
// Lambda function among the state's actions, in the shapes CloudWatch sends.
import type { MetricAlarm, StateValue } from '@aws-sdk/client-cloudwatch';
import type { LocalCloud } from '../cloud.js';
import { longDate, watchedMetric } from './evaluate.js';

/** The names CloudWatch gives regions in notifications; others are shown by their code. */
const REGION_NAMES: Record<string, string> = {
  'us-east-1': 'US East (N. Virginia)',
  'us-east-2': 'US East (Ohio)',
  'us-west-1': 'US West (N. California)',
  'us-west-2': 'US West (Oregon)',
  'eu-west-1': 'EU (Ireland)',
  'eu-west-2': 'EU (London)',
  'eu-west-3': 'EU (Paris)',
  'eu-central-1': 'EU (Frankfurt)',
  'eu-north-1': 'EU (Stockholm)',
  'ap-northeast-1': 'Asia Pacific (Tokyo)',
  'ap-southeast-1': 'Asia Pacific (Singapore)',
  'ap-southeast-2': 'Asia Pacific (Sydney)',
  'ap-south-1': 'Asia Pacific (Mumbai)',
  'sa-east-1': 'South America (Sao Paulo)',
  'ca-central-1': 'Canada (Central)',
};

export interface Transition {
  region: string;
  accountId: string;
  alarm: MetricAlarm & { AlarmName: string };
  from: StateValue;
  /** Epoch milliseconds. */
  at: number;
}

/** The ARNs to act on for the state an alarm entered. */
export function actionsFor(a: MetricAlarm, state: StateValue): string[] {
  if (a.ActionsEnabled === false) return [];
  if (state === 'ALARM') return a.AlarmActions ?? [];
  if (state === 'OK') return a.OKActions ?? [];
  return a.InsufficientDataActions ?? [];
}

/** The SNS notification's `Message`. */
function notification(t: Transition): string {
  const a = t.alarm;
  const w = watchedMetric(a);
  return JSON.stringify({
    AlarmName: a.AlarmName,
    AlarmDescription: a.AlarmDescription ?? null,
    AWSAccountId: t.accountId,
    AlarmConfigurationUpdatedTimestamp: longDate(a.AlarmConfigurationUpdatedTimestamp?.getTime() ?? t.at),
    NewStateValue: a.StateValue,
    NewStateReason: a.StateReason,
    StateChangeTime: longDate(t.at),
    Region: REGION_NAMES[t.region] ?? t.region,
    AlarmArn: a.AlarmArn,
    OldStateValue: t.from,
    OKActions: a.OKActions ?? [],
    AlarmActions: a.AlarmActions ?? [],
    InsufficientDataActions: a.InsufficientDataActions ?? [],
    Trigger: {
      MetricName: w?.name,
      Namespace: w?.namespace,
      StatisticType: a.ExtendedStatistic ? 'ExtendedStatistic' : 'Statistic',
      Statistic: a.Statistic?.toUpperCase(),
      ExtendedStatistic: a.ExtendedStatistic,
      Unit: a.Unit ?? null,
      Dimensions: (w?.dimensions ?? []).map((d) => ({ value: d.Value, name: d.Name })),
      Period: w?.period,
      EvaluationPeriods: a.EvaluationPeriods,
      DatapointsToAlarm: a.DatapointsToAlarm,
      ComparisonOperator: a.ComparisonOperator,
      Threshold: a.Threshold,
      TreatMissingData: a.TreatMissingData ?? 'missing',
      EvaluateLowSampleCountPercentile: a.EvaluateLowSampleCountPercentile ?? '',
    },
  });
}

/** The event a Lambda alarm action receives. */
function lambdaEvent(t: Transition): string {
  const a = t.alarm;
  const w = watchedMetric(a);
  const state = (value: StateValue | undefined, reason: string | undefined, data?: string) => ({
    value,
    reason,
    ...(data ? { reasonData: data } : {}),
    timestamp: longDate(t.at),
  });
  return JSON.stringify({
    source: 'aws.cloudwatch',
    alarmArn: a.AlarmArn,
    accountId: t.accountId,
    time: longDate(t.at),
    region: t.region,
    alarmData: {
      alarmName: a.AlarmName,
      state: state(a.StateValue, a.StateReason, a.StateReasonData),
      previousState: state(t.from, undefined),
      configuration: {
        description: a.AlarmDescription,
        metrics: w
          ? [
              {
                id: a.Metrics?.[0]?.Id ?? 'm1',
                metricStat: {
                  metric: {
                    namespace: w.namespace,
                    name: w.name,
                    dimensions: Object.fromEntries(w.dimensions.map((d) => [d.Name, d.Value])),
                  },
                  period: w.period,
                  stat: w.stat,
                  ...(w.unit ? { unit: w.unit } : {}),
                },
                returnData: true,
              },
            ]
          : [],
      },
    },
  });
}

/**
 * Runs the actions of the state the alarm just entered; answers one line per action for the alarm's
 * history (`Successfully executed action ...` or `Failed to execute action ...`).
 */
export function runActions(
  cloud: LocalCloud,
  t: Transition,
): { arn: string; ok: boolean; detail?: string }[] {
  const out: { arn: string; ok: boolean; detail?: string }[] = [];
  for (const arn of actionsFor(t.alarm, t.alarm.StateValue as StateValue)) {
    const service = arn.split(':')[2];
    try {
      if (service === 'sns' && cloud.sns) {
        const region = REGION_NAMES[t.region] ?? t.region;
        const subject = `${t.alarm.StateValue}: "${t.alarm.AlarmName}" in ${region}`.slice(0, 100);
        cloud.sns.publish(arn, notification(t), { subject });
      } else if (service === 'lambda' && cloud.lambda) {
        cloud.lambda.invokeAsync(arn, Buffer.from(lambdaEvent(t)), { region: t.region });
      } else {
        out.push({ arn, ok: false, detail: `actions on ${service} are not run by this local cloud` });
        continue;
      }
      out.push({ arn, ok: true });
    } catch (err) {
      out.push({ arn, ok: false, detail: err instanceof Error ? err.message : String(err) });
    }
  }
  return out;
}
