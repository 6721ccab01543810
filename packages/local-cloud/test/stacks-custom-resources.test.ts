// Custom resources on the real request/response protocol: the engine invokes the ServiceToken's function
// (or publishes to its topic) with CloudFormation's request, the provider PUTs its answer to the presigned
// S3 URL of the local cloud, and the stack follows the answer: Ref and GetAtt from it, FAILED fails the
// resource and rolls back (deleting what the answer named), no answer times out.
import {
  CreateStackCommand,
  DeleteStackCommand,
  DescribeStacksCommand,
  UpdateStackCommand,
} from '@aws-sdk/client-cloudformation';
import { CreateBucketCommand, ListBucketsCommand } from '@aws-sdk/client-s3';
import { CreateQueueCommand, DeleteMessageCommand, ReceiveMessageCommand } from '@aws-sdk/client-sqs';
import { describe, expect, it } from '@jest/globals';
import { LocalCloud } from '../src/index.js';
import { waitMs } from '../src/stacks/customResponses.js';
import { eventLines, eventually, settle, useStackCloud } from './stacks-helpers.js';

const { cloud, c } = useStackCloud();

/**
 * The provider: logs every request it gets to the queue its properties name, then answers as they say:
 * `Mode` fail (FAILED to Create and Update) or silent (no answer), `FailDelete` (FAILED to Delete); `Put`
 * https-443 sends the answer as AWS's cfn-response module does (https, port 443, whatever the URL says),
 * else fetch PUTs it to the URL as given.
 */
const PROVIDER = `
const https = require('https');
const { SQSClient, SendMessageCommand } = require('@aws-sdk/client-sqs');
const sqs = new SQSClient({});
exports.handler = async (event) => {
  const req = event.Records ? JSON.parse(event.Records[0].Sns.Message) : event;
  const p = req.ResourceProperties;
  await sqs.send(new SendMessageCommand({ QueueUrl: p.Log, MessageBody: JSON.stringify(req) }));
  if (p.Mode === 'silent') return;
  const failed = req.RequestType === 'Delete' ? p.FailDelete === 'true' : p.Mode === 'fail';
  const body = JSON.stringify({
    Status: failed ? 'FAILED' : 'SUCCESS',
    Reason: failed ? 'the provider said no' : undefined,
    PhysicalResourceId: req.RequestType === 'Delete' ? req.PhysicalResourceId : p.Id || req.PhysicalResourceId || req.LogicalResourceId + '-physical',
    StackId: req.StackId,
    RequestId: req.RequestId,
    LogicalResourceId: req.LogicalResourceId,
    Data: { Echo: p.Echo, CountType: typeof p.Count },
  });
  if (p.Put === 'https-443') {
    const u = new URL(req.ResponseURL);
    await new Promise((resolve, reject) => {
      const r = https.request(
        { hostname: u.hostname, port: 443, path: u.pathname + u.search, method: 'PUT',
          headers: { 'content-type': '', 'content-length': Buffer.byteLength(body) } },
        (res) => { res.resume(); res.on('end', resolve); });
      r.on('error', reject);
      r.end(body);
    });
  } else {
    const res = await fetch(req.ResponseURL, { method: 'PUT', body });
    if (res.status !== 200) throw new Error('the answer was refused: ' + res.status);
  }
};
`;

interface Options {
  mode?: 'fail' | 'silent';
  put?: 'https-443';
  id?: string;
  echo?: string;
  failDelete?: boolean;
  serviceTimeout?: number;
  type?: string;
  /** The custom resource's ServiceToken: the provider function (default) or its topic. */
  via?: 'function' | 'topic';
  extraOutputs?: Record<string, unknown>;
}

