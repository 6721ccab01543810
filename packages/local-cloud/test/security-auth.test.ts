// With --require-auth every request must carry a valid AWS Signature Version 4 made with a configured key:
// the SDK clients and both AWS CLIs with the right secret are served; a wrong secret, an unknown key, no
// signature, an old one or an expired presigned URL get AWS's error in each protocol.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CloudFormationClient, CreateStackCommand } from '@aws-sdk/client-cloudformation';
import {
  CreateEventSourceMappingCommand,
  CreateFunctionCommand,
  InvokeCommand,
  LambdaClient,
  ListFunctionsCommand,
} from '@aws-sdk/client-lambda';
import { CreateBucketCommand, GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { CreateTopicCommand, ListTopicsCommand, SNSClient } from '@aws-sdk/client-sns';
import {
  CreateQueueCommand,
  GetQueueAttributesCommand,
  GetQueueUrlCommand,
  ListQueuesCommand,
  SendMessageCommand,
  SQSClient,
} from '@aws-sdk/client-sqs';
import { waitForStack } from '@destinations-action/deploy';
import { afterAll, describe, expect, it, jest } from '@jest/globals';
import { SignatureV4 } from '@smithy/signature-v4';
import { strToU8, zipSync } from 'fflate';
import { Sha256 } from '../src/access/signature.js';
import { main } from '../src/cli.js';
import { AWS_CLIS, awsCli, awsCliText } from './fixtures/awsCli.js';
import { useCloud } from './fixtures/cloud.js';
import { fixtureZip, ROLE } from './fixtures/lambda/helpers.js';
import { eventually } from './stacks-helpers.js';

const KEY = { accessKeyId: 'AKIDLOCALCLOUD', secretAccessKey: 'right-secret' };
const cloud = useCloud({ requireAuth: true, authKeys: [KEY] });
const region = 'us-east-1';

const as = (credentials: { accessKeyId: string; secretAccessKey: string }) => ({
  endpoint: cloud.url,
  region,
  credentials,
  // No retry: the SDK retries a clock-skew error with a corrected clock.
  maxAttempts: 1,
});
const right = () => as(KEY);
const wrongSecret = () => as({ ...KEY, secretAccessKey: 'wrong-secret' });
const unknownKey = () => as({ accessKeyId: 'AKIDNOBODY', secretAccessKey: 'right-secret' });

const temp = mkdtempSync(path.join(tmpdir(), 'auth-test-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** The client's error, for matching: its name (the SDK's code), status and message. */
async function failure(p: Promise<unknown>) {
  const err = (await p.then(
    () => undefined,
    (e) => e,
  )) as { name?: string; message?: string; $metadata?: { httpStatusCode?: number } } | undefined;
  return { name: err?.name, status: err?.$metadata?.httpStatusCode, message: err?.message ?? '' };
}

describe('the SDK clients', () => {
  it('SQS (JSON): the right secret is served; a wrong one and an unknown key are refused', async () => {
    await expect(
      new SQSClient(right()).send(new CreateQueueCommand({ QueueName: 'signed' })),
    ).resolves.toMatchObject({
      QueueUrl: expect.stringContaining('/signed'),
    });
    const wrong = await failure(new SQSClient(wrongSecret()).send(new ListQueuesCommand({})));
    // SQS answers JSON in query-compatible mode: the SDK takes the query code from x-amzn-query-error.
    expect(wrong).toMatchObject({ name: 'SignatureDoesNotMatch', status: 403 });
    expect(wrong.message).toContain(
      'The request signature we calculated does not match the signature you provided',
    );
    expect(await failure(new SQSClient(unknownKey()).send(new ListQueuesCommand({})))).toMatchObject({
      name: 'InvalidClientTokenId',
      status: 403,
      message: 'The security token included in the request is invalid.',
    });
  });

  it('SNS (query)', async () => {
    await expect(
      new SNSClient(right()).send(new CreateTopicCommand({ Name: 'signed' })),
    ).resolves.toMatchObject({
      TopicArn: expect.stringContaining(':signed'),
    });
    expect(await failure(new SNSClient(wrongSecret()).send(new ListTopicsCommand({})))).toMatchObject({
      name: 'SignatureDoesNotMatch',
      status: 403,
    });
    expect(await failure(new SNSClient(unknownKey()).send(new ListTopicsCommand({})))).toMatchObject({
      name: 'InvalidClientTokenId',
      status: 403,
    });
  });

  it('Lambda (REST JSON)', async () => {
    await expect(new LambdaClient(right()).send(new ListFunctionsCommand({}))).resolves.toMatchObject({
      Functions: expect.any(Array),
    });
    const wrong = await failure(new LambdaClient(wrongSecret()).send(new ListFunctionsCommand({})));
    expect(wrong).toMatchObject({ name: 'InvalidSignatureException', status: 403 });
    // AWS shows the canonical request it computed, so a client's author can compare.
    expect(wrong.message).toContain('The Canonical String for this request should have been');
    expect(await failure(new LambdaClient(unknownKey()).send(new ListFunctionsCommand({})))).toMatchObject({
      name: 'UnrecognizedClientException',
      status: 403,
    });
  });

  it('S3 (REST XML), with a streamed, checksummed upload and a key that needs escaping', async () => {
    const s3 = new S3Client({ ...right(), forcePathStyle: true });
    await s3.send(new CreateBucketCommand({ Bucket: 'signed-bucket' }));
    const key = 'dir/a b+c=d&e~(1).txt';
    await s3.send(new PutObjectCommand({ Bucket: 'signed-bucket', Key: key, Body: 'signed body' }));
    const got = await s3.send(new GetObjectCommand({ Bucket: 'signed-bucket', Key: key }));
    expect(await got.Body?.transformToString()).toBe('signed body');
    s3.destroy();
    const wrong = new S3Client({ ...wrongSecret(), forcePathStyle: true });
    expect(
      await failure(wrong.send(new GetObjectCommand({ Bucket: 'signed-bucket', Key: key }))),
    ).toMatchObject({
      name: 'SignatureDoesNotMatch',
      status: 403,
      message:
        'The request signature we calculated does not match the signature you provided. Check your key and signing method.',
    });
    const unknown = new S3Client({ ...unknownKey(), forcePathStyle: true });
    expect(
      await failure(unknown.send(new GetObjectCommand({ Bucket: 'signed-bucket', Key: key }))),
    ).toMatchObject({
      name: 'InvalidAccessKeyId',
      status: 403,
    });
  });

  it('refuses a signature made 20 minutes ago: Signature expired, or RequestTimeTooSkewed for S3', async () => {
    const past = { systemClockOffset: -20 * 60 * 1000 };
    const lambda = await failure(
      new LambdaClient({ ...right(), ...past }).send(new ListFunctionsCommand({})),
    );
    expect(lambda).toMatchObject({ name: 'InvalidSignatureException', status: 403 });
    expect(lambda.message).toMatch(
      /^Signature expired: \d{8}T\d{6}Z is now earlier than \d{8}T\d{6}Z \(\d{8}T\d{6}Z - 15 min\.\)$/,
    );
    const s3 = new S3Client({ ...right(), ...past, forcePathStyle: true });
    expect(await failure(s3.send(new GetObjectCommand({ Bucket: 'signed-bucket', Key: 'x' })))).toMatchObject(
      {
        name: 'RequestTimeTooSkewed',
        status: 403,
      },
    );
  });
});

describe('unsigned requests', () => {
  const raw = (p: string, init: RequestInit) => fetch(`${cloud.url}${p}`, init);

  it('SQS JSON: 403 MissingAuthenticationTokenException, with the query code in x-amzn-query-error', async () => {
    const res = await raw('/', {
      method: 'POST',
      headers: { 'X-Amz-Target': 'AmazonSQS.ListQueues', 'Content-Type': 'application/x-amz-json-1.0' },
      body: '{}',
    });
    expect(res.status).toBe(403);
    expect(res.headers.get('x-amzn-query-error')).toBe('MissingAuthenticationToken;Sender');
    expect(await res.json()).toEqual({
      __type: 'com.amazonaws.sqs#MissingAuthenticationTokenException',
      message: 'Request is missing Authentication Token',
    });
  });

  it('SQS and SNS query: 403 MissingAuthenticationToken in XML', async () => {
    for (const body of ['Action=ListQueues&Version=2012-11-05', 'Action=ListTopics&Version=2010-03-31']) {
      const res = await raw('/', {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body,
      });
      expect(res.status).toBe(403);
      expect(await res.text()).toMatch(
        /<Error><Type>Sender<\/Type><Code>MissingAuthenticationToken<\/Code><Message>Request is missing Authentication Token<\/Message>/,
      );
    }
  });

  it('Lambda: 403 with x-amzn-ErrorType; S3: AccessDenied, as for an anonymous caller', async () => {
    const lambda = await raw('/2015-03-31/functions/', { method: 'GET' });
    expect(lambda.status).toBe(403);
    expect(lambda.headers.get('x-amzn-errortype')).toBe('MissingAuthenticationTokenException');
    const s3 = await raw('/signed-bucket/dir/x', { method: 'GET' });
    expect(s3.status).toBe(403);
    expect(await s3.text()).toMatch(/<Error><Code>AccessDenied<\/Code><Message>Access Denied<\/Message>/);
  });

  it('a forged signature (the right key id, a made-up signature) is refused too', async () => {
    const res = await raw('/2015-03-31/functions/', {
      method: 'GET',
      headers: {
        Authorization: `AWS4-HMAC-SHA256 Credential=${KEY.accessKeyId}/${new Date().toISOString().slice(0, 10).replaceAll('-', '')}/us-east-1/lambda/aws4_request, SignedHeaders=host;x-amz-date, Signature=${'0'.repeat(64)}`,
        'X-Amz-Date': new Date()
          .toISOString()
          .replace(/[-:]/g, '')
          .replace(/\.\d{3}/, ''),
      },
    });
    expect(res.status).toBe(403);
    expect(res.headers.get('x-amzn-errortype')).toBe('InvalidSignatureException');
  });
});

describe('presigned S3 URLs', () => {
  const presigner = new SignatureV4({
    service: 's3',
    region,
    credentials: KEY,
    sha256: Sha256,
    uriEscapePath: false,
  });
  const url = new URL('http://placeholder');

  async function presigned(signingDate: Date, expiresIn: number): Promise<string> {
    const u = new URL(cloud.url);
    const signed = await presigner.presign(
      {
        method: 'GET',
        protocol: 'http:',
        hostname: u.hostname,
        port: Number(u.port),
        path: '/signed-bucket/dir/a%20b%2Bc%3Dd%26e~%281%29.txt',
        query: {},
        headers: { host: u.host, 'x-amz-content-sha256': 'UNSIGNED-PAYLOAD' },
      },
      {
        signingDate,
        expiresIn,
        unhoistableHeaders: new Set(['x-amz-content-sha256']),
        unsignableHeaders: new Set(['x-amz-content-sha256']),
      },
    );
    url.href = `${cloud.url}${signed.path}`;
    for (const [k, v] of Object.entries(signed.query ?? {})) url.searchParams.set(k, String(v));
    return url.href;
  }

  it('serves a valid one and refuses it tampered or expired', async () => {
    const good = await presigned(new Date(), 300);
    const ok = await fetch(good);
    expect({ status: ok.status, body: await ok.text() }).toEqual({ status: 200, body: 'signed body' });
    const tampered = await fetch(good.replace(/X-Amz-Signature=[0-9a-f]/, 'X-Amz-Signature=z'));
    expect(tampered.status).toBe(403);
    expect(await tampered.text()).toContain('<Code>SignatureDoesNotMatch</Code>');
    const old = await fetch(await presigned(new Date(Date.now() - 3600_000), 60));
    expect(old.status).toBe(403);
    expect(await old.text()).toMatch(
      /<Code>AccessDenied<\/Code><Message>Request has expired<\/Message><X-Amz-Expires>60<\/X-Amz-Expires>/,
    );
  });
});

describe('the cloud’s own calls are signed with its key', () => {
  it('a handler’s SDK call through AWS_ENDPOINT_URL is served', async () => {
    const lambda = new LambdaClient(right());
    await lambda.send(
      new CreateFunctionCommand({
        FunctionName: 'signed-caller',
        Role: ROLE,
        Runtime: 'nodejs20.x',
        Handler: 'index.handler',
        Code: { ZipFile: fixtureZip('node') },
      }),
    );
    const out = await lambda.send(
      new InvokeCommand({ FunctionName: 'signed-caller', Payload: Buffer.from('{"mode":"sdk"}') }),
    );
    const body = JSON.parse(Buffer.from(out.Payload ?? []).toString());
    expect({ error: out.FunctionError, body }).toEqual({
      error: undefined,
      body: { queues: expect.arrayContaining([expect.stringContaining('/signed')]) },
    });
  });

  it('an event source mapping’s poller reads and deletes its queue’s messages', async () => {
    const sqs = new SQSClient(right());
    const lambda = new LambdaClient(right());
    const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: 'signed-esm' }));
    const { Attributes } = await sqs.send(
      new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['QueueArn'] }),
    );
    await lambda.send(
      new CreateFunctionCommand({
        FunctionName: 'signed-esm-fn',
        Role: ROLE,
        Runtime: 'nodejs20.x',
        Handler: 'index.handler',
        Code: { ZipFile: zipSync({ 'index.mjs': strToU8('export const handler = async () => ({});') }) },
      }),
    );
    await lambda.send(
      new CreateEventSourceMappingCommand({
        FunctionName: 'signed-esm-fn',
        EventSourceArn: Attributes!.QueueArn,
        BatchSize: 1,
      }),
    );
    await sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: 'taken' }));
    // A poller signing with a key the cloud refuses never receives: the message would stay.
    const left = await eventually(async () => {
      const a = await sqs.send(
        new GetQueueAttributesCommand({
          QueueUrl,
          AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible'],
        }),
      );
      const n =
        Number(a.Attributes?.ApproximateNumberOfMessages) +
        Number(a.Attributes?.ApproximateNumberOfMessagesNotVisible);
      return n === 0 ? n : undefined;
    });
    expect(left).toBe(0);
  });

  it('a stack’s resources are created through the cloud’s own signed clients', async () => {
    const cfn = new CloudFormationClient(right());
    const { StackId } = await cfn.send(
      new CreateStackCommand({
        StackName: 'signed-stack',
        TemplateBody: JSON.stringify({
          Resources: {
            Q: { Type: 'AWS::SQS::Queue', Properties: { QueueName: 'from-signed-stack' } },
            T: { Type: 'AWS::SNS::Topic' },
            S: {
              Type: 'AWS::SNS::Subscription',
              Properties: {
                TopicArn: { Ref: 'T' },
                Protocol: 'sqs',
                Endpoint: { 'Fn::GetAtt': ['Q', 'Arn'] },
              },
            },
          },
        }),
      }),
    );
    const stack = await waitForStack(cfn, StackId ?? '', 60_000);
    expect(stack.StackStatus).toBe('CREATE_COMPLETE');
    await expect(
      new SQSClient(right()).send(new GetQueueUrlCommand({ QueueName: 'from-signed-stack' })),
    ).resolves.toMatchObject({
      QueueUrl: expect.any(String),
    });
  });
});

