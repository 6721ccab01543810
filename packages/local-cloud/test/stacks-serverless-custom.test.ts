// Serverless events that deploy through custom resources and schedules, packaged by the real framework
// (osls) and deployed by the stack engine: `s3` with `existing: true` runs the framework's own Custom::S3
// function, which configures the bucket through the SDK against the local cloud and answers SUCCESS;
// `schedule` events fire on the cloud's scaled clock. The framework's EventBridge custom resource function,
// shipped in the same package, runs from a template; `provider.logs.restApi` sets the account's API Gateway
// CloudWatch role through the framework's Custom::ApiGatewayAccountRole.
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { APIGatewayClient, GetAccountCommand } from '@aws-sdk/client-api-gateway';
import { DescribeStackEventsCommand } from '@aws-sdk/client-cloudformation';
import {
  DescribeEventBusCommand,
  EventBridgeClient,
  ListRulesCommand,
  ListTargetsByRuleCommand,
} from '@aws-sdk/client-eventbridge';
import { ListAttachedRolePoliciesCommand } from '@aws-sdk/client-iam';
import { GetPolicyCommand } from '@aws-sdk/client-lambda';
import {
  CreateBucketCommand,
  GetBucketNotificationConfigurationCommand,
  PutObjectCommand,
} from '@aws-sdk/client-s3';
import { GetQueueUrlCommand, ReceiveMessageCommand } from '@aws-sdk/client-sqs';
import {
  type DeployResult,
  deployServerless,
  deployTemplate,
  removeServerless,
  removeStack,
} from '@destinations-action/deploy';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type RunningCloud, startLocalCloud } from '../src/index.js';
import { clientConfig } from './fixtures/cloud.js';
import { clients, eventually } from './stacks-helpers.js';

const FIXTURES = join(import.meta.dirname, 'fixtures', 'stacks');
const SERVICE = join(FIXTURES, 'custom-resources');
let cloud: RunningCloud;
let c: ReturnType<typeof clients>;
let eb: EventBridgeClient;
let result: DeployResult;

beforeAll(async () => {
  // A thousand times faster: `rate(5 minutes)` fires every 300 ms.
  cloud = await startLocalCloud({ port: 0, logLevel: 'quiet', timeScale: 0.001 });
  c = clients(cloud.url);
  eb = new EventBridgeClient(clientConfig(cloud.url));
  await c.s3.send(new CreateBucketCommand({ Bucket: 'stacks-custom-uploads' }));
  result = await deployServerless({ serviceDir: SERVICE, stage: 'dev', endpoint: cloud.url });
});
afterAll(async () => {
  await cloud.stop();
  for (const d of ['custom-resources', 'rest-logs'])
    rmSync(join(FIXTURES, d, '.serverless'), { recursive: true, force: true });
});

interface Record {
  requestContext: { condition: string };
  requestPayload: unknown;
}

/** The first on-success record in the stack's queue whose event `pick` accepts. */
async function recordIn(queue: string, pick: (event: never) => boolean): Promise<Record> {
  const url = (await c.sqs.send(new GetQueueUrlCommand({ QueueName: queue }))).QueueUrl!;
  return eventually(async () => {
    const out = await c.sqs.send(
      new ReceiveMessageCommand({ QueueUrl: url, MaxNumberOfMessages: 10, WaitTimeSeconds: 1 }),
    );
    const records = (out.Messages ?? []).map((m) => JSON.parse(m.Body!) as Record);
    return records.find((r) => pick(r.requestPayload as never));
  });
}

const physical = (logicalId: string) => result.resources.find((r) => r.logicalId === logicalId)!.physicalId;

