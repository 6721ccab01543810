// AWS::CloudWatch::Alarm in a stack: created through PutMetricAlarm, Ref and GetAtt answered as AWS
// does, updated in place, a taken name refused, and deleted with the stack.
import {
  CreateStackCommand,
  DeleteStackCommand,
  DescribeStacksCommand,
  UpdateStackCommand,
} from '@aws-sdk/client-cloudformation';
import { CloudWatchClient, DescribeAlarmsCommand, PutMetricAlarmCommand } from '@aws-sdk/client-cloudwatch';
import { describe, expect, it } from '@jest/globals';
import { clientConfig } from './fixtures/cloud.js';
import { eventLines, settle, useStackCloud } from './stacks-helpers.js';

const { cloud, c } = useStackCloud();
const cw = () => new CloudWatchClient(clientConfig(cloud.url));

const template = (threshold: string, name?: string) =>
  JSON.stringify({
    Resources: {
      Topic: { Type: 'AWS::SNS::Topic' },
      Failures: {
        Type: 'AWS::CloudWatch::Alarm',
        Properties: {
          AlarmName: name,
          AlarmDescription: 'delivery failures',
          Namespace: 'AWS/Lambda',
          MetricName: 'DestinationDeliveryFailures',
          Dimensions: [{ Name: 'FunctionName', Value: 'svc-dev-worker' }],
          Statistic: 'Sum',
          // Strings, as YAML templates and the Serverless Framework often write numbers.
          Period: '60',
          EvaluationPeriods: '1',
          Threshold: threshold,
          ComparisonOperator: 'GreaterThanOrEqualToThreshold',
          TreatMissingData: 'notBreaching',
          AlarmActions: [{ Ref: 'Topic' }],
        },
      },
    },
    Outputs: {
      Name: { Value: { Ref: 'Failures' } },
      Arn: { Value: { 'Fn::GetAtt': ['Failures', 'Arn'] } },
    },
  });

const outputs = async (stack: string) =>
  Object.fromEntries(
    ((await c.cfn.send(new DescribeStacksCommand({ StackName: stack }))).Stacks?.[0].Outputs ?? []).map(
      (o) => [o.OutputKey, o.OutputValue],
    ),
  );

describe('AWS::CloudWatch::Alarm', () => {
  it('is created with a generated name, answers Ref and Arn, updates in place and goes with the stack', async () => {
    const { StackId } = await c.cfn.send(
      new CreateStackCommand({ StackName: 'alarms', TemplateBody: template('1') }),
    );
    expect((await settle(c.cfn, StackId as string)).StackStatus).toBe('CREATE_COMPLETE');
    const { Name, Arn } = await outputs('alarms');
    expect(Name).toMatch(/^alarms-Failures-[A-Z0-9]{13}$/);
    expect(Arn).toBe(`arn:aws:cloudwatch:us-east-1:000000000000:alarm:${Name}`);
    const read = async () =>
      (await cw().send(new DescribeAlarmsCommand({ AlarmNames: [Name as string] }))).MetricAlarms?.[0];
    expect(await read()).toMatchObject({
      Period: 60,
      Threshold: 1,
      TreatMissingData: 'notBreaching',
      AlarmActions: [expect.stringMatching(/^arn:aws:sns:us-east-1:000000000000:alarms-Topic-/)],
      // notBreaching with no data: OK at once.
      StateValue: 'OK',
    });

    await c.cfn.send(new UpdateStackCommand({ StackName: 'alarms', TemplateBody: template('3') }));
    expect((await settle(c.cfn, StackId as string)).StackStatus).toBe('UPDATE_COMPLETE');
    expect((await outputs('alarms')).Name).toBe(Name);
    expect((await read())?.Threshold).toBe(3);

    await c.cfn.send(new DeleteStackCommand({ StackName: 'alarms' }));
    expect((await settle(c.cfn, StackId as string)).StackStatus).toBe('DELETE_COMPLETE');
    expect(await read()).toBeUndefined();
  });

  it('refuses a name an alarm already has, and leaves that alarm alone', async () => {
    await cw().send(
      new PutMetricAlarmCommand({
        AlarmName: 'taken-alarm',
        Namespace: 'Mine',
        MetricName: 'M',
        Statistic: 'Sum',
        Period: 60,
        EvaluationPeriods: 1,
        Threshold: 9,
        ComparisonOperator: 'GreaterThanThreshold',
      }),
    );
    const { StackId } = await c.cfn.send(
      new CreateStackCommand({ StackName: 'alarms-taken', TemplateBody: template('1', 'taken-alarm') }),
    );
    expect((await settle(c.cfn, StackId as string)).StackStatus).toBe('ROLLBACK_COMPLETE');
    expect((await eventLines(c.cfn, 'alarms-taken')).join('\n')).toContain(
      "Failures CREATE_FAILED Resource handler returned message: \"Resource of type 'AWS::CloudWatch::Alarm' with identifier 'taken-alarm' already exists.\"",
    );
    const kept = (await cw().send(new DescribeAlarmsCommand({ AlarmNames: ['taken-alarm'] })))
      .MetricAlarms?.[0];
    expect(kept).toMatchObject({ Namespace: 'Mine', Threshold: 9 });
  });
});
