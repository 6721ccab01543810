// --state-dir beyond SQS: topics and subscriptions, buses, rules and targets, buckets and objects, IAM roles,
// functions with their code, versions and event invoke configs come back after a stop and a start on the
// same directory, and keep working (a restored topic fans out to a restored queue, a restored function runs).
// Needs node:sqlite (Node.js 22.13+); skipped with a notice on an older Node.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  CloudFormationClient,
  CreateStackCommand,
  DeleteStackCommand,
  DescribeStacksCommand,
} from '@aws-sdk/client-cloudformation';
import {
  DescribeRuleCommand,
  EventBridgeClient,
  ListTargetsByRuleCommand,
  PutRuleCommand,
  PutTargetsCommand,
} from '@aws-sdk/client-eventbridge';
import {
  CreateRoleCommand,
  GetRoleCommand,
  GetRolePolicyCommand,
  IAMClient,
  PutRolePolicyCommand,
} from '@aws-sdk/client-iam';
import {
  CreateFunctionCommand,
  DeleteFunctionCommand,
  GetFunctionEventInvokeConfigCommand,
  InvokeCommand,
  LambdaClient,
  ListVersionsByFunctionCommand,
  PutFunctionEventInvokeConfigCommand,
} from '@aws-sdk/client-lambda';
import {
  CreateBucketCommand,
  DeleteObjectCommand,
  GetBucketTaggingCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  PutBucketTaggingCommand,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import {
  CreateTopicCommand,
  ListSubscriptionsByTopicCommand,
  PublishCommand,
  SNSClient,
  SubscribeCommand,
} from '@aws-sdk/client-sns';
import {
  CreateQueueCommand,
  GetQueueUrlCommand,
  ReceiveMessageCommand,
  SQSClient,
} from '@aws-sdk/client-sqs';
import { waitForStack } from '@destinations-action/deploy';
import { afterAll, describe, expect, it } from '@jest/globals';
import { type RunningCloud, startLocalCloud } from '../src/index.js';
import { sqliteModule } from '../src/persistence/database.js';
import { clientConfig } from './fixtures/cloud.js';
import { fixtureZip, ROLE } from './fixtures/lambda/helpers.js';

const HAVE_SQLITE = sqliteModule() !== undefined;
if (!HAVE_SQLITE) {
  console.warn(
    `persistence tests skipped: node:sqlite needs Node.js 22.13+, this is ${process.versions.node}`,
  );
}
const describeSqlite = HAVE_SQLITE ? describe : describe.skip;

const dir = mkdtempSync(path.join(tmpdir(), 'local-cloud-services-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Clients {
  sns: SNSClient;
  sqs: SQSClient;
  events: EventBridgeClient;
  s3: S3Client;
  iam: IAMClient;
  lambda: LambdaClient;
}

async function withCloud(work: (c: Clients, cloud: RunningCloud) => Promise<void>): Promise<void> {
  const cloud = await startLocalCloud({ port: 0, logLevel: 'quiet', stateDir: dir });
  const cfg = clientConfig(cloud.url);
  const c: Clients = {
    sns: new SNSClient(cfg),
    sqs: new SQSClient(cfg),
    events: new EventBridgeClient(cfg),
    s3: new S3Client({ ...cfg, forcePathStyle: true }),
    iam: new IAMClient(cfg),
    lambda: new LambdaClient(cfg),
  };
  try {
    await work(c, cloud);
  } finally {
    for (const client of Object.values(c)) client.destroy();
    await cloud.stop();
  }
}

const QUEUE_ARN = 'arn:aws:sqs:us-east-1:000000000000:fanout';
const POLICY = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: 'sqs:SendMessage', Resource: '*' }],
});

