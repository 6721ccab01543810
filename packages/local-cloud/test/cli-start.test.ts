// `local-cloud start`: one line with the endpoint and services, health answers, SIGTERM stops it cleanly;
// bad options exit 2 naming the option.
import { afterEach, expect, it, jest } from '@jest/globals';
import { main } from '../src/cli.js';

afterEach(() => {
  jest.restoreAllMocks();
});

function capture(stream: 'log' | 'error'): string[] {
  const lines: string[] = [];
  jest.spyOn(console, stream).mockImplementation((...args: unknown[]) => {
    lines.push(args.join(' '));
  });
  return lines;
}

async function until<T>(probe: () => T | undefined): Promise<T> {
  for (let i = 0; i < 200; i++) {
    const v = probe();
    if (v !== undefined) return v;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error('gave up waiting');
}

it('starts, prints one line with the endpoint, the services and the time scale, and stops on SIGTERM', async () => {
  const out = capture('log');
  const exit = main(['start', '--port', '0', '--time-scale', '0.001', '--log-level', 'quiet']);
  const line = await until(() => out.find((l) => l.startsWith('local-cloud http://')));
  const url = /^local-cloud (http:\/\/127\.0\.0\.1:\d+) /.exec(line)?.[1];
  expect(line).toMatch(/time-scale 0\.001 services: .*sqs.*lambda/);
  const health = await fetch(`${url}/_localcloud/health`);
  expect(((await health.json()) as { timeScale: number }).timeScale).toBe(0.001);
  process.emit('SIGTERM');
  await expect(exit).resolves.toBe(0);
  expect(out.at(-1)).toBe('local-cloud stopped');
  await expect(fetch(`${url}/_localcloud/health`)).rejects.toThrow();
});

it('refuses a bad option value with exit code 2, naming the option', async () => {
  const err = capture('error');
  await expect(main(['start', '--port', 'eighty'])).resolves.toBe(2);
  expect(err.join('\n')).toContain("--port must be a number from 0 to 65535; got 'eighty'");
  await expect(main(['start', '--colour', 'blue'])).resolves.toBe(2);
  expect(err.join('\n')).toMatch(/colour/);
  await expect(main(['launch'])).resolves.toBe(2);
  expect(err.join('\n')).toContain("unknown command 'launch'");
});

it('with --require-auth, prints the key ids it checks against and never a secret', async () => {
  const out = capture('log');
  const exit = main([
    'start',
    '--port',
    '0',
    '--log-level',
    'quiet',
    '--require-auth',
    '--auth-key',
    'AKIDONE:first-secret-value',
    '--auth-key',
    'AKIDTWO:second-secret-value',
  ]);
  const line = await until(() => out.find((l) => l.startsWith('local-cloud requires')));
  expect(line).toBe('local-cloud requires AWS Signature Version 4 signed with key AKIDONE, AKIDTWO');
  const url = /^local-cloud (http:\/\/\S+) /.exec(
    out.find((l) => l.startsWith('local-cloud http://')) ?? '',
  )?.[1];
  expect((await fetch(`${url}/2015-03-31/functions/`)).status).toBe(403);
  process.emit('SIGTERM');
  await expect(exit).resolves.toBe(0);
  expect(out.join('\n')).not.toContain('secret-value');
});

it('takes the keys from LOCAL_CLOUD_AUTH_KEYS when no --auth-key is given', async () => {
  const out = capture('log');
  process.env.LOCAL_CLOUD_AUTH_KEYS = 'AKIDENV:env-secret, AKIDENV2:other';
  try {
    const exit = main(['start', '--port', '0', '--log-level', 'quiet', '--require-auth']);
    const line = await until(() => out.find((l) => l.startsWith('local-cloud requires')));
    expect(line).toContain('with key AKIDENV, AKIDENV2');
    process.emit('SIGTERM');
    await expect(exit).resolves.toBe(0);
  } finally {
    delete process.env.LOCAL_CLOUD_AUTH_KEYS;
  }
});

it('refuses bad security options with exit code 2, without repeating a secret', async () => {
  const err = capture('error');
  await expect(main(['start', '--auth-key', 'AKID:secret'])).resolves.toBe(2);
  expect(err.at(-1)).toContain('--auth-key is used only with --require-auth');
  await expect(main(['start', '--require-auth', '--auth-key', 'no-colon-secret'])).resolves.toBe(2);
  expect(err.at(-1)).toContain('--auth-key must be ACCESS_KEY_ID:SECRET_ACCESS_KEY');
  expect(err.join('\n')).not.toContain('no-colon-secret');
  await expect(main(['start', '--allow-host', 'evil/path'])).resolves.toBe(2);
  expect(err.at(-1)).toContain(
    "--allow-host must be a host name, an address, *.domain or *; got 'evil/path'",
  );
});