describe('local-cloud deploy', () => {
  /** Runs the CLI with these AWS_* variables, its console captured. */
  async function deployWith(env: Record<string, string | undefined>, stack: string) {
    const file = path.join(temp, `${stack}.yml`);
    writeFileSync(file, 'Resources:\n  Q:\n    Type: AWS::SQS::Queue\n');
    const saved = { ...process.env };
    Object.assign(process.env, env);
    for (const [k, v] of Object.entries(env)) if (v === undefined) delete process.env[k];
    const lines: string[] = [];
    const spies = (['log', 'warn', 'error'] as const).map((m) =>
      jest.spyOn(console, m).mockImplementation((...a) => void lines.push(a.join(' '))),
    );
    try {
      const code = await main(['deploy', '--template', file, '--stack-name', stack, '--endpoint', cloud.url]);
      return { code, out: lines.join('\n') };
    } finally {
      for (const s of spies) s.mockRestore();
      process.env = saved;
    }
  }

  it('signs with the key in the environment, and without one with test:test, which this cloud refuses', async () => {
    const signed = await deployWith(
      {
        AWS_ACCESS_KEY_ID: KEY.accessKeyId,
        AWS_SECRET_ACCESS_KEY: KEY.secretAccessKey,
        AWS_SESSION_TOKEN: undefined,
      },
      'env-signed',
    );
    expect(signed).toMatchObject({ code: 0, out: expect.stringContaining('env-signed: CREATE_COMPLETE') });
    const dummy = await deployWith(
      { AWS_ACCESS_KEY_ID: undefined, AWS_SECRET_ACCESS_KEY: undefined, AWS_PROFILE: undefined },
      'dummy-signed',
    );
    expect(dummy.code).not.toBe(0);
    expect(dummy.out).toContain('The security token included in the request is invalid.');
  });
});