function template(log: string, o: Options = {}): string {
  const props: Record<string, unknown> = {
    ServiceToken: o.via === 'topic' ? { Ref: 'Topic' } : { 'Fn::GetAtt': ['Provider', 'Arn'] },
    Log: log,
    Echo: o.echo ?? 'hello',
    Count: 3,
    Enabled: true,
    Nested: { List: [1, false, 'x'] },
  };
  if (o.mode) props.Mode = o.mode;
  if (o.put) props.Put = o.put;
  if (o.id) props.Id = o.id;
  if (o.failDelete) props.FailDelete = true;
  if (o.serviceTimeout) props.ServiceTimeout = o.serviceTimeout;
  const resources: Record<string, unknown> = {
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
        Handler: 'index.handler',
        Role: { 'Fn::GetAtt': ['Role', 'Arn'] },
        Code: { ZipFile: PROVIDER },
      },
    },
    Thing: { Type: o.type ?? 'Custom::Thing', Properties: props },
  };
  if (o.via === 'topic') {
    resources.Topic = { Type: 'AWS::SNS::Topic' };
    resources.Subscription = {
      Type: 'AWS::SNS::Subscription',
      Properties: {
        TopicArn: { Ref: 'Topic' },
        Protocol: 'lambda',
        Endpoint: { 'Fn::GetAtt': ['Provider', 'Arn'] },
      },
    };
    (resources.Thing as { DependsOn?: string }).DependsOn = 'Subscription';
  }
  return JSON.stringify({
    Resources: resources,
    Outputs: {
      Ref: { Value: { Ref: 'Thing' } },
      Echo: { Value: { 'Fn::GetAtt': ['Thing', 'Echo'] } },
      CountType: { Value: { 'Fn::GetAtt': ['Thing', 'CountType'] } },
      ...o.extraOutputs,
    },
  });
}

let queues = 0;
/** A queue the provider logs its requests to, outside the stack (so it outlives a stack's deletion). */
async function logQueue(): Promise<string> {
  queues += 1;
  return (await c.sqs.send(new CreateQueueCommand({ QueueName: `cr-log-${queues}` }))).QueueUrl!;
}

interface Request {
  RequestType: string;
  ServiceToken: string;
  ResponseURL: string;
  StackId: string;
  RequestId: string;
  LogicalResourceId: string;
  PhysicalResourceId?: string;
  ResourceType: string;
  ResourceProperties: Record<string, unknown>;
  OldResourceProperties?: Record<string, unknown>;
}

/** The requests the provider logged, oldest first, once there are `n`. */
async function requests(queue: string, n: number, seen: Request[] = []): Promise<Request[]> {
  return eventually(async () => {
    const out = await c.sqs.send(
      new ReceiveMessageCommand({ QueueUrl: queue, MaxNumberOfMessages: 10, WaitTimeSeconds: 1 }),
    );
    for (const m of out.Messages ?? []) {
      seen.push(JSON.parse(m.Body!));
      await c.sqs.send(new DeleteMessageCommand({ QueueUrl: queue, ReceiptHandle: m.ReceiptHandle }));
    }
    return seen.length >= n ? seen : undefined;
  });
}

const create = (name: string, body: string) =>
  c.cfn.send(
    new CreateStackCommand({ StackName: name, TemplateBody: body, Capabilities: ['CAPABILITY_IAM'] }),
  );

const outputs = async (name: string) =>
  Object.fromEntries(
    ((await c.cfn.send(new DescribeStacksCommand({ StackName: name }))).Stacks![0].Outputs ?? []).map((o) => [
      o.OutputKey,
      o.OutputValue,
    ]),
  );

