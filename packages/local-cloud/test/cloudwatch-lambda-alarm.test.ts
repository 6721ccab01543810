// An alarm on AWS/Lambda DestinationDeliveryFailures: a function whose execution role may not reach its
// failure destination fails the delivery, the local cloud counts it into CloudWatch, and the alarm goes
// to ALARM; the SDK (awsJson) and the AWS CLIs (awsQuery for v2.9, awsJson for current botocore) read it.
import {
  CloudWatchClient,
  DescribeAlarmsCommand,
  GetMetricStatisticsCommand,
  type MetricAlarm,
  PutMetricAlarmCommand,
} from '@aws-sdk/client-cloudwatch';
import { CreateRoleCommand, PutRolePolicyCommand } from '@aws-sdk/client-iam';
import { CreateTopicCommand } from '@aws-sdk/client-sns';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { AWS_CLIS, awsCli } from './fixtures/awsCli.js';
import { clientConfig } from './fixtures/cloud.js';
import {
  ACCOUNT,
  configureDestinations,
  createFunction,
  createQueue,
  eventually,
  invokeEvent,
  REGION,
  receive,
  useHarness,
} from './fixtures/destinations/harness.js';

const h = useHarness();
const FN = 'cw-denied';
const ALARM = 'cw-denied-delivery-failures';
let cw: CloudWatchClient;

const describeAlarm = async () =>
  (await cw.send(new DescribeAlarmsCommand({ AlarmNames: [ALARM] }))).MetricAlarms?.[0];

beforeAll(async () => {
  cw = new CloudWatchClient(clientConfig(h.cloud.url));
  const { TopicArn } = await h.sns.send(new CreateTopicCommand({ Name: 'cw-denied-topic' }));
  const dlq = await createQueue(h, 'cw-denied-dlq');
  const { Role } = await h.iam.send(
    new CreateRoleCommand({
      RoleName: 'cw-narrow',
      AssumeRolePolicyDocument: JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          { Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' },
        ],
      }),
    }),
  );
  // The role reaches the dead-letter queue (so the test knows when the event is done), not the topic.
  await h.iam.send(
    new PutRolePolicyCommand({
      RoleName: 'cw-narrow',
      PolicyName: 'dlq-only',
      PolicyDocument: JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Action: 'sqs:SendMessage', Resource: dlq.arn }],
      }),
    }),
  );
  await createFunction(h, FN, 'node', { role: Role?.Arn, deadLetterArn: dlq.arn });
  await configureDestinations(h, FN, 0, { onFailure: TopicArn });
  await cw.send(
    new PutMetricAlarmCommand({
      AlarmName: ALARM,
      Namespace: 'AWS/Lambda',
      MetricName: 'DestinationDeliveryFailures',
      Dimensions: [{ Name: 'FunctionName', Value: FN }],
      Statistic: 'Sum',
      Period: 60,
      EvaluationPeriods: 1,
      Threshold: 1,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
    }),
  );
  expect((await describeAlarm())?.StateValue).toBe('INSUFFICIENT_DATA');
  await invokeEvent(h, FN, '{"fail":true,"message":"nowhere to go"}');
  await receive(h, dlq, 1);
});

describe('an alarm on a function whose failure destination the role may not reach', () => {
  it('goes to ALARM once the delivery failed, with CloudWatch reason', async () => {
    const alarm = await eventually(async () => {
      const a = await describeAlarm();
      return a?.StateValue === 'ALARM' ? a : undefined;
    });
    expect(alarm?.AlarmArn).toBe(`arn:aws:cloudwatch:${REGION}:${ACCOUNT}:alarm:${ALARM}`);
    expect(alarm?.StateReason).toMatch(
      /^Threshold Crossed: 1 out of the last 1 datapoints \[1\.0 \(\d\d\/\d\d\/\d\d \d\d:\d\d:\d\d\)\] was greater than or equal to the threshold \(1\.0\)/,
    );
    expect(JSON.parse(alarm?.StateReasonData as string)).toMatchObject({
      statistic: 'Sum',
      period: 60,
      threshold: 1,
      recentDatapoints: [1],
    });
  });

  it('answers the counted failure and the function error through GetMetricStatistics', async () => {
    const now = Date.now();
    const sum = async (MetricName: string) =>
      (
        await cw.send(
          new GetMetricStatisticsCommand({
            Namespace: 'AWS/Lambda',
            MetricName,
            Dimensions: [{ Name: 'FunctionName', Value: FN }],
            StartTime: new Date(now - 10 * 60_000),
            EndTime: new Date(now + 60_000),
            Period: 600,
            Statistics: ['Sum'],
          }),
        )
      ).Datapoints?.reduce((n, d) => n + (d.Sum ?? 0), 0);
    expect(await sum('DestinationDeliveryFailures')).toBe(1);
    expect(await sum('Errors')).toBe(1);
  });

  it.each(AWS_CLIS)('is read back in ALARM by $label', async (c) => {
    if (!c.version) {
      console.log(`${c.label} is not installed here; skipping its CloudWatch test.`);
      return;
    }
    const out = (await awsCli(c.bin, h.cloud.url, [
      'cloudwatch',
      'describe-alarms',
      '--alarm-names',
      ALARM,
    ])) as {
      MetricAlarms: MetricAlarm[];
    };
    expect(out.MetricAlarms).toHaveLength(1);
    expect(out.MetricAlarms[0]).toMatchObject({
      AlarmName: ALARM,
      StateValue: 'ALARM',
      Namespace: 'AWS/Lambda',
      MetricName: 'DestinationDeliveryFailures',
      Dimensions: [{ Name: 'FunctionName', Value: FN }],
      Threshold: 1,
    });
    const byState = (await awsCli(c.bin, h.cloud.url, [
      'cloudwatch',
      'describe-alarms',
      '--state-value',
      'OK',
    ])) as { MetricAlarms: MetricAlarm[] };
    expect(byState.MetricAlarms).toEqual([]);
  });
});
