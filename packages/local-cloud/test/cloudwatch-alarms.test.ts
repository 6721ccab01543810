// CloudWatch alarms through the SDK: creation, evaluation against stored datapoints, the lookups of
// DescribeAlarms and DescribeAlarmsForMetric, SetAlarmState, history, deletion, and an SNS action.
import {
  CloudWatchClient,
  DeleteAlarmsCommand,
  DescribeAlarmHistoryCommand,
  DescribeAlarmsCommand,
  DescribeAlarmsForMetricCommand,
  type DescribeAlarmsInput,
  PutMetricAlarmCommand,
  type PutMetricAlarmInput,
  PutMetricDataCommand,
  SetAlarmStateCommand,
} from '@aws-sdk/client-cloudwatch';
import { CreateTopicCommand, SNSClient, SubscribeCommand } from '@aws-sdk/client-sns';
import {
  CreateQueueCommand,
  GetQueueAttributesCommand,
  ReceiveMessageCommand,
  SQSClient,
} from '@aws-sdk/client-sqs';
import { describe, expect, it } from '@jest/globals';
import { clientConfig, useCloud } from './fixtures/cloud.js';

let cw: CloudWatchClient;
let sns: SNSClient;
let sqs: SQSClient;
// Time scaled up: the once-a-minute evaluation never runs during these tests, so every state seen is
// the one the last datapoint or call produced.
useCloud({ timeScale: 1000 }, (up) => {
  cw = new CloudWatchClient(clientConfig(up.url));
  sns = new SNSClient(clientConfig(up.url));
  sqs = new SQSClient(clientConfig(up.url));
  return [cw, sns, sqs];
});

const alarm = (name: string, extra: Partial<PutMetricAlarmInput> = {}): PutMetricAlarmInput => ({
  AlarmName: name,
  Namespace: 'Jobs',
  MetricName: 'Failures',
  Dimensions: [{ Name: 'Queue', Value: name }],
  Statistic: 'Sum',
  Period: 60,
  EvaluationPeriods: 1,
  Threshold: 1,
  ComparisonOperator: 'GreaterThanOrEqualToThreshold',
  ...extra,
});
const fail = (queue: string, value: number, Timestamp = new Date()) =>
  cw.send(
    new PutMetricDataCommand({
      Namespace: 'Jobs',
      MetricData: [
        { MetricName: 'Failures', Dimensions: [{ Name: 'Queue', Value: queue }], Value: value, Timestamp },
      ],
    }),
  );
const stateOf = async (name: string) =>
  (await cw.send(new DescribeAlarmsCommand({ AlarmNames: [name] }))).MetricAlarms?.[0];

