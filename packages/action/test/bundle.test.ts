// The committed bundle, run as the runner runs it: `node dist/index.js` with INPUT_* variables and the
// runner's files, cloud: local, on a fixture service; then `node dist/post.js` with the saved state. And
// the build itself: reproducible, a source map per file, and every bundled package's licence beside it.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CloudWatchLogsClient, DescribeLogStreamsCommand } from '@aws-sdk/client-cloudwatch-logs';
import { LambdaClient, ListFunctionsCommand } from '@aws-sdk/client-lambda';
import { CreateQueueCommand, ListQueuesCommand, SQSClient } from '@aws-sdk/client-sqs';
import { startLocalCloud } from '@destinations-action/local-cloud';
import { deployStage } from '@destinations-action/verify';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { repo, runStep, type Step, stateEnv } from './runnerStep.js';

const action = path.resolve(import.meta.dirname, '..');
const bundle = path.join(action, 'dist', 'index.js');
const service = 'packages/action/test/fixtures/service';
const present = existsSync(bundle) && existsSync(path.join(action, 'dist', 'post.js'));
if (!present)
  console.warn('bundle test skipped: packages/action/dist is missing; run `npm run bundle` there');

const temp = mkdtempSync(path.join(os.tmpdir(), 'action-bundle-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));
/** On a Node.js that engines names, neither Node nor the AWS SDK may print a warning. */
const supported = [
  ...JSON.parse(readFileSync(path.join(repo, 'package.json'), 'utf8')).engines.node.matchAll(/\^(\d+)/g),
]
  .map((m) => m[1])
  .includes(process.versions.node.split('.')[0]);

/** Runs one step of the committed bundle in a clean environment, as the runner would. */
const step = (script: string, name: string, env: Record<string, string>): Promise<Step> =>
  runStep(path.join(action, 'dist', script), path.join(temp, name), env);

(present ? describe : describe.skip)('the committed bundle on the local cloud', () => {
  it('passes a spec the service meets, with outputs, summary and a clean post step', async () => {
    const main = await step('index.js', 'pass', {
      'INPUT_WORKING-DIRECTORY': service,
      INPUT_CLOUD: 'local',
      INPUT_DEPLOY: 'true',
      INPUT_REMOVE: 'false',
    });
    expect({ code: main.code, log: main.code === 0 ? '' : main.stdout }).toEqual({ code: 0, log: '' });
    expect(main.outputs.passed).toBe('true');
    expect(main.outputs.stage).toBe('gh777');
    expect(main.outputs['function-arn']).toBe(
      'arn:aws:lambda:us-east-1:000000000000:function:action-fixture-gh777-hello',
    );
    expect(JSON.parse(main.outputs.summary)).toEqual([
      expect.objectContaining({ name: 'succeeds', passed: true, invocations: 2, received: 2, missing: 0 }),
      expect.objectContaining({ name: 'fails', passed: true, invocations: 2, received: 2, missing: 0 }),
    ]);
    const report = JSON.parse(readFileSync(main.outputs.report, 'utf8'));
    expect(report).toMatchObject({ version: 1, passed: true, stage: 'gh777', cloud: 'local' });
    expect(main.summary).toContain('succeeds');
    expect(main.summary).toContain('```mermaid');
    // Progress shows in collapsible groups.
    expect(main.stdout).toContain('::group::deploy');
    expect(main.stdout).toContain('::group::report');
    if (supported) expect(main.stdout).not.toMatch(/\(node:\d+\)|NodeVersionSupportWarning/);

    const post = await step('post.js', 'pass-post', stateEnv(main.state));
    expect({ code: post.code, log: post.code === 0 ? '' : post.stdout }).toEqual({ code: 0, log: '' });
    expect(post.stdout).not.toContain('::error');
  });

  it('fails a spec the service does not meet, with an annotation on the case line', async () => {
    const main = await step('index.js', 'fail', {
      'INPUT_WORKING-DIRECTORY': service,
      INPUT_SPEC: 'failing.yml',
      INPUT_CLOUD: 'local',
      INPUT_STAGE: 'red',
      INPUT_TIMEOUT: '20',
    });
    expect(main.code).toBe(1);
    expect(main.outputs.passed).toBe('false');
    expect(main.outputs.stage).toBe('red');
    expect(JSON.parse(main.outputs.summary)).toEqual([
      expect.objectContaining({ name: 'succeeds', passed: true }),
      expect.objectContaining({ name: 'fails-but-expected-to-succeed', passed: false, received: 0 }),
    ]);
    expect(main.stdout).toMatch(
      new RegExp(
        `::error title=destinations%3A case 'fails-but-expected-to-succeed' failed,file=${service}/failing.yml,line=8::`,
      ),
    );
    expect(main.stdout).toContain("::error::1 of 2 cases failed: 'fails-but-expected-to-succeed'");
    expect(main.summary).toContain('fails-but-expected-to-succeed');
  });

  it('fails fast on a bad input, naming it', async () => {
    const main = await step('index.js', 'bad-input', {
      'INPUT_WORKING-DIRECTORY': service,
      INPUT_CLOUD: 'gcp',
    });
    expect(main.code).toBe(1);
    expect(main.stdout).toContain("::error::Input 'cloud' must be 'aws' or 'local'; got 'gcp'");
  });

  it('dry-run checks a stage deployed in a running local cloud with the doctor, invoking nothing', async () => {
    const cloud = await startLocalCloud({ port: 0, logLevel: 'quiet' });
    const logs = new CloudWatchLogsClient({
      endpoint: cloud.url,
      region: 'us-east-1',
      credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    });
    try {
      await deployStage({
        cloud: 'local',
        serviceDir: path.join(repo, service),
        stage: 'dry',
        region: 'us-east-1',
        endpoint: cloud.url,
      });
      const main = await step('index.js', 'dry-run', {
        'INPUT_WORKING-DIRECTORY': service,
        INPUT_CLOUD: 'local',
        'INPUT_ENDPOINT-URL': cloud.url,
        INPUT_STAGE: 'dry',
        'INPUT_DRY-RUN': 'true',
      });
      expect({ code: main.code, log: main.code === 0 ? '' : main.stdout }).toEqual({ code: 0, log: '' });
      expect(main.outputs.passed).toBe('true');
      expect(JSON.parse(main.outputs.problems).filter((p: { level: string }) => p.level === 'error')).toEqual(
        [],
      );
      expect(main.outputs.report).toBeUndefined();
      expect(main.summary).toContain(
        '## Lambda destinations of `packages/action/test/fixtures/service`: dry run',
      );
      expect(main.stdout).toContain('::group::doctor');
      // Nothing ran: no function of the stage has a log stream.
      for (const fn of ['hello', 'recordSuccess', 'recordFailure']) {
        const streams = await logs
          .send(new DescribeLogStreamsCommand({ logGroupName: `/aws/lambda/action-fixture-dry-${fn}` }))
          .then(
            (r) => r.logStreams ?? [],
            () => [],
          );
        expect({ fn, streams }).toEqual({ fn, streams: [] });
      }
      // And a stage that is not there is an error the step fails on.
      const missing = await step('index.js', 'dry-run-missing', {
        'INPUT_WORKING-DIRECTORY': service,
        INPUT_CLOUD: 'local',
        'INPUT_ENDPOINT-URL': cloud.url,
        INPUT_STAGE: 'nowhere',
        'INPUT_DRY-RUN': 'true',
      });
      expect(missing.code).toBe(1);
      expect(missing.outputs.passed).toBe('false');
      expect(missing.stdout).toMatch(/::error::dry run: 1 error found: .*action-fixture-nowhere-hello/);
    } finally {
      logs.destroy();
      await cloud.stop();
    }
  });

  it('post step, after a cancelled main step, removes the taps and the stage from a running local cloud', async () => {
    const cloud = await startLocalCloud({ port: 0, logLevel: 'quiet' });
    const config = {
      endpoint: cloud.url,
      region: 'us-east-1',
      credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    };
    const sqs = new SQSClient(config);
    const lambda = new LambdaClient(config);
    try {
      const target = {
        cloud: 'local' as const,
        serviceDir: path.join(repo, service),
        stage: 'cancelled',
        region: 'us-east-1',
        endpoint: cloud.url,
      };
      await deployStage(target);
      const tap = await sqs.send(new CreateQueueCommand({ QueueName: 'destinations-tap-left-behind' }));
      const tapsFile = path.join(temp, 'cancelled-taps.json');
      // What the verifier had recorded when the main step was cancelled: a tap open, the stage deployed.
      writeFileSync(
        tapsFile,
        JSON.stringify({
          version: 1,
          region: 'us-east-1',
          cloud: 'local',
          endpoint: cloud.url,
          created: [{ type: 'sqsQueue', queueUrl: tap.QueueUrl }],
          stage: { target, deployed: true, removed: false },
        }),
      );
      const functions = async () =>
        ((await lambda.send(new ListFunctionsCommand({}))).Functions ?? []).map((f) => f.FunctionName);
      expect(await functions()).toContain('action-fixture-cancelled-hello');

      const run = { stage: 'cancelled', cloud: 'local', endpoint: cloud.url, remove: true, tapsFile };
      const post = await step('post.js', 'cancelled-post', { STATE_run: JSON.stringify(run) });
      expect({ code: post.code, log: post.code === 0 ? '' : post.stdout }).toEqual({ code: 0, log: '' });
      expect(post.stdout).toContain('::group::remove stage cancelled');
      expect(await functions()).not.toContain('action-fixture-cancelled-hello');
      expect((await sqs.send(new ListQueuesCommand({}))).QueueUrls ?? []).not.toContain(tap.QueueUrl);
      expect(JSON.parse(readFileSync(tapsFile, 'utf8'))).toMatchObject({
        created: [],
        stage: { deployed: true, removed: true },
      });
    } finally {
      sqs.destroy();
      lambda.destroy();
      await cloud.stop();
    }
  });
});

/** Every file under `dir`, relative to it, with its bytes. */
function tree(dir: string, base = dir): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) for (const [k, v] of tree(full, base)) files.set(k, v);
    else files.set(path.relative(base, full), readFileSync(full));
  }
  return files;
}