describe.each(AWS_CLIS)('$label', ({ bin, version }) => {
  const run = version ? it : it.skip;
  const env = (secret: string) => ({ AWS_ACCESS_KEY_ID: KEY.accessKeyId, AWS_SECRET_ACCESS_KEY: secret });

  run('is served with the right secret: SQS, SNS, Lambda, S3 (an upload and a presigned URL)', async () => {
    const cli = (args: string[]) => awsCli(bin, cloud.url, args, env(KEY.secretAccessKey));
    expect(await cli(['sqs', 'get-queue-url', '--queue-name', 'signed'])).toMatchObject({
      QueueUrl: expect.stringContaining('/signed'),
    });
    expect(await cli(['sns', 'list-topics'])).toMatchObject({ Topics: expect.any(Array) });
    expect(await cli(['lambda', 'list-functions'])).toMatchObject({ Functions: expect.any(Array) });
    const file = path.join(temp, 'upload.txt');
    writeFileSync(file, 'from the cli');
    const key = `cli/${path.basename(bin)}-${(version ?? '').slice(8, 9)} x+y.txt`;
    await awsCliText(
      bin,
      cloud.url,
      ['s3', 'cp', file, `s3://signed-bucket/${key}`],
      env(KEY.secretAccessKey),
    );
    // CLI v1 presigns with Signature Version 2 unless told s3v4, which this cloud does not check.
    const config = path.join(temp, 'config');
    writeFileSync(config, '[default]\ns3 =\n    signature_version = s3v4\n');
    const url = (
      await awsCliText(bin, cloud.url, ['s3', 'presign', `s3://signed-bucket/${key}`], {
        ...env(KEY.secretAccessKey),
        AWS_CONFIG_FILE: config,
      })
    ).trim();
    const res = await fetch(url);
    expect({ status: res.status, body: await res.text() }).toEqual({ status: 200, body: 'from the cli' });
  });

  run('is refused with a wrong secret, in each protocol’s words', async () => {
    const cli = (args: string[]) => awsCli(bin, cloud.url, args, env('wrong-secret'));
    await expect(cli(['sqs', 'list-queues'])).rejects.toThrow(/SignatureDoesNotMatch/);
    await expect(cli(['sns', 'list-topics'])).rejects.toThrow(/SignatureDoesNotMatch/);
    await expect(cli(['lambda', 'list-functions'])).rejects.toThrow(/InvalidSignatureException/);
    await expect(cli(['s3api', 'list-buckets'])).rejects.toThrow(/SignatureDoesNotMatch/);
  });
});

describe('without --require-auth', () => {
  const open = useCloud();

  it('serves unsigned requests, as before', async () => {
    const res = await fetch(`${open.url}/2015-03-31/functions/`);
    expect(res.status).toBe(200);
  });
});