describe('an alarm', () => {
  it('starts unchecked, then follows the datapoints: ALARM when breaching, OK when not', async () => {
    await cw.send(new PutMetricAlarmCommand(alarm('orders', { Threshold: 5 })));
    expect(await stateOf('orders')).toMatchObject({
      StateValue: 'INSUFFICIENT_DATA',
      StateReason: 'Unchecked: Initial alarm creation',
      ActionsEnabled: true,
      AlarmActions: [],
    });
    // Both datapoints in one minute, whatever the clock does between the calls.
    const minute = new Date();
    await fail('orders', 2, minute);
    expect(await stateOf('orders')).toMatchObject({
      StateValue: 'OK',
      StateReason: expect.stringMatching(
        /^Threshold Crossed: 1 datapoint \[2\.0 \(.+\)\] was not greater than or equal to the threshold \(5\.0\)\.$/,
      ),
    });
    await fail('orders', 3, minute);
    const a = await stateOf('orders');
    expect(a?.StateValue).toBe('ALARM');
    expect(a?.StateReason).toMatch(/\(minimum 1 datapoint for OK -> ALARM transition\)\.$/);
    expect(a?.StateTransitionedTimestamp?.getTime()).toBeGreaterThanOrEqual(
      a?.AlarmConfigurationUpdatedTimestamp?.getTime() ?? Infinity,
    );
  });

  it('needs DatapointsToAlarm of EvaluationPeriods breaching, missing data not breaching', async () => {
    await cw.send(
      new PutMetricAlarmCommand(
        alarm('two-of-three', {
          EvaluationPeriods: 3,
          DatapointsToAlarm: 2,
          TreatMissingData: 'notBreaching',
        }),
      ),
    );
    await fail('two-of-three', 1);
    // One breaching minute of three: the other two are missing, so not breaching.
    expect((await stateOf('two-of-three'))?.StateValue).toBe('OK');
  });

  it('with TreatMissingData breaching, goes to ALARM with no data at all', async () => {
    await cw.send(new PutMetricAlarmCommand(alarm('silent', { TreatMissingData: 'breaching' })));
    expect((await stateOf('silent'))?.StateValue).toBe('ALARM');
  });

  it('keeps its state when its configuration is replaced', async () => {
    await cw.send(new PutMetricAlarmCommand(alarm('kept')));
    await fail('kept', 1);
    await cw.send(new PutMetricAlarmCommand(alarm('kept', { AlarmDescription: 'now described' })));
    expect(await stateOf('kept')).toMatchObject({ StateValue: 'ALARM', AlarmDescription: 'now described' });
  });

  it('is found by name prefix, state and metric', async () => {
    await cw.send(new PutMetricAlarmCommand(alarm('find-a')));
    await cw.send(new PutMetricAlarmCommand(alarm('find-b', { Statistic: 'Maximum' })));
    await fail('find-a', 1);
    const names = async (input: DescribeAlarmsInput) =>
      (await cw.send(new DescribeAlarmsCommand(input))).MetricAlarms?.map((x) => x.AlarmName);
    expect(await names({ AlarmNamePrefix: 'find-' })).toEqual(['find-a', 'find-b']);
    expect(await names({ AlarmNamePrefix: 'find-', StateValue: 'ALARM' })).toEqual(['find-a']);
    expect(await names({ AlarmNamePrefix: 'find-', MaxRecords: 1 })).toEqual(['find-a']);
    const forMetric = await cw.send(
      new DescribeAlarmsForMetricCommand({
        Namespace: 'Jobs',
        MetricName: 'Failures',
        Dimensions: [{ Name: 'Queue', Value: 'find-b' }],
      }),
    );
    expect(forMetric.MetricAlarms?.map((x) => x.AlarmName)).toEqual(['find-b']);
  });

  it('takes a state from SetAlarmState and records the change in its history', async () => {
    await cw.send(new PutMetricAlarmCommand(alarm('forced')));
    await cw.send(
      new SetAlarmStateCommand({ AlarmName: 'forced', StateValue: 'ALARM', StateReason: 'testing' }),
    );
    expect(await stateOf('forced')).toMatchObject({ StateValue: 'ALARM', StateReason: 'testing' });
    const history = await cw.send(new DescribeAlarmHistoryCommand({ AlarmName: 'forced' }));
    expect(history.AlarmHistoryItems?.map((h) => [h.HistoryItemType, h.HistorySummary])).toEqual([
      ['StateUpdate', 'Alarm updated from INSUFFICIENT_DATA to ALARM'],
      ['ConfigurationUpdate', 'Alarm "forced" created'],
    ]);
    await expect(
      cw.send(new SetAlarmStateCommand({ AlarmName: 'no-such', StateValue: 'OK', StateReason: 'x' })),
    ).rejects.toMatchObject({ name: 'ResourceNotFound', $metadata: { httpStatusCode: 404 } });
  });

  it('is deleted by DeleteAlarms, which deletes nothing when one name is unknown', async () => {
    await cw.send(new PutMetricAlarmCommand(alarm('gone')));
    await expect(
      cw.send(new DeleteAlarmsCommand({ AlarmNames: ['gone', 'never-was'] })),
    ).rejects.toMatchObject({
      name: 'ResourceNotFound',
      message: 'Alarm never-was not found',
    });
    expect(await stateOf('gone')).toBeDefined();
    await cw.send(new DeleteAlarmsCommand({ AlarmNames: ['gone'] }));
    expect(await stateOf('gone')).toBeUndefined();
  });

  it('refuses an unknown comparison operator and a period CloudWatch does not know', async () => {
    await expect(
      cw.send(new PutMetricAlarmCommand(alarm('bad', { ComparisonOperator: 'Above' as never }))),
    ).rejects.toMatchObject({ name: 'ValidationException', $metadata: { httpStatusCode: 400 } });
    await expect(cw.send(new PutMetricAlarmCommand(alarm('bad', { Period: 90 })))).rejects.toMatchObject({
      name: 'InvalidParameterValueException',
      message: 'The value 90 for parameter Period is invalid.',
    });
  });

  it('notifies its SNS action when it goes to ALARM', async () => {
    const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: 'alarms' }));
    const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: 'alarm-reader' }));
    const { Attributes } = await sqs.send(
      new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['QueueArn'] }),
    );
    await sns.send(new SubscribeCommand({ TopicArn, Protocol: 'sqs', Endpoint: Attributes?.QueueArn }));
    await cw.send(new PutMetricAlarmCommand(alarm('notify', { AlarmActions: [TopicArn as string] })));
    await fail('notify', 4);
    const got = await sqs.send(new ReceiveMessageCommand({ QueueUrl, WaitTimeSeconds: 10 }));
    const envelope = JSON.parse(got.Messages?.[0]?.Body ?? '{}');
    expect(envelope.Subject).toBe('ALARM: "notify" in US East (N. Virginia)');
    expect(JSON.parse(envelope.Message)).toMatchObject({
      AlarmName: 'notify',
      NewStateValue: 'ALARM',
      OldStateValue: 'INSUFFICIENT_DATA',
      AWSAccountId: '000000000000',
      Trigger: { MetricName: 'Failures', Namespace: 'Jobs', Statistic: 'SUM', Threshold: 1 },
    });
  });
});
