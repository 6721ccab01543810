// A stack never takes a named resource that already exists: the resource fails as on AWS, the stack rolls
// back, and neither the rollback nor a later DeleteStack touches what the stack did not create.
import {
  CreateStackCommand,
  DeleteStackCommand,
  DescribeStacksCommand,
  UpdateStackCommand,
} from '@aws-sdk/client-cloudformation';
import {
  CloudWatchLogsClient,
  CreateLogGroupCommand,
  CreateLogStreamCommand,
  DescribeLogGroupsCommand,
  GetLogEventsCommand,
  PutLogEventsCommand,
} from '@aws-sdk/client-cloudwatch-logs';
import {
  CreateEventBusCommand,
  DescribeEventBusCommand,
  DescribeRuleCommand,
  EventBridgeClient,
  ListRulesCommand,
  ListTargetsByRuleCommand,
  PutRuleCommand,
  PutTargetsCommand,
} from '@aws-sdk/client-eventbridge';
import {
  CreateRoleCommand,
  GetRoleCommand,
  GetRolePolicyCommand,
  PutRolePolicyCommand,
} from '@aws-sdk/client-iam';
import { GetFunctionCommand, InvokeCommand } from '@aws-sdk/client-lambda';
import { CreateBucketCommand, GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { CreateTopicCommand, ListSubscriptionsByTopicCommand, SubscribeCommand } from '@aws-sdk/client-sns';
import {
  CreateQueueCommand,
  GetQueueAttributesCommand,
  GetQueueUrlCommand,
  ReceiveMessageCommand,
  SendMessageCommand,
} from '@aws-sdk/client-sqs';
import { describe, expect, it } from '@jest/globals';
import { clientConfig } from './fixtures/cloud.js';
import { createFixtureFunction } from './fixtures/lambda/helpers.js';
import { eventLines, settle, useStackCloud } from './stacks-helpers.js';

const { cloud, c } = useStackCloud();
const events = () => new EventBridgeClient(clientConfig(cloud.url));
const logs = () => new CloudWatchLogsClient(clientConfig(cloud.url));

const ASSUME = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }],
};

/** CloudFormation's reason for a registry handler's failure: the handler's message, token and code. */
function handlerReason(message: string, code = 'AlreadyExists'): RegExp {
  const quoted = message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(
    `^Resource handler returned message: "${quoted}" \\(RequestToken: [0-9a-f-]{36}, HandlerErrorCode: ${code}\\)$`,
  );
}

const taken = (type: string, identifier: string) =>
  handlerReason(`Resource of type '${type}' with identifier '${identifier}' already exists.`);

/**
 * Creates a stack whose `Taken` resource names something that already exists (after a `First` queue of
 * its own), expects the rollback, then deletes the stack; answers `Taken`'s failure reason.
 */
async function refusedThenDeleted(stackName: string, taken: { Type: string; Properties: unknown }) {
  const { StackId } = await c.cfn.send(
    new CreateStackCommand({
      StackName: stackName,
      Capabilities: ['CAPABILITY_NAMED_IAM'],
      TemplateBody: JSON.stringify({
        Resources: { First: { Type: 'AWS::SQS::Queue' }, Taken: { ...taken, DependsOn: 'First' } },
      }),
    }),
  );
  const stack = await settle(c.cfn, StackId!);
  expect(stack.StackStatus).toBe('ROLLBACK_COMPLETE');
  const lines = await eventLines(c.cfn, StackId!);
  expect(lines).toContain(
    `${stackName} ROLLBACK_IN_PROGRESS The following resource(s) failed to create: [Taken]. Rollback requested by user.`,
  );
  expect(lines.slice(-3)).toEqual([
    'First DELETE_IN_PROGRESS',
    'First DELETE_COMPLETE',
    `${stackName} ROLLBACK_COMPLETE`,
  ]);
  expect(lines.filter((l) => l.startsWith('Taken DELETE'))).toEqual([]);
  await c.cfn.send(new DeleteStackCommand({ StackName: StackId }));
  expect((await settle(c.cfn, StackId!)).StackStatus).toBe('DELETE_COMPLETE');
  const failed = lines.find((l) => l.startsWith('Taken CREATE_FAILED '));
  expect(failed).toBeDefined();
  return failed!.slice('Taken CREATE_FAILED '.length);
}

