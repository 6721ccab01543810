// The `destinations` CLI as a process under faults, against a local cloud run as a process: an endpoint
// nothing answers at, a stage too long for its names and a Serverless command that does not exist are
// refused (exit 2) before anything is packaged; the cloud killed or a destination queue deleted while
// records are awaited end the run with that cause (exit 1); SIGINT/SIGTERM end it with 130/143, its taps
// and stage removed. Every step waits for a line the process prints, never for a time.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DeleteQueueCommand, GetQueueUrlCommand, ListQueuesCommand, SQSClient } from '@aws-sdk/client-sqs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { HELLO } from './helpers.js';

const here = import.meta.dirname;
const FROM_SOURCE = ['--import', 'tsx', '--import', path.join(here, 'fixtures/fromSource.mjs')];

interface Run {
  child: ChildProcess;
  output(): string;
  /** Resolves once the output matches. */
  waitFor(pattern: RegExp): Promise<void>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

function run(script: string, args: string[]): Run {
  const child = spawn(process.execPath, [...FROM_SOURCE, path.join(here, 'fixtures', script), ...args], {
    env: { ...process.env, AWS_ENDPOINT_URL: '', SLS_TELEMETRY_DISABLED: '1', SLS_NOTIFICATIONS_MODE: 'off' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  const waiting: { pattern: RegExp; resolve: () => void }[] = [];
  const take = (chunk: Buffer) => {
    text += chunk.toString('utf8');
    for (const w of waiting.filter((w) => w.pattern.test(text))) {
      waiting.splice(waiting.indexOf(w), 1);
      w.resolve();
    }
  };
  child.stdout?.on('data', take);
  child.stderr?.on('data', take);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal })),
  );
  return {
    child,
    output: () => text,
    waitFor: (pattern) =>
      new Promise<void>((resolve, reject) => {
        if (pattern.test(text)) return resolve();
        waiting.push({ pattern, resolve });
        exited.then(() => {
          if (!pattern.test(text)) reject(new Error(`exited without printing ${pattern}:\n${text}`));
        });
      }),
    exited,
  };
}

/** A local cloud process at real time (time scale 1: a retry waits a minute, so a run is caught waiting). */
async function startCloud(): Promise<{ url: string; proc: Run }> {
  const proc = run('local-cloud.ts', ['start', '--port', '0', '--log-level', 'error']);
  await proc.waitFor(/local-cloud (http:\/\/\S+) region/);
  const url = /local-cloud (http:\/\/\S+) region/.exec(proc.output())![1];
  return { url, proc };
}