describe('the bundle build', () => {
  // Built beside dist/ (same depth, so the maps' relative paths are the ones dist/ has), twice.
  const builds = ['a', 'b'].map((n) => path.join(action, `.bundle-${n}-${process.pid}`));
  afterAll(() => {
    for (const dir of builds) rmSync(dir, { recursive: true, force: true });
  });
  let made: Map<string, Buffer>[] = [];
  beforeAll(() => {
    made = builds.map((dir) => {
      const run = spawnSync(process.execPath, [path.join(action, 'scripts/bundle.js'), dir], {
        encoding: 'utf8',
      });
      if (run.status !== 0) throw new Error(`bundle failed: ${run.stderr}`);
      return tree(dir);
    });
  });

  it('carries DynamoDB: the bundled local cloud serves tables through dynalite, in memory', async () => {
    const dir = builds[0];
    const chunk = readdirSync(dir).find(
      (f) =>
        f.endsWith('.js') &&
        readFileSync(path.join(dir, f), 'utf8').includes('async function startLocalCloud('),
    );
    expect(chunk).toBeDefined();
    const bundled = (await import(
      path.join(dir, chunk!)
    )) as typeof import('@destinations-action/local-cloud');
    const cloud = await bundled.startLocalCloud({ port: 0, logLevel: 'quiet' });
    const call = (target: string, body: unknown) =>
      fetch(cloud.url, {
        method: 'POST',
        headers: {
          'x-amz-target': `DynamoDB_20120810.${target}`,
          'content-type': 'application/x-amz-json-1.0',
          authorization:
            'AWS4-HMAC-SHA256 Credential=test/20260101/us-east-1/dynamodb/aws4_request, SignedHeaders=host, Signature=0',
          'x-amz-date': '20260101T000000Z',
        },
        body: JSON.stringify(body),
      }).then(async (r) => ({ status: r.status, body: await r.json() }));
    try {
      const key = { pk: { S: 'a' } };
      await call('CreateTable', {
        TableName: 'bundled',
        KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
        AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
        BillingMode: 'PAY_PER_REQUEST',
      });
      expect(await call('PutItem', { TableName: 'bundled', Item: { ...key, n: { N: '1' } } })).toEqual({
        status: 200,
        body: {},
      });
      expect(await call('GetItem', { TableName: 'bundled', Key: key })).toEqual({
        status: 200,
        body: { Item: { ...key, n: { N: '1' } } },
      });
    } finally {
      await cloud.stop();
    }
  });

  it('is reproducible: building again gives the same files, byte for byte', () => {
    const [a, b] = made;
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    expect([...a].filter(([file, bytes]) => !bytes.equals(b.get(file) ?? Buffer.alloc(0)))).toEqual([]);
  });

  it('writes a source map for every file of code, linked from it', () => {
    const [files] = made;
    const code = [...files.keys()].filter((f) => !f.includes(path.sep) && f.endsWith('.js'));
    expect(code).toEqual(expect.arrayContaining(['index.js', 'post.js']));
    for (const file of code) {
      expect(files.has(`${file}.map`)).toBe(true);
      expect(files.get(file)?.toString()).toContain(`//# sourceMappingURL=${file}.map`);
    }
  });

  it("lists every npm package the maps name in licenses.txt, with its version, licence and the licence's text", () => {
    const [files] = made;
    const licences = files.get('licenses.txt')?.toString() ?? '';
    const packages = new Set<string>();
    for (const [file, bytes] of files) {
      if (!file.endsWith('.js.map') || file.includes(path.sep)) continue;
      for (const source of JSON.parse(bytes.toString()).sources as string[]) {
        const dir = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(source)?.[1];
        // Sources from a package's own maps may name files it does not ship (its src/): not a package.
        const manifest = dir && path.resolve(builds[0], dir, 'package.json');
        if (!manifest || !existsSync(manifest)) continue;
        const pkg = JSON.parse(readFileSync(manifest, 'utf8'));
        // Older manifests write the licence as `{ type }`.
        packages.add(`${pkg.name}@${pkg.version}  ${pkg.license?.type ?? pkg.license}`);
      }
    }
    expect(packages.size).toBeGreaterThan(20);
    const listed = new Set(licences.split('\n').map((l) => l.replace(/ \(ships no licence file.*$/, '')));
    expect([...packages].filter((p) => !listed.has(p))).toEqual([]);
    expect(licences).toContain('Apache License');
    expect(licences).toContain('Permission is hereby granted, free of charge');
  });

  it('loads nothing but @actions/core and the input checks before the inputs are read', () => {
    // Every file index.js reaches through static imports, and the sources its map says it holds.
    const dir = builds[0];
    const reached = new Set<string>();
    const queue = ['index.js'];
    while (queue.length) {
      const file = queue.pop()!;
      if (reached.has(file)) continue;
      reached.add(file);
      const code = readFileSync(path.join(dir, file), 'utf8');
      for (const m of code.matchAll(
        /^(?:import|export)\s[^;]*?from\s*"\.\/([^"]+)"|^import\s*"\.\/([^"]+)"/gm,
      ))
        queue.push(m[1] ?? m[2]);
    }
    const sources = [...reached].flatMap(
      (file) => JSON.parse(readFileSync(path.join(dir, `${file}.map`), 'utf8')).sources as string[],
    );
    // Not vacuous: the walk found the input checks and the toolkit.
    expect(sources).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/src\/inputs\.ts$/),
        expect.stringMatching(/@actions\/core\//),
      ]),
    );
    // Paths are relative to the build: `../../verify/src/...` is the verifier, `.../node_modules/@aws-sdk/...` a client;
    // of the deployer only the stage rule and the command check (Node's own modules alone) may load.
    const heavy = sources.filter((s) =>
      /@aws-sdk\/|@smithy\/|@actions\/github\/|@octokit\/|\/dynalite\/|(^|\/)(local-cloud|verify)\/src\/|(^|\/)deploy\/src\/(?!(stageName|command)\.ts$)/.test(
        s,
      ),
    );
    expect(heavy).toEqual([]);
    // The rest is there, loaded on demand.
    expect(readFileSync(path.join(dir, 'index.js'), 'utf8')).toMatch(
      /import\("\.\/verifyService-[A-Z0-9]+\.js"\)/,
    );
  });

  (present ? it : it.skip)('is committed with its licence file and maps', () => {
    const committed = tree(path.join(action, 'dist'));
    expect(committed.get('licenses.txt')?.length).toBeGreaterThan(0);
    const code = [...committed.keys()].filter((f) => !f.includes(path.sep) && f.endsWith('.js'));
    expect(code.filter((f) => !committed.has(`${f}.map`))).toEqual([]);
  });
});