describe('a named resource that already exists', () => {
  it('AWS::SQS::Queue: fails, and the queue keeps its messages', async () => {
    const { QueueUrl } = await c.sqs.send(new CreateQueueCommand({ QueueName: 'handMadeQueue' }));
    await c.sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: 'mine' }));
    const reason = await refusedThenDeleted('taken-queue', {
      Type: 'AWS::SQS::Queue',
      Properties: { QueueName: 'handMadeQueue' },
    });
    expect(reason).toMatch(taken('AWS::SQS::Queue', 'handMadeQueue'));
    expect((await c.sqs.send(new GetQueueUrlCommand({ QueueName: 'handMadeQueue' }))).QueueUrl).toBe(
      QueueUrl,
    );
    const got = await c.sqs.send(new ReceiveMessageCommand({ QueueUrl, WaitTimeSeconds: 1 }));
    expect(got.Messages?.map((m) => m.Body)).toEqual(['mine']);
  });

  it('AWS::SNS::Topic: fails, and the topic keeps its subscriptions', async () => {
    const { TopicArn } = await c.sns.send(new CreateTopicCommand({ Name: 'handMadeTopic' }));
    const { QueueUrl } = await c.sqs.send(new CreateQueueCommand({ QueueName: 'handMadeTopicTap' }));
    const arn = (await c.sqs.send(new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['QueueArn'] })))
      .Attributes!.QueueArn;
    await c.sns.send(new SubscribeCommand({ TopicArn, Protocol: 'sqs', Endpoint: arn }));
    const reason = await refusedThenDeleted('taken-topic', {
      Type: 'AWS::SNS::Topic',
      Properties: { TopicName: 'handMadeTopic' },
    });
    expect(reason).toMatch(taken('AWS::SNS::Topic', 'handMadeTopic'));
    const subs = await c.sns.send(new ListSubscriptionsByTopicCommand({ TopicArn }));
    expect(subs.Subscriptions?.map((s) => s.Endpoint)).toEqual([arn]);
  });

  it('AWS::Events::EventBus: fails, and the bus keeps its rules', async () => {
    const eb = events();
    await eb.send(new CreateEventBusCommand({ Name: 'handMadeBus' }));
    await eb.send(
      new PutRuleCommand({
        Name: 'on-hand-made-bus',
        EventBusName: 'handMadeBus',
        EventPattern: '{"source":["x"]}',
      }),
    );
    const reason = await refusedThenDeleted('taken-bus', {
      Type: 'AWS::Events::EventBus',
      Properties: { Name: 'handMadeBus' },
    });
    expect(reason).toMatch(
      /^Resource handler returned message: "Event bus handMadeBus already exists\. \(Service: EventBridge, Status Code: 400, Request ID: [^)]+\)" \(RequestToken: [0-9a-f-]{36}, HandlerErrorCode: AlreadyExists\)$/,
    );
    expect((await eb.send(new DescribeEventBusCommand({ Name: 'handMadeBus' }))).Name).toBe('handMadeBus');
    const rules = await eb.send(new ListRulesCommand({ EventBusName: 'handMadeBus' }));
    expect(rules.Rules?.map((r) => r.Name)).toEqual(['on-hand-made-bus']);
    eb.destroy();
  });

  it('AWS::Events::Rule: fails, and the rule keeps its pattern and targets', async () => {
    const eb = events();
    await eb.send(new PutRuleCommand({ Name: 'handMadeRule', EventPattern: '{"source":["mine"]}' }));
    await eb.send(
      new PutTargetsCommand({
        Rule: 'handMadeRule',
        Targets: [{ Id: 'mine', Arn: 'arn:aws:sqs:us-east-1:000000000000:handMadeQueue' }],
      }),
    );
    const reason = await refusedThenDeleted('taken-rule', {
      Type: 'AWS::Events::Rule',
      Properties: { Name: 'handMadeRule', EventPattern: { source: ['theirs'] } },
    });
    expect(reason).toMatch(taken('AWS::Events::Rule', 'handMadeRule'));
    expect((await eb.send(new DescribeRuleCommand({ Name: 'handMadeRule' }))).EventPattern).toBe(
      '{"source":["mine"]}',
    );
    const targets = await eb.send(new ListTargetsByRuleCommand({ Rule: 'handMadeRule' }));
    expect(targets.Targets?.map((t) => t.Id)).toEqual(['mine']);
    eb.destroy();
  });

  it('AWS::S3::Bucket: fails, and the bucket keeps its objects', async () => {
    await c.s3.send(new CreateBucketCommand({ Bucket: 'hand-made-bucket' }));
    await c.s3.send(new PutObjectCommand({ Bucket: 'hand-made-bucket', Key: 'mine.txt', Body: 'mine' }));
    const reason = await refusedThenDeleted('taken-bucket', {
      Type: 'AWS::S3::Bucket',
      Properties: { BucketName: 'hand-made-bucket' },
    });
    expect(reason).toBe('hand-made-bucket already exists');
    const got = await c.s3.send(new GetObjectCommand({ Bucket: 'hand-made-bucket', Key: 'mine.txt' }));
    expect(await got.Body!.transformToString()).toBe('mine');
  });

  it('AWS::Lambda::Function: fails, and the function keeps its code and configuration', async () => {
    await createFixtureFunction(c.lambda, 'handMadeFunction', 'node', { Description: 'made by hand' });
    const reason = await refusedThenDeleted('taken-function', {
      Type: 'AWS::Lambda::Function',
      Properties: {
        FunctionName: 'handMadeFunction',
        Runtime: 'nodejs20.x',
        Handler: 'index.other',
        Role: 'arn:aws:iam::000000000000:role/made-up',
        Description: 'made by the stack',
        Code: { ZipFile: 'exports.other = async () => "stack";' },
      },
    });
    expect(reason).toMatch(taken('AWS::Lambda::Function', 'handMadeFunction'));
    const fn = await c.lambda.send(new GetFunctionCommand({ FunctionName: 'handMadeFunction' }));
    expect(fn.Configuration).toMatchObject({ Description: 'made by hand', Handler: 'index.handler' });
    const out = await c.lambda.send(
      new InvokeCommand({ FunctionName: 'handMadeFunction', Payload: Buffer.from('{"x":1}') }),
    );
    expect(JSON.parse(Buffer.from(out.Payload ?? []).toString())).toEqual({ ok: true, echo: { x: 1 } });
  });

  it('AWS::IAM::Role: fails, and the role keeps its policies', async () => {
    await c.iam.send(
      new CreateRoleCommand({ RoleName: 'handMadeRole', AssumeRolePolicyDocument: JSON.stringify(ASSUME) }),
    );
    const policy = {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: 'sqs:SendMessage', Resource: '*' }],
    };
    await c.iam.send(
      new PutRolePolicyCommand({
        RoleName: 'handMadeRole',
        PolicyName: 'mine',
        PolicyDocument: JSON.stringify(policy),
      }),
    );
    const reason = await refusedThenDeleted('taken-role', {
      Type: 'AWS::IAM::Role',
      Properties: { RoleName: 'handMadeRole', AssumeRolePolicyDocument: ASSUME },
    });
    expect(reason).toMatch(taken('AWS::IAM::Role', 'handMadeRole'));
    expect((await c.iam.send(new GetRoleCommand({ RoleName: 'handMadeRole' }))).Role?.RoleName).toBe(
      'handMadeRole',
    );
    const kept = await c.iam.send(new GetRolePolicyCommand({ RoleName: 'handMadeRole', PolicyName: 'mine' }));
    expect(JSON.parse(decodeURIComponent(kept.PolicyDocument!))).toEqual(policy);
  });

  it('AWS::Logs::LogGroup: fails, and the group keeps its events', async () => {
    const cw = logs();
    await cw.send(new CreateLogGroupCommand({ logGroupName: '/hand/made' }));
    await cw.send(new CreateLogStreamCommand({ logGroupName: '/hand/made', logStreamName: 'mine' }));
    await cw.send(
      new PutLogEventsCommand({
        logGroupName: '/hand/made',
        logStreamName: 'mine',
        logEvents: [{ timestamp: Date.now(), message: 'mine' }],
      }),
    );
    const reason = await refusedThenDeleted('taken-log-group', {
      Type: 'AWS::Logs::LogGroup',
      Properties: { LogGroupName: '/hand/made' },
    });
    expect(reason).toMatch(taken('AWS::Logs::LogGroup', '{"/properties/LogGroupName":"/hand/made"}'));
    const groups = await cw.send(new DescribeLogGroupsCommand({ logGroupNamePrefix: '/hand/made' }));
    expect(groups.logGroups?.map((g) => g.logGroupName)).toEqual(['/hand/made']);
    const got = await cw.send(new GetLogEventsCommand({ logGroupName: '/hand/made', logStreamName: 'mine' }));
    expect(got.events?.map((e) => e.message)).toEqual(['mine']);
    cw.destroy();
  });
});

