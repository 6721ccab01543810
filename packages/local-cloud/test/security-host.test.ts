// The server answers only requests that name a loopback host (or one --allow-host names): a page whose own
// DNS name was rebound to 127.0.0.1 is refused in its request's protocol; so is a cross-site browser GET.
import { Agent, type AgentOptions } from 'node:http';
import { CreateQueueCommand, GetQueueUrlCommand, SQSClient } from '@aws-sdk/client-sqs';
import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import { HostGuard, hostName, isLoopbackName } from '../src/access/host.js';
import { startLocalCloud } from '../src/index.js';
import { clientConfig, useCloud } from './fixtures/cloud.js';
import { rawRequest, virtualHostedClient } from './s3-helpers.js';

const cloud = useCloud({ allowHosts: ['cloud.test', '*.dev.test'] });

/** An agent that resolves every name to 127.0.0.1: what a rebound DNS name does. */
function loopbackAgent(): Agent {
  const lookup = ((_host: string, options: unknown, cb: (...args: unknown[]) => void) => {
    if ((options as { all?: boolean })?.all) cb(null, [{ address: '127.0.0.1', family: 4 }]);
    else cb(null, '127.0.0.1', 4);
  }) as unknown as AgentOptions['lookup'];
  return new Agent({ lookup, keepAlive: false } as AgentOptions);
}

const get = (host: string, path = '/_localcloud/health') =>
  rawRequest(cloud.port, { method: 'GET', path, headers: { Host: host } });

describe('the Host check', () => {
  it('serves loopback names and addresses, with or without a port', async () => {
    for (const host of [
      `127.0.0.1:${cloud.port}`,
      '127.9.8.7',
      `localhost:${cloud.port}`,
      'LOCALHOST.',
      'api.localhost',
      `[::1]:${cloud.port}`,
      '[0:0:0:0:0:0:0:1]',
    ]) {
      expect({ host, status: (await get(host)).status }).toEqual({ host, status: 200 });
    }
  });

  it('refuses a rebound DNS name with 403 in the SDK client’s own protocol', async () => {
    const sqs = new SQSClient({
      ...clientConfig(`http://attacker.example:${cloud.port}`),
      requestHandler: new NodeHttpHandler({ httpAgent: loopbackAgent() }),
      maxAttempts: 1,
    });
    const err = await sqs.send(new CreateQueueCommand({ QueueName: 'rebound' })).catch((e) => e);
    sqs.destroy();
    expect(err).toMatchObject({ name: 'AccessDenied', $metadata: { httpStatusCode: 403 } });
    expect(err.message).toContain('--allow-host attacker.example');
    // Nothing was created.
    const local = new SQSClient(clientConfig(cloud.url));
    await expect(local.send(new GetQueueUrlCommand({ QueueName: 'rebound' }))).rejects.toMatchObject({
      name: 'QueueDoesNotExist',
    });
    local.destroy();
  });

  it('writes the refusal as JSON, query XML or S3 XML, as the request speaks', async () => {
    const json = await rawRequest(cloud.port, {
      method: 'POST',
      path: '/',
      headers: {
        Host: 'evil.test',
        'X-Amz-Target': 'AmazonSQS.ListQueues',
        'Content-Type': 'application/x-amz-json-1.0',
      },
      body: '{}',
    });
    expect(json.status).toBe(403);
    expect(JSON.parse(json.body.toString())).toMatchObject({ __type: 'AccessDenied' });
    const query = await rawRequest(cloud.port, {
      method: 'POST',
      path: '/',
      headers: { Host: 'evil.test', 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'Action=ListTopics',
    });
    expect(query.status).toBe(403);
    expect(query.body.toString()).toMatch(/<ErrorResponse.*<Code>AccessDenied<\/Code>/);
    const s3 = await get('evil.test:4566', '/some-bucket/key');
    expect(s3.status).toBe(403);
    expect(s3.body.toString()).toMatch(/^<\?xml.*<Error><Code>AccessDenied<\/Code>/s);
    // The internal endpoints are guarded as well: a rebound page must not read the metrics either.
    expect((await get('evil.test', '/_localcloud/metrics')).status).toBe(403);
  });

  it('refuses names that only look local, and Host values that are not a name', async () => {
    for (const host of [
      'localhost.evil.test',
      '127.0.0.1.evil.test',
      'evil@127.0.0.1',
      '10.0.0.1',
      '[::2]',
    ]) {
      expect({ host, status: (await get(host)).status }).toEqual({ host, status: 403 });
    }
  });

  it('serves the names --allow-host gives, and subdomains for *.domain', async () => {
    expect((await get('cloud.test:4566')).status).toBe(200);
    expect((await get('a.dev.test')).status).toBe(200);
    expect((await get('a.b.dev.test')).status).toBe(200);
    expect((await get('dev.test')).status).toBe(403);
    expect((await get('cloud.test.evil')).status).toBe(403);
  });

  it('keeps S3 virtual-hosted addressing working: <bucket>.localhost and <bucket>.s3.localhost', async () => {
    const s3 = virtualHostedClient(cloud.port);
    const { CreateBucketCommand, PutObjectCommand } = await import('@aws-sdk/client-s3');
    await s3.send(new CreateBucketCommand({ Bucket: 'hosted-bucket' }));
    await s3.send(new PutObjectCommand({ Bucket: 'hosted-bucket', Key: 'k', Body: 'v' }));
    s3.destroy();
    const viaS3Name = await get(`hosted-bucket.s3.localhost:${cloud.port}`, '/k');
    expect({ status: viaS3Name.status, body: viaS3Name.body.toString() }).toEqual({ status: 200, body: 'v' });
  });
});

describe('browser requests', () => {
  it('refuses a cross-site GET that carries no Origin (a link or an image acting on a query API)', async () => {
    const sqs = new SQSClient(clientConfig(cloud.url));
    const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: 'csrf-target' }));
    const path = `/?Action=DeleteQueue&QueueUrl=${encodeURIComponent(QueueUrl ?? '')}`;
    const res = await rawRequest(cloud.port, {
      method: 'GET',
      path,
      headers: {
        Host: `127.0.0.1:${cloud.port}`,
        'Sec-Fetch-Site': 'cross-site',
        'Sec-Fetch-Mode': 'no-cors',
      },
    });
    expect(res.status).toBe(403);
    expect(res.body.toString()).toContain('<Code>AccessDenied</Code>');
    await expect(sqs.send(new GetQueueUrlCommand({ QueueName: 'csrf-target' }))).resolves.toMatchObject({
      QueueUrl,
    });
    sqs.destroy();
  });

  it('serves what the user opens in the browser themselves (Sec-Fetch-Site: none)', async () => {
    const res = await rawRequest(cloud.port, {
      method: 'GET',
      path: '/_localcloud/health',
      headers: { Host: `localhost:${cloud.port}`, 'Sec-Fetch-Site': 'none' },
    });
    expect(res.status).toBe(200);
  });
});

