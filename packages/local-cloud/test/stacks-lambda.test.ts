// Stacks of Lambda resources: inline code, the deploy-time permission check of destinations, and SQS
// event source mappings polled by the stack engine.

import { DescribeStacksCommand } from '@aws-sdk/client-cloudformation';
import {
  GetQueueAttributesCommand,
  ReceiveMessageCommand,
  SendMessageBatchCommand,
} from '@aws-sdk/client-sqs';
import { deployTemplate, removeStack } from '@destinations-action/deploy';
import { describe, expect, it } from '@jest/globals';
import { succeeded } from '../src/lambda/eventSourceMapping/batch.js';
import { eventually, useStackCloud } from './stacks-helpers.js';

const { cloud, c } = useStackCloud();

const template = `
Parameters:
  Enabled: { Type: String, Default: 'true', AllowedValues: ['true', 'false'] }
Resources:
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Statement: [{ Effect: Allow, Principal: { Service: lambda.amazonaws.com }, Action: sts:AssumeRole }]
      ManagedPolicyArns: [arn:aws:iam::aws:policy/service-role/AWSLambdaSQSQueueExecutionRole]
  Target:
    Type: AWS::SQS::Queue
  Source:
    Type: AWS::SQS::Queue
    Properties: { VisibilityTimeout: 1 }
  Fn:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: nodejs20.x
      Handler: index.handler
      Role: !GetAtt Role.Arn
      Code:
        ZipFile: |
          exports.handler = async (event) => ({
            batchItemFailures: (event.Records || [])
              .filter((r) => r.body === 'fail')
              .map((r) => ({ itemIdentifier: r.messageId })),
          });
  Config:
    Type: AWS::Lambda::EventInvokeConfig
    Properties:
      FunctionName: !Ref Fn
      Qualifier: $LATEST
      MaximumRetryAttempts: 0
      DestinationConfig: { OnFailure: { Destination: !GetAtt Target.Arn } }
  Mapping:
    Type: AWS::Lambda::EventSourceMapping
    Properties:
      FunctionName: !Ref Fn
      EventSourceArn: !GetAtt Source.Arn
      BatchSize: 10
      FunctionResponseTypes: [ReportBatchItemFailures]
      Enabled: !Ref Enabled
Outputs:
  Source: { Value: !Ref Source }
  MappingArn: { Value: !GetAtt Mapping.EventSourceMappingArn }
`;

describe('a stack with an SQS event source mapping', () => {
  it('warns at deploy when the role lacks the permission for a destination', async () => {
    const result = await deployTemplate({ stackName: 'esm', templateBody: template, endpoint: cloud.url });
    const fn = result.functions[0];
    expect(fn.name).toMatch(/^esm-Fn-[A-Z0-9]{13}$/);
    expect(result.outputs.MappingArn).toMatch(
      /^arn:aws:lambda:us-east-1:000000000000:event-source-mapping:[0-9a-f-]{36}$/,
    );
    expect(result.warnings).toEqual([
      `function ${fn.name}: its role ${fn.role} lacks sqs:SendMessage on ${fn.onFailure} (implicitDeny); onFailure records will not be delivered`,
    ]);
  });

  it('deletes what the function handled and keeps the batch item failures', async () => {
    const described = await c.cfn.send(new DescribeStacksCommand({ StackName: 'esm' }));
    const queue = described.Stacks![0].Outputs!.find((o) => o.OutputKey === 'Source')!.OutputValue!;
    await c.sqs.send(
      new SendMessageBatchCommand({
        QueueUrl: queue,
        Entries: ['ok-1', 'fail', 'ok-2'].map((body, i) => ({ Id: String(i), MessageBody: body })),
      }),
    );
    await eventually(async () => {
      const a = await c.sqs.send(
        new GetQueueAttributesCommand({
          QueueUrl: queue,
          AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible'],
        }),
      );
      const left =
        Number(a.Attributes?.ApproximateNumberOfMessages) +
        Number(a.Attributes?.ApproximateNumberOfMessagesNotVisible);
      return left === 1 ? left : undefined;
    });
    // Disabling the mapping stops the poller, so the failed message stays for us to read.
    const update = await deployTemplate({
      stackName: 'esm',
      templateBody: template,
      parameters: { Enabled: 'false' },
      endpoint: cloud.url,
    });
    expect(update.status).toBe('UPDATE_COMPLETE');
    const bodies = await eventually(async () => {
      const out = await c.sqs.send(
        new ReceiveMessageCommand({ QueueUrl: queue, WaitTimeSeconds: 2, MaxNumberOfMessages: 10 }),
      );
      return out.Messages?.length ? out.Messages.map((m) => m.Body) : undefined;
    });
    expect(bodies).toEqual(['fail']);
    expect(await removeStack({ stackName: 'esm', endpoint: cloud.url })).toEqual({
      stackName: 'esm',
      removed: true,
    });
  });
});

describe('which messages of a batch the poller deletes', () => {
  const batch = ['a', 'b', 'c'].map((id) => ({ MessageId: id, ReceiptHandle: `r-${id}` }));
  it.each<[string, string | undefined, string, boolean, string[]]>([
    ['all after a success', undefined, '{}', false, ['a', 'b', 'c']],
    ['none after a function error', 'Unhandled', '{}', true, []],
    [
      'all but the reported failures',
      undefined,
      '{"batchItemFailures":[{"itemIdentifier":"b"}]}',
      true,
      ['a', 'c'],
    ],
    ['all when the report is empty', undefined, '{"batchItemFailures":[]}', true, ['a', 'b', 'c']],
    [
      'none when the report names an unknown id',
      undefined,
      '{"batchItemFailures":[{"itemIdentifier":"x"}]}',
      true,
      [],
    ],
    ['none when the answer is not JSON', undefined, 'oops', true, []],
    [
      'all when reporting is off, whatever the answer',
      undefined,
      '{"batchItemFailures":[{"itemIdentifier":"b"}]}',
      false,
      ['a', 'b', 'c'],
    ],
  ])('%s', (_name, functionError, payload, report, expected) => {
    expect(succeeded(batch, functionError, payload, report).map((m) => m.MessageId)).toEqual(expected);
  });
});
