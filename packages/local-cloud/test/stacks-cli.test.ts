// The command line (`local-cloud deploy | remove`) and the Serverless Framework's own `serverless deploy`
// and `serverless remove` against the local cloud through AWS_ENDPOINT_URL.

import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DescribeStacksCommand } from '@aws-sdk/client-cloudformation';
import { InvokeCommand } from '@aws-sdk/client-lambda';
import { ListQueuesCommand } from '@aws-sdk/client-sqs';
import { serverlessBinary } from '@destinations-action/deploy';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { main } from '../src/cli.js';
import { type RunningCloud, startLocalCloud } from '../src/index.js';
import { clients } from './stacks-helpers.js';

const SERVICE = join(import.meta.dirname, 'fixtures', 'stacks', 'same-service');
let cloud: RunningCloud;
let c: ReturnType<typeof clients>;
let dir: string;
beforeAll(async () => {
  cloud = await startLocalCloud({ port: 0, logLevel: 'quiet' });
  c = clients(cloud.url);
  dir = mkdtempSync(join(tmpdir(), 'stacks-cli-'));
});
afterAll(async () => {
  await cloud.stop();
  rmSync(dir, { recursive: true, force: true });
  rmSync(join(SERVICE, '.serverless'), { recursive: true, force: true });
});

/** Runs main() with console output captured. */
async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const log = jest.spyOn(console, 'log').mockImplementation((...a) => void out.push(a.join(' ')));
  const warn = jest.spyOn(console, 'warn').mockImplementation((...a) => void err.push(a.join(' ')));
  const error = jest.spyOn(console, 'error').mockImplementation((...a) => void err.push(a.join(' ')));
  try {
    return { code: await main(argv), out: out.join('\n'), err: err.join('\n') };
  } finally {
    log.mockRestore();
    warn.mockRestore();
    error.mockRestore();
  }
}

describe('local-cloud deploy and remove', () => {
  it('deploys a template with parameters and prints what it made', async () => {
    const file = join(dir, 'queue.yml');
    writeFileSync(
      file,
      'Parameters:\n  Name: { Type: String }\nResources:\n  Q:\n    Type: AWS::SQS::Queue\n    Properties: { QueueName: !Ref Name }\n',
    );
    const r = await run([
      'deploy',
      '--template',
      file,
      '--stack-name',
      'cli-q',
      '--parameter',
      'Name=cli-queue',
      '--endpoint',
      cloud.url,
    ]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('cli-q: CREATE_COMPLETE');
    expect(r.out).toMatch(/Q\s+AWS::SQS::Queue\s+http:\/\/.*\/000000000000\/cli-queue/);
    const again = await run([
      'deploy',
      '--template',
      file,
      '--stack-name',
      'cli-q',
      '--parameter',
      'Name=cli-queue',
      '--endpoint',
      cloud.url,
    ]);
    expect(again.out).toContain('cli-q: no changes');
    const removed = await run(['remove', '--stack-name', 'cli-q', '--endpoint', cloud.url]);
    expect(removed).toMatchObject({ code: 0, out: 'cli-q: removed' });
    expect(
      (await c.sqs.send(new ListQueuesCommand({ QueueNamePrefix: 'cli-queue' }))).QueueUrls ?? [],
    ).toEqual([]);
  });

  it('lists a type it does not serve as a placeholder; with --strict says which resource failed, exit 1', async () => {
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify({ Resources: { Odd: { Type: 'AWS::Nope::Thing' } } }));
    const args = ['deploy', '--template', file, '--endpoint', cloud.url];
    const strict = await run([...args, '--stack-name', 'cli-bad', '--strict']);
    expect(strict.code).toBe(1);
    expect(strict.err).toContain(
      'Odd (AWS::Nope::Thing): Resource type AWS::Nope::Thing of resource Odd is not emulated by this local cloud, and strict mode (stack tag local-cloud:strict=true) allows no placeholders',
    );
    const lenient = await run([...args, '--stack-name', 'cli-odd']);
    expect(lenient.code).toBe(0);
    expect(lenient.out).toMatch(/Odd\s+AWS::Nope::Thing\s+cli-odd-Odd-[A-Z0-9]{13}/);
    expect(lenient.err).toContain(
      'warning: not emulated: Odd: AWS::Nope::Thing is not emulated by this local cloud: an inert placeholder stands in',
    );
    const deprecated = await run([...args, '--stack-name', 'cli-odd', '--skip-unsupported']);
    expect(deprecated.code).toBe(0);
    expect(deprecated.out).toContain(`cli-odd: no changes (us-east-1, ${cloud.url})`);
    expect(deprecated.err).toContain('warning: --skip-unsupported is deprecated');
    const both = await run([...args, '--stack-name', 'cli-odd', '--skip-unsupported', '--strict']);
    expect(both).toMatchObject({ code: 2, err: expect.stringContaining('--strict and --skip-unsupported') });
  });

  it('checks a template in an in-process cloud when there is no endpoint', async () => {
    const file = join(dir, 'topic.json');
    writeFileSync(file, JSON.stringify({ Resources: { T: { Type: 'AWS::SNS::Topic' } } }));
    const saved = process.env.AWS_ENDPOINT_URL;
    delete process.env.AWS_ENDPOINT_URL;
    try {
      const r = await run(['deploy', '--template', file, '--stack-name', 'cli-local']);
      expect(r.code).toBe(0);
      expect(r.err).toContain('using an in-process local cloud');
      expect(r.out).toContain('cli-local: CREATE_COMPLETE');
    } finally {
      if (saved !== undefined) process.env.AWS_ENDPOINT_URL = saved;
    }
  });

  it('refuses a command line without a source', async () => {
    expect((await run(['deploy', '--stage', 'dev'])).code).toBe(2);
  });
});