describe('binding beyond loopback', () => {
  afterEach(() => {
    jest.restoreAllMocks();
  });

  function stderrLines(): string[] {
    const lines: string[] = [];
    jest.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      lines.push(String(chunk));
      return true;
    });
    return lines;
  }

  it('warns when listening on every interface, and still gives handlers a loopback URL', async () => {
    const lines = stderrLines();
    const open = await startLocalCloud({ host: '0.0.0.0', port: 0, logLevel: 'error' });
    await open.stop();
    expect(open.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(lines.join('')).toMatch(/warning: listening on 0\.0\.0\.0:\d+, reachable from other machines/);
    expect(lines.join('')).toContain('--require-auth');
  });

  it('does not warn on loopback', async () => {
    const lines = stderrLines();
    const closed = await startLocalCloud({ port: 0, logLevel: 'error' });
    await closed.stop();
    expect(lines.join('')).not.toContain('warning');
  });
});

describe('host names', () => {
  it('reads the name out of a Host header as a URL parser does', () => {
    expect(hostName('LocalHost.:4566')).toBe('localhost');
    expect(hostName('[0::1]:80')).toBe('[::1]');
    expect(hostName('2130706433')).toBe('127.0.0.1');
    expect(hostName('a@b')).toBeUndefined();
    expect(hostName('a b')).toBeUndefined();
  });

  it('knows the loopback names', () => {
    expect(
      ['localhost', 'x.localhost', '127.0.0.1', '127.255.0.9', '[::1]', '[::ffff:7f00:1]'].every(
        isLoopbackName,
      ),
    ).toBe(true);
    expect(['localhostx', '128.0.0.1', '[::2]', 'example.com', '0.0.0.0'].some(isLoopbackName)).toBe(false);
  });

  it('serves the address it was bound to, and everything with *', () => {
    expect(new HostGuard([], '192.168.1.5').allows('192.168.1.5:4566')).toBe(true);
    expect(new HostGuard([], '0.0.0.0').allows('0.0.0.0:4566')).toBe(false);
    expect(new HostGuard([], 'fd00::5').allows('[fd00::5]:4566')).toBe(true);
    expect(new HostGuard(['*'], '127.0.0.1').allows('anything.example')).toBe(true);
    expect(new HostGuard(['host.docker.internal'], '0.0.0.0').allows('host.docker.internal:4566')).toBe(true);
  });
});