/** A port nothing listens on: bound, then closed. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  await new Promise((r) => server.close(r));
  return port;
}

const SERVERLESS = `service: faults
frameworkVersion: '3 || 4'
provider:
  name: aws
  runtime: nodejs20.x
functions:
  hello:
    handler: index.handler
    maximumRetryAttempts: 1
    destinations:
      onSuccess: arn:aws:sqs:us-east-1:000000000000:faults-\${sls:stage}-ok
      onFailure: arn:aws:sqs:us-east-1:000000000000:faults-\${sls:stage}-failed
resources:
  Resources:
    Ok:
      Type: AWS::SQS::Queue
      Properties: { QueueName: 'faults-\${sls:stage}-ok' }
    Failed:
      Type: AWS::SQS::Queue
      Properties: { QueueName: 'faults-\${sls:stage}-failed' }
`;
const SPEC = `function: hello
cases:
  - name: fails
    payload: { "Success": false }
    expect: { destination: onFailure, condition: RetriesExhausted }
`;

const dir = mkdtempSync(path.join(tmpdir(), 'faults-'));
writeFileSync(path.join(dir, 'serverless.yml'), SERVERLESS);
writeFileSync(path.join(dir, 'destinations.yml'), SPEC);
writeFileSync(path.join(dir, 'index.mjs'), HELLO);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const NO_STACK = /\n\s+at \S/;

describe('refused before anything is packaged (exit 2)', () => {
  it.each([
    ['e2e on local', ['e2e', dir]],
    ['e2e on aws', ['e2e', dir, '--cloud', 'aws']],
    ['verify', ['verify', dir, '--cloud', 'local', '--stage', 'dev']],
  ])('an --endpoint nothing answers at: %s', async (_what, args) => {
    const url = `http://127.0.0.1:${await closedPort()}`;
    const cli = run('destinations.ts', [...args, '--endpoint', url]);
    expect((await cli.exited).code).toBe(2);
    expect(cli.output()).toContain(`--endpoint names ${url}, but nothing answers there`);
    expect(cli.output()).not.toMatch(NO_STACK);
    expect(cli.output()).not.toContain('ECONNREFUSED');
    expect(cli.output()).not.toContain('Packaging');
    expect(existsSync(path.join(dir, '.serverless'))).toBe(false);
  });

  it('a stage too long for the IAM role name it produces, naming the stage, the name and the limit', async () => {
    const stage = 'a'.repeat(42);
    const cli = run('destinations.ts', ['e2e', dir, '--stage', stage]);
    expect((await cli.exited).code).toBe(2);
    expect(cli.output()).toContain(
      `stage '${stage}' (42 characters) is too long for the names it produces: the IAM role name 'faults-${stage}-us-east-1-lambdaRole' would be 70 characters, and AWS allows 64; use a stage of at most 36 characters`,
    );
    expect(cli.output()).not.toContain('Packaging');
  });

  it('a --serverless command that does not exist', async () => {
    const cli = run('destinations.ts', ['e2e', dir, '--serverless', 'no-such-serverless-cli package']);
    expect((await cli.exited).code).toBe(2);
    expect(cli.output()).toContain(
      "--serverless names 'no-such-serverless-cli package', which is not a file that can run nor a command on the PATH",
    );
    expect(cli.output()).not.toMatch(NO_STACK);
  });
});

describe('a run cut short while it waits for records', () => {
  let cloud: { url: string; proc: Run } | undefined;
  let sqs: SQSClient;
  beforeAll(async () => {
    cloud = await startCloud();
    sqs = new SQSClient({
      endpoint: cloud.url,
      region: 'us-east-1',
      credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    });
  });
  afterAll(async () => {
    sqs.destroy();
    cloud?.proc.child.kill('SIGTERM');
    await cloud?.proc.exited;
  });

  const e2e = (stage: string, url: string, stateFile?: string) =>
    run('destinations.ts', [
      'e2e',
      dir,
      '--stage',
      stage,
      '--endpoint',
      url,
      ...(stateFile ? ['--state-file', stateFile] : []),
    ]);

  it('a destination queue deleted: the cause named, exit 1', async () => {
    const cli = e2e('gone', cloud!.url);
    await cli.waitFor(/collect: waiting up to/);
    const { QueueUrl } = await sqs.send(new GetQueueUrlCommand({ QueueName: 'faults-gone-failed' }));
    await sqs.send(new DeleteQueueCommand({ QueueUrl }));
    expect((await cli.exited).code).toBe(1);
    expect(cli.output()).toContain(
      'stopped while waiting for records: destination queue arn:aws:sqs:us-east-1:000000000000:faults-gone-failed was deleted while the run read it',
    );
    expect(cli.output()).not.toMatch(/not delivered|missing/i);
    expect(cli.output()).toContain('removed stage gone');
  });

  it.each([
    ['SIGINT', 'collect', 130, /collect: waiting up to/],
    ['SIGTERM', 'deploy', 143, /deploy: deploying/],
  ] as const)(
    '%s during %s: a message, exit %d, no tap and no stage left',
    async (signal, phase, code, at) => {
      const stateFile = path.join(dir, `${signal}.json`);
      const cli = e2e(signal.toLowerCase(), cloud!.url, stateFile);
      await cli.waitFor(at);
      cli.child.kill(signal);
      expect((await cli.exited).code).toBe(code);
      expect(cli.output()).toContain(`${signal} received during ${phase}: stopping`);
      expect(cli.output()).toContain(`stopped by ${signal} during`);
      expect(cli.output()).toContain('temporary taps removed, stage removed');
      const state = JSON.parse(readFileSync(stateFile, 'utf8'));
      expect(state).toMatchObject({ created: [], stage: { removed: true } });
      const left = await sqs.send(
        new ListQueuesCommand({ QueueNamePrefix: `faults-${signal.toLowerCase()}` }),
      );
      expect(left.QueueUrls ?? []).toEqual([]);
    },
  );

  it('the local cloud killed: the cause named, exit 1, the stage left recorded for cleanup', async () => {
    const own = await startCloud();
    const stateFile = path.join(dir, 'killed.json');
    const cli = e2e('killed', own.url, stateFile);
    await cli.waitFor(/collect: waiting up to/);
    own.proc.child.kill('SIGKILL');
    expect((await cli.exited).code).toBe(1);
    expect(cli.output()).toContain(
      `stopped while waiting for records: nothing answers at ${own.url} any more (connection refused): the cloud was stopped or killed`,
    );
    expect(cli.output()).not.toMatch(/not delivered|missing/i);
    expect(cli.output()).not.toMatch(NO_STACK);
    expect(JSON.parse(readFileSync(stateFile, 'utf8'))).toMatchObject({ stage: { removed: false } });
  });
});