describe('an s3 event on an existing bucket', () => {
  it("deploys: the framework's custom resource function runs and answers SUCCESS", async () => {
    expect(result.status).toBe('UPDATE_COMPLETE');
    const custom = result.resources.find((r) => r.type === 'Custom::S3')!;
    expect(custom).toMatchObject({ logicalId: 'OnUploadCustomS31', physicalId: 'CustomResourceExistingS3' });
    const events = await c.cfn.send(new DescribeStackEventsCommand({ StackName: result.stackName }));
    expect(
      events
        .StackEvents!.filter((e) => e.LogicalResourceId === 'OnUploadCustomS31')
        .map((e) => e.ResourceStatus),
    ).toEqual(['CREATE_COMPLETE', 'CREATE_IN_PROGRESS']);
  });

  it('left the bucket notifying the function, with the permission S3 needs', async () => {
    const fn = result.functions.find((f) => f.logicalId === 'OnUploadLambdaFunction')!;
    const config = await c.s3.send(
      new GetBucketNotificationConfigurationCommand({ Bucket: 'stacks-custom-uploads' }),
    );
    expect(config.LambdaFunctionConfigurations).toEqual([
      {
        Id: expect.stringMatching(/^stacks-custom-dev-onUpload-[0-9a-f]{32}$/),
        LambdaFunctionArn: fn.arn,
        Events: ['s3:ObjectCreated:*'],
        Filter: { Key: { FilterRules: [{ Name: 'prefix', Value: 'incoming/' }] } },
      },
    ]);
    const policy = JSON.parse((await c.lambda.send(new GetPolicyCommand({ FunctionName: fn.name }))).Policy!);
    expect(policy.Statement).toContainEqual(
      expect.objectContaining({
        Principal: { Service: 's3.amazonaws.com' },
        Action: 'lambda:InvokeFunction',
      }),
    );
  });

  it('invokes the function when an object lands under the prefix', async () => {
    await c.s3.send(
      new PutObjectCommand({ Bucket: 'stacks-custom-uploads', Key: 'incoming/order.json', Body: '{}' }),
    );
    type S3Event = { Records?: { s3: { object: { key: string } } }[] };
    const record = await recordIn(physical('Uploads').split('/').pop()!, (e: S3Event) =>
      Boolean(e.Records?.[0]?.s3.object.key === 'incoming/order.json'),
    );
    expect(record.requestContext.condition).toBe('Success');
    expect(record.requestPayload).toMatchObject({
      Records: [
        {
          eventSource: 'aws:s3',
          eventName: 'ObjectCreated:Put',
          s3: { bucket: { name: 'stacks-custom-uploads' } },
        },
      ],
    });
  });
});

describe('an s3 event on a bucket the service makes', () => {
  it('invokes the function through the bucket’s NotificationConfiguration', async () => {
    await c.s3.send(
      new PutObjectCommand({ Bucket: 'stacks-custom-created', Key: 'any/thing.txt', Body: 'x' }),
    );
    type S3Event = { Records?: { s3: { bucket: { name: string }; object: { key: string } } }[] };
    const record = await recordIn(physical('Uploads').split('/').pop()!, (e: S3Event) =>
      Boolean(e.Records?.[0]?.s3.bucket.name === 'stacks-custom-created'),
    );
    expect(record.requestPayload).toMatchObject({
      Records: [{ eventName: 'ObjectCreated:Put', s3: { object: { key: 'any/thing.txt' } } }],
    });
  });
});

describe('schedule events', () => {
  it('fire the Scheduled Event, and the input given, on the scaled clock', async () => {
    const ticks = physical('Ticks').split('/').pop()!;
    type Scheduled = { source?: string; 'detail-type'?: string; resources?: string[]; from?: string };
    const scheduled = await recordIn(ticks, (e: Scheduled) => e.source === 'aws.events');
    expect(scheduled.requestPayload).toMatchObject({
      'detail-type': 'Scheduled Event',
      resources: [expect.stringMatching(/^arn:aws:events:us-east-1:000000000000:rule\/stacks-custom-dev-/)],
      detail: {},
    });
    const withInput = await recordIn(ticks, (e: Scheduled) => e.from === 'cron');
    expect(withInput.requestPayload).toEqual({ from: 'cron' });
  });
});