describeSqlite('the other stores with --state-dir', () => {
  it('come back after a restart and keep working', async () => {
    let topicArn = '';
    await withCloud(async (c) => {
      await c.sqs.send(new CreateQueueCommand({ QueueName: 'fanout' }));
      topicArn = (await c.sns.send(new CreateTopicCommand({ Name: 'kept' }))).TopicArn!;
      await c.sns.send(
        new SubscribeCommand({
          TopicArn: topicArn,
          Protocol: 'sqs',
          Endpoint: QUEUE_ARN,
          Attributes: { RawMessageDelivery: 'true' },
        }),
      );
      await c.events.send(new PutRuleCommand({ Name: 'r', EventPattern: '{"source":["app"]}' }));
      await c.events.send(new PutTargetsCommand({ Rule: 'r', Targets: [{ Id: 't', Arn: QUEUE_ARN }] }));
      await c.s3.send(new CreateBucketCommand({ Bucket: 'kept' }));
      await c.s3.send(
        new PutBucketTaggingCommand({ Bucket: 'kept', Tagging: { TagSet: [{ Key: 'k', Value: 'v' }] } }),
      );
      await c.s3.send(
        new PutObjectCommand({ Bucket: 'kept', Key: 'a/b.bin', Body: new Uint8Array([0, 1, 2, 255]) }),
      );
      await c.s3.send(new PutObjectCommand({ Bucket: 'kept', Key: 'gone', Body: 'x' }));
      await c.s3.send(new DeleteObjectCommand({ Bucket: 'kept', Key: 'gone' }));
      await c.iam.send(
        new CreateRoleCommand({ RoleName: 'kept', AssumeRolePolicyDocument: '{"Statement":[]}' }),
      );
      await c.iam.send(
        new PutRolePolicyCommand({ RoleName: 'kept', PolicyName: 'p', PolicyDocument: POLICY }),
      );
      await c.lambda.send(
        new CreateFunctionCommand({
          FunctionName: 'kept',
          Role: ROLE,
          Runtime: 'nodejs20.x',
          Handler: 'index.handler',
          Code: { ZipFile: fixtureZip('node') },
          Publish: true,
        }),
      );
      await c.lambda.send(
        new PutFunctionEventInvokeConfigCommand({
          FunctionName: 'kept',
          MaximumRetryAttempts: 1,
          DestinationConfig: { OnFailure: { Destination: QUEUE_ARN } },
        }),
      );
      // A deleted function's code directory does not outlive the restart.
      await c.lambda.send(
        new CreateFunctionCommand({
          FunctionName: 'deleted',
          Role: ROLE,
          Runtime: 'nodejs20.x',
          Handler: 'index.handler',
          Code: { ZipFile: fixtureZip('node') },
        }),
      );
      await c.lambda.send(new DeleteFunctionCommand({ FunctionName: 'deleted' }));
    });
    expect(readdirSync(path.join(dir, 'lambda-code'))).toHaveLength(2);

    await withCloud(async (c) => {
      expect(readdirSync(path.join(dir, 'lambda-code'))).toHaveLength(1);
      const subs = await c.sns.send(new ListSubscriptionsByTopicCommand({ TopicArn: topicArn }));
      expect(subs.Subscriptions?.map((s) => s.Endpoint)).toEqual([QUEUE_ARN]);
      await c.sns.send(new PublishCommand({ TopicArn: topicArn, Message: 'through the restored topic' }));
      const { QueueUrl } = await c.sqs.send(new CreateQueueCommand({ QueueName: 'fanout' }));
      const got = await c.sqs.send(new ReceiveMessageCommand({ QueueUrl, WaitTimeSeconds: 5 }));
      expect(got.Messages?.map((m) => m.Body)).toEqual(['through the restored topic']);

      expect((await c.events.send(new DescribeRuleCommand({ Name: 'r' }))).EventPattern).toBe(
        '{"source":["app"]}',
      );
      expect(
        (await c.events.send(new ListTargetsByRuleCommand({ Rule: 'r' }))).Targets?.map((t) => t.Arn),
      ).toEqual([QUEUE_ARN]);

      const listed = await c.s3.send(new ListObjectsV2Command({ Bucket: 'kept' }));
      expect(listed.Contents?.map((o) => o.Key)).toEqual(['a/b.bin']);
      const obj = await c.s3.send(new GetObjectCommand({ Bucket: 'kept', Key: 'a/b.bin' }));
      expect([...(await obj.Body!.transformToByteArray())]).toEqual([0, 1, 2, 255]);
      expect((await c.s3.send(new GetBucketTaggingCommand({ Bucket: 'kept' }))).TagSet).toEqual([
        { Key: 'k', Value: 'v' },
      ]);

      expect((await c.iam.send(new GetRoleCommand({ RoleName: 'kept' }))).Role?.Arn).toBe(
        'arn:aws:iam::000000000000:role/kept',
      );
      const policy = await c.iam.send(new GetRolePolicyCommand({ RoleName: 'kept', PolicyName: 'p' }));
      expect(JSON.parse(decodeURIComponent(policy.PolicyDocument!))).toEqual(JSON.parse(POLICY));

      const versions = await c.lambda.send(new ListVersionsByFunctionCommand({ FunctionName: 'kept' }));
      expect(versions.Versions?.map((v) => v.Version)).toEqual(['$LATEST', '1']);
      const config = await c.lambda.send(new GetFunctionEventInvokeConfigCommand({ FunctionName: 'kept' }));
      expect(config.DestinationConfig?.OnFailure?.Destination).toBe(QUEUE_ARN);
      const run = await c.lambda.send(
        new InvokeCommand({ FunctionName: 'kept:1', Payload: Buffer.from('{"mode":"echo"}') }),
      );
      expect(run.FunctionError).toBeUndefined();
      expect(run.StatusCode).toBe(200);
    });
  });

  it('keeps a stack: its status, outputs and resources, which a later DeleteStack removes', async () => {
    const template = JSON.stringify({
      Resources: { Q: { Type: 'AWS::SQS::Queue', Properties: { QueueName: 'from-stack' } } },
      Outputs: { QueueArn: { Value: { 'Fn::GetAtt': ['Q', 'Arn'] } } },
    });
    let stackId = '';
    await withCloud(async (_c, cloud) => {
      const cfn = new CloudFormationClient(clientConfig(cloud.url));
      stackId = (await cfn.send(new CreateStackCommand({ StackName: 'kept', TemplateBody: template })))
        .StackId!;
      await waitForStack(cfn, stackId, 60_000);
      cfn.destroy();
    });
    await withCloud(async (c, cloud) => {
      const cfn = new CloudFormationClient(clientConfig(cloud.url));
      const [stack] = (await cfn.send(new DescribeStacksCommand({ StackName: 'kept' }))).Stacks ?? [];
      expect(stack.StackId).toBe(stackId);
      expect(stack.StackStatus).toBe('CREATE_COMPLETE');
      expect(stack.Outputs?.map((o) => o.OutputValue)).toEqual([
        'arn:aws:sqs:us-east-1:000000000000:from-stack',
      ]);
      await cfn.send(new DeleteStackCommand({ StackName: stackId }));
      const deleted = await waitForStack(cfn, stackId, 60_000);
      expect(deleted.StackStatus).toBe('DELETE_COMPLETE');
      await expect(c.sqs.send(new GetQueueUrlCommand({ QueueName: 'from-stack' }))).rejects.toThrow();
      cfn.destroy();
    });
  });
});
