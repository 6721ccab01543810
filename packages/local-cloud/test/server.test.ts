import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type RunningCloud, startLocalCloud } from '../src/index.js';

let cloud: RunningCloud;
beforeAll(async () => {
  cloud = await startLocalCloud({ port: 0, logLevel: 'quiet', allowOrigins: ['http://allowed.test'] });
});
afterAll(() => cloud.stop());

describe('the server', () => {
  it('binds the loopback address by default and reports its URL', () => {
    expect(cloud.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(cloud.port).toBeGreaterThan(0);
  });

  it('answers health with version, services and uptime', async () => {
    const res = await fetch(`${cloud.url}/_localcloud/health`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { version: string; services: string[]; uptime: number };
    expect(body.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(body.services).toEqual(expect.arrayContaining(['sqs', 'lambda', 'sns', 'events', 's3', 'logs']));
    expect(body.uptime).toBeGreaterThanOrEqual(0);
  });

  it('refuses a request from a browser origin that was not allowed', async () => {
    const res = await fetch(`${cloud.url}/_localcloud/health`, { headers: { Origin: 'http://evil.test' } });
    expect(res.status).toBe(403);
    expect(await res.text()).toContain('--allow-origin');
  });

  it('serves an origin that was allowed, with CORS headers', async () => {
    const res = await fetch(`${cloud.url}/_localcloud/health`, {
      headers: { Origin: 'http://allowed.test' },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('http://allowed.test');
  });

  it('stops and frees its port', async () => {
    const other = await startLocalCloud({ port: 0, logLevel: 'quiet' });
    await other.stop();
    await expect(fetch(`${other.url}/_localcloud/health`)).rejects.toThrow();
  });
});