describe("the framework's EventBridge custom resource function", () => {
  it('creates the bus, rule and target it is asked for, and removes them on Delete', async () => {
    // The function as the framework packaged it, beside the service's own code.
    await c.s3.send(new CreateBucketCommand({ Bucket: 'stacks-custom-code' }));
    await c.s3.send(
      new PutObjectCommand({
        Bucket: 'stacks-custom-code',
        Key: 'custom-resources.zip',
        Body: readFileSync(join(SERVICE, '.serverless', 'custom-resources.zip')),
      }),
    );
    const templateBody = JSON.stringify({
      Resources: {
        Role: {
          Type: 'AWS::IAM::Role',
          Properties: {
            AssumeRolePolicyDocument: {
              Statement: [
                { Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' },
              ],
            },
          },
        },
        Provider: {
          Type: 'AWS::Lambda::Function',
          Properties: {
            Runtime: 'nodejs20.x',
            Handler: 'event-bridge/handler.handler',
            Timeout: 180,
            Role: { 'Fn::GetAtt': ['Role', 'Arn'] },
            Code: { S3Bucket: 'stacks-custom-code', S3Key: 'custom-resources.zip' },
          },
        },
        Target: {
          Type: 'AWS::Lambda::Function',
          Properties: {
            FunctionName: 'stacks-custom-orders',
            Runtime: 'nodejs20.x',
            Handler: 'index.handler',
            Role: { 'Fn::GetAtt': ['Role', 'Arn'] },
            Code: { ZipFile: 'exports.handler = async (e) => e;' },
          },
        },
        Orders: {
          Type: 'Custom::EventBridge',
          Properties: {
            ServiceToken: { 'Fn::GetAtt': ['Provider', 'Arn'] },
            FunctionName: { Ref: 'Target' },
            EventBridgeConfig: {
              RuleName: 'stacks-custom-orders-rule',
              EventBus: 'stacks-custom-orders-bus',
              Pattern: { source: ['shop'] },
            },
          },
        },
      },
    });
    const deployed = await deployTemplate({
      stackName: 'stacks-custom-eb',
      templateBody,
      endpoint: cloud.url,
    });
    expect(deployed.resources.find((r) => r.logicalId === 'Orders')!.physicalId).toBe(
      'CustomResourceEventBridge',
    );
    const bus = 'stacks-custom-orders-bus';
    expect((await eb.send(new DescribeEventBusCommand({ Name: bus }))).Name).toBe(bus);
    const rules = await eb.send(new ListRulesCommand({ EventBusName: bus }));
    expect(rules.Rules!.map((r) => [r.Name, r.EventPattern, r.State])).toEqual([
      ['stacks-custom-orders-rule', '{"source":["shop"]}', 'ENABLED'],
    ]);
    const targets = await eb.send(
      new ListTargetsByRuleCommand({ Rule: 'stacks-custom-orders-rule', EventBusName: bus }),
    );
    expect(targets.Targets).toEqual([
      {
        Id: 'stacks-custom-orders-rule-target',
        Arn: 'arn:aws:lambda:us-east-1:000000000000:function:stacks-custom-orders',
      },
    ]);

    await removeStack({ stackName: 'stacks-custom-eb', endpoint: cloud.url });
    await expect(eb.send(new DescribeEventBusCommand({ Name: bus }))).rejects.toMatchObject({
      name: 'ResourceNotFoundException',
    });
  });
});

describe('removing the service', () => {
  it("sends the custom resource Delete: the framework's function takes its configuration off the bucket", async () => {
    await expect(
      removeServerless({ serviceDir: SERVICE, stage: 'dev', endpoint: cloud.url, emptyBuckets: true }),
    ).resolves.toMatchObject({
      removed: true,
    });
    const config = await c.s3.send(
      new GetBucketNotificationConfigurationCommand({ Bucket: 'stacks-custom-uploads' }),
    );
    expect(config.LambdaFunctionConfigurations ?? []).toEqual([]);
  });
});

describe('provider.logs.restApi', () => {
  it("deploys: the framework's function makes the CloudWatch role and sets it on the account", async () => {
    const logs = await deployServerless({
      serviceDir: join(FIXTURES, 'rest-logs'),
      stage: 'dev',
      endpoint: cloud.url,
    });
    expect(logs.status).toBe('UPDATE_COMPLETE');
    expect(logs.resources.find((r) => r.type === 'Custom::ApiGatewayAccountRole')).toMatchObject({
      logicalId: 'CustomApiGatewayAccountCloudWatchRole',
      physicalId: 'CustomResourceApiGatewayAccountCloudWatchRole',
    });
    const account = await new APIGatewayClient(clientConfig(cloud.url)).send(new GetAccountCommand({}));
    expect(account.cloudwatchRoleArn).toBe(
      'arn:aws:iam::000000000000:role/serverlessApiGatewayCloudWatchRole',
    );
    const attached = await c.iam.send(
      new ListAttachedRolePoliciesCommand({ RoleName: 'serverlessApiGatewayCloudWatchRole' }),
    );
    expect(attached.AttachedPolicies?.map((p) => p.PolicyArn)).toEqual([
      'arn:aws:iam::aws:policy/service-role/AmazonAPIGatewayPushToCloudWatchLogs',
    ]);
  });
});