describe('an update that adds a named resource that already exists', () => {
  it('rolls back without deleting it, and neither does a later DeleteStack', async () => {
    const { QueueUrl } = await c.sqs.send(new CreateQueueCommand({ QueueName: 'handMadeLater' }));
    await c.sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: 'mine' }));
    const own = { Own: { Type: 'AWS::SQS::Queue', Properties: { QueueName: 'taken-update-own' } } };
    const { StackId } = await c.cfn.send(
      new CreateStackCommand({ StackName: 'taken-update', TemplateBody: JSON.stringify({ Resources: own }) }),
    );
    expect((await settle(c.cfn, StackId!)).StackStatus).toBe('CREATE_COMPLETE');
    await c.cfn.send(
      new UpdateStackCommand({
        StackName: 'taken-update',
        TemplateBody: JSON.stringify({
          Resources: {
            ...own,
            Later: { Type: 'AWS::SQS::Queue', Properties: { QueueName: 'handMadeLater' } },
          },
        }),
      }),
    );
    expect((await settle(c.cfn, StackId!)).StackStatus).toBe('UPDATE_ROLLBACK_COMPLETE');
    const lines = await eventLines(c.cfn, StackId!);
    expect(
      lines.find((l) => l.startsWith('Later UPDATE_FAILED') || l.startsWith('Later CREATE_FAILED')),
    ).toMatch(
      /^Later CREATE_FAILED Resource handler returned message: "Resource of type 'AWS::SQS::Queue' with identifier 'handMadeLater' already exists\."/,
    );
    expect(lines.filter((l) => l.startsWith('Later DELETE'))).toEqual([]);
    await c.cfn.send(new DeleteStackCommand({ StackName: StackId }));
    expect((await settle(c.cfn, StackId!)).StackStatus).toBe('DELETE_COMPLETE');
    await expect(c.sqs.send(new GetQueueUrlCommand({ QueueName: 'taken-update-own' }))).rejects.toThrow(
      'The specified queue does not exist.',
    );
    const got = await c.sqs.send(new ReceiveMessageCommand({ QueueUrl, WaitTimeSeconds: 1 }));
    expect(got.Messages?.map((m) => m.Body)).toEqual(['mine']);
  });
});

