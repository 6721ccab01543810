// SSM Parameter Store through @aws-sdk/client-ssm over the real port: the three types, versions, paths,
// paging, AWS's errors, and the model loaded only at the first SSM request.
import {
  DeleteParameterCommand,
  DeleteParametersCommand,
  DescribeParametersCommand,
  GetParameterCommand,
  GetParameterHistoryCommand,
  GetParametersByPathCommand,
  GetParametersCommand,
  PutParameterCommand,
  SSMClient,
} from '@aws-sdk/client-ssm';
import { describe, expect, it } from '@jest/globals';
import type { LazyFace } from '../src/protocol/codecs/lazy.js';
import { clientConfig, useCloud } from './fixtures/cloud.js';

let ssm: SSMClient;
const cloud = useCloud({}, (up) => {
  ssm = new SSMClient(clientConfig(up.url));
  return [ssm];
});

const put = (Name: string, Value: string, Type: 'String' | 'StringList' | 'SecureString' = 'String') =>
  ssm.send(new PutParameterCommand({ Name, Value, Type }));

describe('loading', () => {
  it('reads no SSM model until the first SSM request', async () => {
    const face = cloud.cloud.services.get('ssm')?.faces?.[0] as LazyFace;
    expect(face.loaded).toBe(false);
    await put('/loading/first', 'x');
    expect(face.loaded).toBe(true);
  });
});

