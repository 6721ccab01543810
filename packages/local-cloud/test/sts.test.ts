import {
  AssumeRoleCommand,
  GetCallerIdentityCommand,
  GetFederationTokenCommand,
  GetSessionTokenCommand,
  STSClient,
} from '@aws-sdk/client-sts';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type RunningCloud, startLocalCloud } from '../src/index.js';

let cloud: RunningCloud;
let sts: STSClient;
beforeAll(async () => {
  cloud = await startLocalCloud({ port: 0, logLevel: 'quiet' });
  sts = new STSClient({
    endpoint: cloud.url,
    region: 'us-east-1',
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
  });
});
afterAll(async () => {
  sts.destroy();
  await cloud.stop();
});

describe('STS', () => {
  it('names the local account and its root as the caller', async () => {
    const out = await sts.send(new GetCallerIdentityCommand({}));
    expect(out).toMatchObject({
      Account: '000000000000',
      Arn: 'arn:aws:iam::000000000000:root',
      UserId: '000000000000',
    });
  });

  it('hands out temporary credentials for AssumeRole, with the session in the assumed-role ARN', async () => {
    const out = await sts.send(
      new AssumeRoleCommand({
        RoleArn: 'arn:aws:iam::000000000000:role/deployer',
        RoleSessionName: 'ci-run',
      }),
    );
    expect(out.Credentials?.AccessKeyId).toMatch(/^ASIA/);
    expect(out.Credentials?.Expiration?.getTime()).toBeGreaterThan(Date.now());
    expect(out.AssumedRoleUser?.Arn).toBe('arn:aws:sts::000000000000:assumed-role/deployer/ci-run');
    expect(out.AssumedRoleUser?.AssumedRoleId).toMatch(/^AROA[0-9A-F]+:ci-run$/);
  });

  it('refuses an AssumeRole whose role ARN is malformed, as a ValidationError', async () => {
    await expect(
      sts.send(new AssumeRoleCommand({ RoleArn: 'not-an-arn', RoleSessionName: 'ci-run' })),
    ).rejects.toMatchObject({ name: 'ValidationError', $metadata: { httpStatusCode: 400 } });
  });

  it('answers GetSessionToken with credentials', async () => {
    const out = await sts.send(new GetSessionTokenCommand({ DurationSeconds: 900 }));
    expect(out.Credentials?.SessionToken).toBeTruthy();
  });

  it('also speaks awsJson 1.0 for clients that use it', async () => {
    const res = await fetch(cloud.url, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-amz-json-1.0',
        'X-Amz-Target': 'AWSSecurityTokenServiceV20110615.GetCallerIdentity',
        Authorization:
          'AWS4-HMAC-SHA256 Credential=test/20260101/us-east-1/sts/aws4_request, SignedHeaders=host, Signature=x',
      },
      body: '{}',
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      UserId: '000000000000',
      Account: '000000000000',
      Arn: 'arn:aws:iam::000000000000:root',
    });
  });

  it('answers AssumeRole on awsJson 1.0 from the same implementation, Expiration in epoch seconds', async () => {
    const res = await fetch(cloud.url, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-amz-json-1.0',
        'X-Amz-Target': 'AWSSecurityTokenServiceV20110615.AssumeRole',
      },
      body: JSON.stringify({ RoleArn: 'arn:aws:iam::000000000000:role/deployer', RoleSessionName: 'json' }),
    });
    expect(res.status).toBe(200);
    const out = (await res.json()) as {
      Credentials: { AccessKeyId: string; Expiration: number };
      AssumedRoleUser: { Arn: string };
    };
    expect(out.Credentials.AccessKeyId).toMatch(/^ASIA/);
    expect(typeof out.Credentials.Expiration).toBe('number');
    expect(out.Credentials.Expiration * 1000).toBeGreaterThan(Date.now());
    expect(out.AssumedRoleUser.Arn).toBe('arn:aws:sts::000000000000:assumed-role/deployer/json');
  });

  it('answers an operation STS has but the local cloud does not serve with 501 NotImplemented', async () => {
    await expect(sts.send(new GetFederationTokenCommand({ Name: 'someone' }))).rejects.toMatchObject({
      name: 'NotImplemented',
      $metadata: { httpStatusCode: 501 },
    });
  });

  it('refuses a DurationSeconds that is not a number, naming the member', async () => {
    const res = await fetch(cloud.url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'Action=GetSessionToken&Version=2011-06-15&DurationSeconds=abc',
    });
    expect(res.status).toBe(400);
    const text = await res.text();
    expect(text).toContain('<Code>ValidationError</Code>');
    expect(text).toContain('DurationSeconds');
  });

  it('serves an unsigned form request, routed by its Action, in STS XML', async () => {
    const res = await fetch(cloud.url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'Action=GetCallerIdentity&Version=2011-06-15',
    });
    const text = await res.text();
    expect(res.status).toBe(200);
    expect(text).toContain('xmlns="https://sts.amazonaws.com/doc/2011-06-15/"');
    expect(text).toContain('<Account>000000000000</Account>');
    expect(text).toContain(
      '<GetCallerIdentityResult><Arn>arn:aws:iam::000000000000:root</Arn><UserId>000000000000</UserId>' +
        '<Account>000000000000</Account></GetCallerIdentityResult>',
    );
  });

  it('serves an unsigned awsJson request, routed by its X-Amz-Target', async () => {
    const res = await fetch(cloud.url, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-amz-json-1.0',
        'X-Amz-Target': 'AWSSecurityTokenServiceV20110615.GetCallerIdentity',
      },
      body: '{}',
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ Account: '000000000000' });
  });
});