describe('a named resource another stack made', () => {
  it('is refused naming that stack, and deleting the second stack leaves the first its bucket', async () => {
    const body = JSON.stringify({
      Resources: { B: { Type: 'AWS::S3::Bucket', Properties: { BucketName: 'taken-by-first' } } },
    });
    const first = await c.cfn.send(new CreateStackCommand({ StackName: 'taken-first', TemplateBody: body }));
    expect((await settle(c.cfn, first.StackId!)).StackStatus).toBe('CREATE_COMPLETE');
    await c.s3.send(new PutObjectCommand({ Bucket: 'taken-by-first', Key: 'first.txt', Body: 'first' }));
    const second = await c.cfn.send(
      new CreateStackCommand({ StackName: 'taken-second', TemplateBody: body }),
    );
    expect((await settle(c.cfn, second.StackId!)).StackStatus).toBe('ROLLBACK_COMPLETE');
    expect(await eventLines(c.cfn, second.StackId!)).toContain(
      `B CREATE_FAILED taken-by-first already exists in stack ${first.StackId}`,
    );
    await c.cfn.send(new DeleteStackCommand({ StackName: second.StackId }));
    expect((await settle(c.cfn, second.StackId!)).StackStatus).toBe('DELETE_COMPLETE');
    const stack = (await c.cfn.send(new DescribeStacksCommand({ StackName: 'taken-first' }))).Stacks![0];
    expect(stack.StackStatus).toBe('CREATE_COMPLETE');
    const got = await c.s3.send(new GetObjectCommand({ Bucket: 'taken-by-first', Key: 'first.txt' }));
    expect(await got.Body!.transformToString()).toBe('first');
  });
});

describe('an update that would replace a custom-named resource', () => {
  it('is refused as on AWS, and the bucket keeps its objects', async () => {
    const bucket = (lock: boolean) =>
      JSON.stringify({
        Resources: {
          B: {
            Type: 'AWS::S3::Bucket',
            Properties: { BucketName: 'taken-replace', ObjectLockEnabled: lock },
          },
        },
      });
    const { StackId } = await c.cfn.send(
      new CreateStackCommand({ StackName: 'taken-replace', TemplateBody: bucket(false) }),
    );
    expect((await settle(c.cfn, StackId!)).StackStatus).toBe('CREATE_COMPLETE');
    await c.s3.send(new PutObjectCommand({ Bucket: 'taken-replace', Key: 'kept.txt', Body: 'kept' }));
    await c.cfn.send(new UpdateStackCommand({ StackName: 'taken-replace', TemplateBody: bucket(true) }));
    expect((await settle(c.cfn, StackId!)).StackStatus).toBe('UPDATE_ROLLBACK_COMPLETE');
    expect(await eventLines(c.cfn, StackId!)).toContain(
      'B UPDATE_FAILED CloudFormation cannot update a stack when a custom-named resource requires replacing. Rename taken-replace and update the stack again.',
    );
    const got = await c.s3.send(new GetObjectCommand({ Bucket: 'taken-replace', Key: 'kept.txt' }));
    expect(await got.Body!.transformToString()).toBe('kept');
  });
});