describe('parameters', () => {
  it('stores each type, with an AWS-shaped ARN, version and date', async () => {
    const before = Date.now();
    expect(await put('/app/url', 'https://example.test')).toMatchObject({ Version: 1, Tier: 'Standard' });
    const { Parameter: p } = await ssm.send(new GetParameterCommand({ Name: '/app/url' }));
    expect(p).toMatchObject({
      Name: '/app/url',
      Type: 'String',
      Value: 'https://example.test',
      Version: 1,
      ARN: 'arn:aws:ssm:us-east-1:000000000000:parameter/app/url',
      DataType: 'text',
    });
    expect(p?.LastModifiedDate?.getTime()).toBeGreaterThanOrEqual(before - 1000);
    await put('flat-name', 'a,b,c', 'StringList');
    expect((await ssm.send(new GetParameterCommand({ Name: 'flat-name' }))).Parameter).toMatchObject({
      Type: 'StringList',
      Value: 'a,b,c',
      ARN: 'arn:aws:ssm:us-east-1:000000000000:parameter/flat-name',
    });
  });

  it('shows a SecureString only with WithDecryption', async () => {
    await put('/app/password', 'hunter2', 'SecureString');
    const hidden = (await ssm.send(new GetParameterCommand({ Name: '/app/password' }))).Parameter;
    expect(hidden?.Type).toBe('SecureString');
    expect(hidden?.Value).not.toContain('hunter2');
    expect(Buffer.from(String(hidden?.Value), 'base64').toString()).not.toContain('hunter2');
    const shown = await ssm.send(new GetParameterCommand({ Name: '/app/password', WithDecryption: true }));
    expect(shown.Parameter?.Value).toBe('hunter2');
  });

  it('refuses an existing name without Overwrite, and keeps every version with it', async () => {
    await put('/app/mode', 'one');
    await expect(put('/app/mode', 'two')).rejects.toMatchObject({
      name: 'ParameterAlreadyExists',
      message:
        'The parameter already exists. To overwrite this value, set the overwrite option in the request to true.',
    });
    const out = await ssm.send(new PutParameterCommand({ Name: '/app/mode', Value: 'two', Overwrite: true }));
    expect(out.Version).toBe(2);
    expect((await ssm.send(new GetParameterCommand({ Name: '/app/mode' }))).Parameter?.Value).toBe('two');
    const v1 = await ssm.send(new GetParameterCommand({ Name: '/app/mode:1' }));
    expect(v1.Parameter).toMatchObject({ Value: 'one', Version: 1, Selector: ':1' });
    const history = await ssm.send(new GetParameterHistoryCommand({ Name: '/app/mode' }));
    expect(history.Parameters?.map((h) => [h.Version, h.Value])).toEqual([
      [1, 'one'],
      [2, 'two'],
    ]);
    // By ARN too.
    const byArn = await ssm.send(
      new GetParameterCommand({ Name: 'arn:aws:ssm:us-east-1:000000000000:parameter/app/mode' }),
    );
    expect(byArn.Parameter?.Value).toBe('two');
  });

  it("answers AWS's errors for a missing parameter, version and bad names", async () => {
    await expect(ssm.send(new GetParameterCommand({ Name: '/nope' }))).rejects.toMatchObject({
      name: 'ParameterNotFound',
      $metadata: { httpStatusCode: 400 },
    });
    await expect(ssm.send(new GetParameterCommand({ Name: '/app/mode:9' }))).rejects.toMatchObject({
      name: 'ParameterVersionNotFound',
    });
    await expect(put('ssm-reserved', 'x')).rejects.toMatchObject({ name: 'ValidationException' });
    await expect(put('has space', 'x')).rejects.toMatchObject({ name: 'ValidationException' });
    await expect(ssm.send(new PutParameterCommand({ Name: '/no/type', Value: 'x' }))).rejects.toMatchObject({
      name: 'ValidationException',
      message: 'A parameter type is required when you create a parameter.',
    });
  });

  it('gets several at once, naming the missing ones in InvalidParameters', async () => {
    const out = await ssm.send(new GetParametersCommand({ Names: ['/app/url', '/missing', 'flat-name'] }));
    expect(out.Parameters?.map((p) => p.Name)).toEqual(['/app/url', 'flat-name']);
    expect(out.InvalidParameters).toEqual(['/missing']);
  });

  it('gets a path one level deep, or all of it with Recursive, page by page', async () => {
    for (let i = 0; i < 12; i++) await put(`/tree/leaf${String(i).padStart(2, '0')}`, String(i));
    await put('/tree/deep/leaf', 'deep');
    const oneLevel: string[] = [];
    let token: string | undefined;
    let pages = 0;
    do {
      const out = await ssm.send(new GetParametersByPathCommand({ Path: '/tree', NextToken: token }));
      oneLevel.push(...(out.Parameters ?? []).map((p) => String(p.Name)));
      token = out.NextToken;
      pages++;
    } while (token);
    expect(pages).toBe(2);
    expect(oneLevel).toHaveLength(12);
    expect(oneLevel).not.toContain('/tree/deep/leaf');
    const all = await ssm.send(
      new GetParametersByPathCommand({ Path: '/tree/', Recursive: true, MaxResults: 10 }),
    );
    expect(all.Parameters?.[0].Name).toBe('/tree/deep/leaf');
    await expect(ssm.send(new GetParametersByPathCommand({ Path: 'tree' }))).rejects.toMatchObject({
      name: 'ValidationException',
    });
    await expect(
      ssm.send(new GetParametersByPathCommand({ Path: '/tree', MaxResults: 11 })),
    ).rejects.toMatchObject({
      name: 'ValidationException',
    });
  });

  it('describes parameters by filter, without their values', async () => {
    const out = await ssm.send(
      new DescribeParametersCommand({
        ParameterFilters: [
          { Key: 'Name', Option: 'BeginsWith', Values: ['/app/'] },
          { Key: 'Type', Values: ['SecureString'] },
        ],
      }),
    );
    expect(out.Parameters).toHaveLength(1);
    expect(out.Parameters?.[0]).toMatchObject({
      Name: '/app/password',
      Type: 'SecureString',
      KeyId: 'alias/aws/ssm',
      Version: 1,
    });
    expect(JSON.stringify(out.Parameters)).not.toContain('hunter2');
  });

  it('deletes one, or several naming the missing ones', async () => {
    await ssm.send(new DeleteParameterCommand({ Name: '/app/url' }));
    await expect(ssm.send(new DeleteParameterCommand({ Name: '/app/url' }))).rejects.toMatchObject({
      name: 'ParameterNotFound',
    });
    const out = await ssm.send(new DeleteParametersCommand({ Names: ['/app/mode', '/app/url'] }));
    expect(out).toMatchObject({ DeletedParameters: ['/app/mode'], InvalidParameters: ['/app/url'] });
  });
});
