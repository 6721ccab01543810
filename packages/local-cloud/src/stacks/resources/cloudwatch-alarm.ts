// AWS::CloudWatch::Alarm: PutMetricAlarm; Ref is the alarm name, GetAtt Arn its ARN. An alarm of that
// name that already exists is refused, as AWS's handler does (PutMetricAlarm alone would overwrite it).
import {
  DeleteAlarmsCommand,
  DescribeAlarmsCommand,
  type Dimension,
  type MetricDataQuery,
  PutMetricAlarmCommand,
  type PutMetricAlarmInput,
  type StandardUnit,
} from '@aws-sdk/client-cloudwatch';
import { bool, cloudWatchClient, gone, num, str } from '../clients.js';
import { alreadyExists } from '../handlerErrors.js';
import type { HandlerContext, Provisioned, ResourceHandler } from '../types.js';

type Props = Record<string, unknown>;

const dimensions = (v: unknown): Dimension[] | undefined =>
  Array.isArray(v) ? v.map((d: Props) => ({ Name: String(d.Name), Value: String(d.Value) })) : undefined;

const strings = (v: unknown): string[] | undefined => (Array.isArray(v) ? v.map(String) : undefined);

/** Template values are often strings ("60"): the API wants numbers and booleans. */
function query(q: Props): MetricDataQuery {
  const stat = q.MetricStat as Props | undefined;
  const metric = stat?.Metric as Props | undefined;
  return {
    Id: str(q.Id),
    Expression: str(q.Expression),
    Label: str(q.Label),
    ReturnData: bool(q.ReturnData),
    Period: num(q.Period),
    AccountId: str(q.AccountId),
    MetricStat: stat && {
      Metric: metric && {
        Namespace: str(metric.Namespace),
        MetricName: str(metric.MetricName),
        Dimensions: dimensions(metric.Dimensions),
      },
      Period: num(stat.Period),
      Stat: str(stat.Stat),
      Unit: str(stat.Unit) as StandardUnit | undefined,
    },
  };
}

function input(name: string, p: Props): PutMetricAlarmInput {
  return {
    AlarmName: name,
    AlarmDescription: str(p.AlarmDescription),
    ActionsEnabled: bool(p.ActionsEnabled),
    AlarmActions: strings(p.AlarmActions),
    OKActions: strings(p.OKActions),
    InsufficientDataActions: strings(p.InsufficientDataActions),
    MetricName: str(p.MetricName),
    Namespace: str(p.Namespace),
    Statistic: str(p.Statistic) as PutMetricAlarmInput['Statistic'],
    ExtendedStatistic: str(p.ExtendedStatistic),
    Dimensions: dimensions(p.Dimensions),
    Period: num(p.Period),
    Unit: str(p.Unit) as StandardUnit | undefined,
    EvaluationPeriods: num(p.EvaluationPeriods),
    DatapointsToAlarm: num(p.DatapointsToAlarm),
    Threshold: num(p.Threshold),
    ComparisonOperator: str(p.ComparisonOperator) as PutMetricAlarmInput['ComparisonOperator'],
    TreatMissingData: str(p.TreatMissingData),
    EvaluateLowSampleCountPercentile: str(p.EvaluateLowSampleCountPercentile),
    Metrics: Array.isArray(p.Metrics) ? p.Metrics.map((q: Props) => query(q)) : undefined,
    ThresholdMetricId: str(p.ThresholdMetricId),
    Tags: p.Tags as PutMetricAlarmInput['Tags'],
  };
}

function provisioned(ctx: HandlerContext, name: string): Provisioned {
  return {
    physicalId: name,
    ref: name,
    attributes: { Arn: `arn:${ctx.partition}:cloudwatch:${ctx.region}:${ctx.accountId}:alarm:${name}` },
  };
}

export const cloudWatchAlarm: ResourceHandler = {
  nameProperty: 'AlarmName',
  replaceOn: ['AlarmName'],
  required: ['ComparisonOperator', 'EvaluationPeriods'],
  async create(ctx, props) {
    const cw = cloudWatchClient(ctx);
    const name = str(props.AlarmName) ?? ctx.physicalName({ maxLength: 255 });
    const found = await cw.send(new DescribeAlarmsCommand({ AlarmNames: [name] }));
    if ((found.MetricAlarms ?? []).length > 0) throw alreadyExists('AWS::CloudWatch::Alarm', name);
    await cw.send(new PutMetricAlarmCommand(input(name, props)));
    return provisioned(ctx, name);
  },
  async update(ctx, current, props) {
    // Tags are not changed on update: PutMetricAlarm sets them only when it creates the alarm.
    await cloudWatchClient(ctx).send(new PutMetricAlarmCommand(input(current.physicalId, props)));
    return provisioned(ctx, current.physicalId);
  },
  async delete(ctx, current) {
    await gone(() =>
      cloudWatchClient(ctx).send(new DeleteAlarmsCommand({ AlarmNames: [current.physicalId] })),
    );
  },
};