function sls(args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(serverlessBinary(SERVICE), args, {
      cwd: SERVICE,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        AWS_ENDPOINT_URL: cloud.url,
        AWS_ACCESS_KEY_ID: 'test',
        AWS_SECRET_ACCESS_KEY: 'test',
        SLS_TELEMETRY_DISABLED: '1',
        SLS_NOTIFICATIONS_MODE: 'off',
        // the framework polls CloudFormation every 5 s by default; the local cloud answers at once
        SLS_AWS_MONITORING_FREQUENCY: '200',
      },
    });
    let output = '';
    child.stdout.on('data', (d) => {
      output += d;
    });
    child.stderr.on('data', (d) => {
      output += d;
    });
    child.on('close', (code) => resolve({ code, output }));
  });
}

describe('serverless deploy and remove with AWS_ENDPOINT_URL', () => {
  it('deploys the service unchanged (change sets, deployment bucket, artifacts) and removes it', async () => {
    if (!existsSync(serverlessBinary(SERVICE))) {
      console.warn('skipped: no serverless binary (osls) installed');
      return;
    }
    const deployed = await sls(['deploy', '--stage', 'sls']);
    expect(deployed.output).toContain('Service deployed to stack stacks-same-sls');
    expect(deployed.code).toBe(0);
    const stack = await c.cfn.send(new DescribeStacksCommand({ StackName: 'stacks-same-sls' }));
    expect(stack.Stacks?.[0].StackStatus).toBe('UPDATE_COMPLETE');
    const out = await c.lambda.send(
      new InvokeCommand({ FunctionName: 'stacks-same-sls-hello', Payload: '{"id":"sls"}' }),
    );
    expect(JSON.parse(Buffer.from(out.Payload!).toString())).toEqual({ ok: true, id: 'sls' });

    const removed = await sls(['remove', '--stage', 'sls']);
    expect(removed.output).toContain('successfully removed');
    expect(removed.code).toBe(0);
    await expect(c.cfn.send(new DescribeStacksCommand({ StackName: 'stacks-same-sls' }))).rejects.toThrow(
      'does not exist',
    );
  });
});
