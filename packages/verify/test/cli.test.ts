import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type RunningCloud, startLocalCloud } from '@destinations-action/local-cloud';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { main } from '../src/cli.js';
import { type Clients, createClients } from '../src/clients.js';
import { createFunction, createQueue, setDestinations } from './helpers.js';

const SERVERLESS = `service: svc
provider:
  name: aws
  runtime: nodejs20.x
functions:
  hello:
    handler: index.handler
`;
const SPEC = `function: hello
cases:
  - name: succeeds
    payload: { "Success": true }
    invocations: 2
    expect:
      destination: onSuccess
      responsePayload: { statusCode: 200 }
  - name: fails
    payload: { "Success": false }
    expect:
      destination: onFailure
      functionError: Unhandled
`;

let cloud: RunningCloud;
let clients: Clients;
let dir: string;
let out: string[];
let err: string[];

beforeAll(async () => {
  cloud = await startLocalCloud({ port: 0, logLevel: 'quiet', timeScale: 0.001 });
  clients = createClients({ cloud: 'local', endpoint: cloud.url, region: 'us-east-1' });
  const ok = await createQueue(clients, 'ok');
  const fail = await createQueue(clients, 'fail');
  await createFunction(clients, 'svc-ci-hello');
  await setDestinations(clients, 'svc-ci-hello', { onSuccess: ok.arn, onFailure: fail.arn });
  dir = mkdtempSync(path.join(tmpdir(), 'svc-'));
  writeFileSync(path.join(dir, 'serverless.yml'), SERVERLESS);
  writeFileSync(path.join(dir, 'destinations.yml'), SPEC);
});
afterAll(async () => {
  clients.destroy();
  await cloud.stop();
});

beforeEach(() => {
  out = [];
  err = [];
  jest.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
  jest.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void err.push(a.join(' ')));
});
afterEach(() => {
  jest.restoreAllMocks();
});

const local = () => ['--cloud', 'local', '--endpoint', cloud.url, '--region', 'us-east-1', '--quiet'];

describe('the destinations CLI', () => {
  it('verifies a service folder, exits 0, and writes the JSON and Markdown reports', async () => {
    const json = path.join(dir, 'out', 'report.json');
    const md = path.join(dir, 'out', 'summary.md');
    const code = await main(['verify', dir, '--stage', 'ci', ...local(), '--json', json, '--markdown', md]);
    expect(err).toEqual([]);
    expect(code).toBe(0);
    expect(out.join('\n')).toContain('PASSED: 2/2 cases, 3/3 records');
    const report = JSON.parse(readFileSync(json, 'utf8'));
    expect(report).toMatchObject({
      version: 1,
      passed: true,
      stage: 'ci',
      functionArn: expect.stringContaining(':function:svc-ci-hello'),
    });
    expect(readFileSync(md, 'utf8')).toContain('```mermaid');
  });

  it('exits 1 when a case fails', async () => {
    const spec = path.join(dir, 'failing.yml');
    writeFileSync(
      spec,
      'function: hello\ncases:\n  - name: no\n    payload: { "Success": true }\n    expect: { destination: onFailure }\n',
    );
    const code = await main(['verify', spec, '--stage', 'ci', ...local()]);
    expect(code).toBe(1);
    expect(out.join('\n')).toMatch(/no\s+FAIL/);
  });

  it('exits 2 naming file, line and field for an invalid spec', async () => {
    const spec = path.join(dir, 'bad.yml');
    writeFileSync(spec, 'function: hello\ncases:\n  - name: x\n    expect: { destination: sideways }\n');
    const code = await main(['verify', spec, '--stage', 'ci', ...local()]);
    expect(code).toBe(2);
    expect(err.join('\n')).toMatch(
      /bad\.yml:4:\d+: cases\[0\]\.expect\.destination: must be one of onSuccess, onFailure/,
    );
  });

  it('exits 2 when the stage has no such function', async () => {
    const code = await main(['verify', dir, '--stage', 'nope', ...local()]);
    expect(code).toBe(2);
    expect(err.join('\n')).toContain('function svc-nope-hello not found');
  });

  it('exits 2 on a bad option', async () => {
    expect(await main(['verify', dir, '--cloud', 'azure'])).toBe(2);
    expect(await main(['verify', dir, '--frobnicate'])).toBe(2);
    expect(await main(['launch'])).toBe(2);
  });

  it('prints help for each command', async () => {
    for (const command of ['verify', 'e2e', 'doctor', 'cleanup']) {
      out = [];
      expect(await main([command, '--help'])).toBe(0);
      expect(out.join('\n')).toContain(`Usage: destinations ${command}`);
    }
  });

  it('doctor: exits 0 for a healthy function and 1 when a destination is missing', async () => {
    expect(await main(['doctor', dir, '--stage', 'ci', ...local().slice(0, -1)])).toBe(0);
    await createFunction(clients, 'lonely');
    await setDestinations(clients, 'lonely', { onSuccess: 'arn:aws:sqs:us-east-1:000000000000:gone' }).catch(
      () => undefined,
    );
    out = [];
    const code = await main(['doctor', 'lonely', ...local().slice(0, -1)]);
    expect(code).toBe(1);
    expect(out.join('\n')).toMatch(/^error: /m);
  });
});