describe('a custom resource backed by a Lambda function', () => {
  it("sends CloudFormation's Create request and takes Ref and GetAtt from the answer", async () => {
    const log = await logQueue();
    const { StackId } = await create('cr-basic', template(log));
    expect((await settle(c.cfn, StackId!)).StackStatus).toBe('CREATE_COMPLETE');
    const [req] = await requests(log, 1);
    expect(Object.keys(req)).toEqual([
      'RequestType',
      'ServiceToken',
      'ResponseURL',
      'StackId',
      'RequestId',
      'LogicalResourceId',
      'ResourceType',
      'ResourceProperties',
    ]);
    expect(req).toMatchObject({
      RequestType: 'Create',
      StackId,
      LogicalResourceId: 'Thing',
      ResourceType: 'Custom::Thing',
    });
    expect(req.ServiceToken).toMatch(
      /^arn:aws:lambda:us-east-1:000000000000:function:cr-basic-Provider-\w+$/,
    );
    expect(req.RequestId).toMatch(/^[0-9a-f-]{36}$/);
    // Numbers and booleans reach the provider as strings, as CloudFormation sends them.
    expect(req.ResourceProperties).toEqual({
      ServiceToken: req.ServiceToken,
      Log: log,
      Echo: 'hello',
      Count: '3',
      Enabled: 'true',
      Nested: { List: ['1', 'false', 'x'] },
    });
    const url = new URL(req.ResponseURL);
    expect(url.origin).toBe(cloud.url);
    expect(decodeURIComponent(url.pathname)).toBe(
      `/cloudformation-custom-resource-response-useast1/${StackId}|Thing|${req.RequestId}`,
    );
    expect(url.searchParams.get('X-Amz-Credential')).toMatch(/^test\/\d{8}\/us-east-1\/s3\/aws4_request$/);
    expect(url.searchParams.get('X-Amz-Expires')).toBe('7200');
    expect(await outputs('cr-basic')).toEqual({ Ref: 'Thing-physical', Echo: 'hello', CountType: 'string' });
  });

  it('keeps the answers with CloudFormation: the response bucket is not the account’s', async () => {
    const buckets = (await c.s3.send(new ListBucketsCommand({}))).Buckets ?? [];
    expect(buckets.map((b) => b.Name)).not.toContain('cloudformation-custom-resource-response-useast1');
    await expect(
      c.s3.send(new CreateBucketCommand({ Bucket: 'cloudformation-custom-resource-response-useast1' })),
    ).rejects.toMatchObject({ name: 'BucketAlreadyExists', $metadata: { httpStatusCode: 409 } });
  });

  it('takes an answer sent as cfn-response sends it (https, port 443)', async () => {
    const log = await logQueue();
    const { StackId } = await create('cr-https', template(log, { put: 'https-443', echo: 'over https' }));
    expect((await settle(c.cfn, StackId!)).StackStatus).toBe('CREATE_COMPLETE');
    expect((await outputs('cr-https')).Echo).toBe('over https');
  });

  it('sends Update with the old properties, and Delete to the old physical id when the answer names a new one', async () => {
    const log = await logQueue();
    const { StackId } = await create('cr-update', template(log, { id: 'first' }));
    await settle(c.cfn, StackId!);
    const seen = await requests(log, 1);
    await c.cfn.send(
      new UpdateStackCommand({
        StackName: 'cr-update',
        TemplateBody: template(log, { id: 'second', echo: 'changed' }),
        Capabilities: ['CAPABILITY_IAM'],
      }),
    );
    expect((await settle(c.cfn, StackId!)).StackStatus).toBe('UPDATE_COMPLETE');
    const [, update, deleted] = await requests(log, 3, seen);
    expect(update).toMatchObject({
      RequestType: 'Update',
      PhysicalResourceId: 'first',
      ResourceProperties: { Echo: 'changed', Id: 'second' },
      OldResourceProperties: { Echo: 'hello', Id: 'first' },
    });
    expect(Object.keys(update)).toEqual([
      'RequestType',
      'ServiceToken',
      'ResponseURL',
      'StackId',
      'RequestId',
      'LogicalResourceId',
      'PhysicalResourceId',
      'ResourceType',
      'ResourceProperties',
      'OldResourceProperties',
    ]);
    expect(deleted).toMatchObject({
      RequestType: 'Delete',
      PhysicalResourceId: 'first',
      ResourceProperties: { Id: 'first', Echo: 'hello' },
    });
    expect(await outputs('cr-update')).toMatchObject({ Ref: 'second', Echo: 'changed' });
  });

  it('sends Delete when the stack is deleted', async () => {
    const log = await logQueue();
    const { StackId } = await create(
      'cr-delete',
      template(log, { type: 'AWS::CloudFormation::CustomResource' }),
    );
    await settle(c.cfn, StackId!);
    const seen = await requests(log, 1);
    await c.cfn.send(new DeleteStackCommand({ StackName: StackId }));
    expect((await settle(c.cfn, StackId!)).StackStatus).toBe('DELETE_COMPLETE');
    const [created, deleted] = await requests(log, 2, seen);
    expect(created.ResourceType).toBe('AWS::CloudFormation::CustomResource');
    expect(deleted).toMatchObject({ RequestType: 'Delete', PhysicalResourceId: 'Thing-physical' });
  });

  it('fails the resource with the Reason of a FAILED answer, and deletes what the answer named on rollback', async () => {
    const log = await logQueue();
    const { StackId } = await create('cr-failed', template(log, { mode: 'fail', id: 'half-made' }));
    expect((await settle(c.cfn, StackId!)).StackStatus).toBe('ROLLBACK_COMPLETE');
    const [created, deleted] = await requests(log, 2);
    const lines = await eventLines(c.cfn, 'cr-failed');
    expect(lines).toContain(
      `Thing CREATE_FAILED Received response status [FAILED] from custom resource. Message returned: the provider said no (RequestId: ${created.RequestId})`,
    );
    const rollback = lines.findIndex((l) => l.startsWith('cr-failed ROLLBACK_IN_PROGRESS'));
    expect(rollback).toBeGreaterThan(0);
    expect(lines.indexOf('Thing DELETE_COMPLETE')).toBeGreaterThan(rollback);
    expect(deleted).toMatchObject({ RequestType: 'Delete', PhysicalResourceId: 'half-made' });
  });

  it('rolls a failed update back with an Update to the old properties', async () => {
    const log = await logQueue();
    const { StackId } = await create('cr-update-fails', template(log));
    await settle(c.cfn, StackId!);
    const seen = await requests(log, 1);
    await c.cfn.send(
      new UpdateStackCommand({
        StackName: 'cr-update-fails',
        TemplateBody: template(log, { mode: 'fail', echo: 'never' }),
        Capabilities: ['CAPABILITY_IAM'],
      }),
    );
    expect((await settle(c.cfn, StackId!)).StackStatus).toBe('UPDATE_ROLLBACK_COMPLETE');
    const [, update, back] = await requests(log, 3, seen);
    expect(update).toMatchObject({ RequestType: 'Update', ResourceProperties: { Mode: 'fail' } });
    expect(back).toMatchObject({
      RequestType: 'Update',
      PhysicalResourceId: 'Thing-physical',
      ResourceProperties: { Echo: 'hello' },
      OldResourceProperties: { Echo: 'never', Mode: 'fail' },
    });
    expect(back.ResourceProperties.Mode).toBeUndefined();
  });

  it('fails a delete the provider answers FAILED', async () => {
    const log = await logQueue();
    const { StackId } = await create('cr-delete-fails', template(log, { failDelete: true }));
    await settle(c.cfn, StackId!);
    await c.cfn.send(new DeleteStackCommand({ StackName: StackId }));
    expect((await settle(c.cfn, StackId!)).StackStatus).toBe('DELETE_FAILED');
    const [, deleted] = await requests(log, 2);
    expect(await eventLines(c.cfn, StackId!)).toContain(
      `Thing DELETE_FAILED Received response status [FAILED] from custom resource. Message returned: the provider said no (RequestId: ${deleted.RequestId})`,
    );
  });

  it('times out as CloudFormation does when no answer comes (ServiceTimeout)', async () => {
    const log = await logQueue();
    const { StackId } = await create('cr-silent', template(log, { mode: 'silent', serviceTimeout: 1 }));
    expect((await settle(c.cfn, StackId!)).StackStatus).toBe('ROLLBACK_COMPLETE');
    const [req] = await requests(log, 1);
    expect(req.ResourceProperties.ServiceTimeout).toBe('1');
    expect(await eventLines(c.cfn, 'cr-silent')).toContain(
      `Thing CREATE_FAILED CloudFormation did not receive a response from your Custom Resource. Please check your logs for requestId [${req.RequestId}]. If you are using the Python cfn-response module, you may need to update your Lambda function code so that CloudFormation can attach the updated version.`,
    );
  });

  it("fails a GetAtt of a key the answer's Data lacks with CloudFormation's words", async () => {
    const log = await logQueue();
    const { StackId } = await create(
      'cr-no-key',
      template(log, { extraOutputs: { Missing: { Value: { 'Fn::GetAtt': ['Thing', 'Nope'] } } } }),
    );
    expect((await settle(c.cfn, StackId!)).StackStatus).toBe('ROLLBACK_COMPLETE');
    const [req] = await requests(log, 1);
    expect(await eventLines(c.cfn, 'cr-no-key')).toContain(
      `cr-no-key ROLLBACK_IN_PROGRESS CustomResource attribute error: Vendor response doesn't contain Nope key in object ${StackId}|Thing|${req.RequestId} in S3 bucket cloudformation-custom-resource-storage-useast1`,
    );
  });

  it('refuses to change the ServiceToken', async () => {
    const log = await logQueue();
    const { StackId } = await create('cr-token', template(log));
    await settle(c.cfn, StackId!);
    const body = JSON.parse(template(log));
    body.Resources.Other = body.Resources.Provider;
    body.Resources.Thing.Properties.ServiceToken = { 'Fn::GetAtt': ['Other', 'Arn'] };
    await c.cfn.send(
      new UpdateStackCommand({
        StackName: 'cr-token',
        TemplateBody: JSON.stringify(body),
        Capabilities: ['CAPABILITY_IAM'],
      }),
    );
    expect((await settle(c.cfn, StackId!)).StackStatus).toBe('UPDATE_ROLLBACK_COMPLETE');
    expect(await eventLines(c.cfn, 'cr-token')).toContain(
      'Thing UPDATE_FAILED Modifying service token is not allowed.',
    );
  });

  it('refuses a ServiceToken that is neither a function nor a topic of the region', async () => {
    const { StackId } = await create(
      'cr-bad-token',
      JSON.stringify({
        Resources: {
          Thing: {
            Type: 'Custom::Thing',
            Properties: { ServiceToken: 'arn:aws:sqs:us-east-1:000000000000:q' },
          },
        },
      }),
    );
    await settle(c.cfn, StackId!);
    expect(await eventLines(c.cfn, 'cr-bad-token')).toContain(
      "Thing CREATE_FAILED Invalid service token arn:aws:sqs:us-east-1:000000000000:q: a custom resource's ServiceToken is the ARN of a Lambda function or an SNS topic in the stack's region (us-east-1)",
    );
  });
});

describe('a custom resource backed by an SNS topic', () => {
  it('publishes the request to the topic; a subscribed function answers it', async () => {
    const log = await logQueue();
    const { StackId } = await create('cr-topic', template(log, { via: 'topic', echo: 'through sns' }));
    expect((await settle(c.cfn, StackId!)).StackStatus).toBe('CREATE_COMPLETE');
    const [req] = await requests(log, 1);
    expect(req.ServiceToken).toMatch(/^arn:aws:sns:us-east-1:000000000000:cr-topic-Topic-/);
    expect(await outputs('cr-topic')).toMatchObject({ Ref: 'Thing-physical', Echo: 'through sns' });
  });
});

describe('the wait for an answer', () => {
  it("is CloudFormation's ServiceTimeout times the time scale, never under a minute or the ServiceTimeout", () => {
    const at = (timeScale: number) => new LocalCloud({ timeScale });
    expect(waitMs(at(1), 3600)).toBe(3_600_000);
    expect(waitMs(at(0.001), 3600)).toBe(60_000);
    expect(waitMs(at(0.1), 3600)).toBe(360_000);
    expect(waitMs(at(0.001), 5)).toBe(5_000);
    expect(waitMs(at(0), 1)).toBe(1_000);
  });
});
