#!/usr/bin/env node
// Wall time of `destinations verify` for 100 successful and 100 failing invocations on a local cloud at
// --time-scale 0.001 (goal: under 2 s).
// Usage: node bench/verify/bench.mjs [--runs 5] [--no-build] [--write] [--verbose] [--invocations 100]
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  CreateFunctionCommand,
  LambdaClient,
  PutFunctionEventInvokeConfigCommand,
} from '@aws-sdk/client-lambda';
import { CreateQueueCommand, GetQueueAttributesCommand, SQSClient } from '@aws-sdk/client-sqs';
import { strToU8, zipSync } from 'fflate';

const root = path.resolve(import.meta.dirname, '../..');
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    'no-build': { type: 'boolean' },
    write: { type: 'boolean' },
    invocations: { type: 'string', default: '100' },
    verbose: { type: 'boolean' },
  },
});
const runs = Number(values.runs);
const n = Number(values.invocations);

if (!values['no-build']) {
  for (const pkg of ['local-cloud', 'verify']) {
    const r = spawnSync('npm', ['run', 'build', '-w', `@destinations-action/${pkg}`], {
      cwd: root,
      stdio: 'inherit',
    });
    if (r.status !== 0) process.exit(r.status ?? 1);
  }
}

// The local cloud in its own process, as a user would run it.
const cloud = spawn(
  process.execPath,
  [
    path.join(root, 'packages/local-cloud/bin/local-cloud.js'),
    'start',
    '--port',
    '0',
    '--time-scale',
    '0.001',
    '--log-level',
    'error',
  ],
  { stdio: ['ignore', 'pipe', 'inherit'] },
);
const endpoint = await new Promise((resolve, reject) => {
  let buf = '';
  cloud.stdout.on('data', (d) => {
    buf += d;
    const m = /(http:\/\/[\d.]+:\d+)/.exec(buf);
    if (m) resolve(m[1]);
  });
  cloud.on('exit', (code) => reject(new Error(`local cloud exited ${code}`)));
});

try {
  const config = {
    endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
  };
  const sqs = new SQSClient(config);
  const lambda = new LambdaClient(config);
  const arn = async (name) => {
    const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: name }));
    const { Attributes } = await sqs.send(
      new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['QueueArn'] }),
    );
    return Attributes.QueueArn;
  };
  const handler = `export const handler = async (event) => {
  if (event.Success) return { statusCode: 200 };
  throw new Error('Some serious failure');
};`;
  await lambda.send(
    new CreateFunctionCommand({
      FunctionName: 'bench-hello',
      Runtime: 'nodejs20.x',
      Handler: 'index.handler',
      Role: 'arn:aws:iam::000000000000:role/bench',
      Code: { ZipFile: zipSync({ 'index.mjs': strToU8(handler) }) },
    }),
  );
  await lambda.send(
    new PutFunctionEventInvokeConfigCommand({
      FunctionName: 'bench-hello',
      MaximumRetryAttempts: 2,
      DestinationConfig: {
        OnSuccess: { Destination: await arn('bench-ok') },
        OnFailure: { Destination: await arn('bench-fail') },
      },
    }),
  );
  sqs.destroy();
  lambda.destroy();

  const dir = mkdtempSync(path.join(tmpdir(), 'bench-verify-'));
  const spec = path.join(dir, 'destinations.yml');
  writeFileSync(
    spec,
    `function: bench-hello
cases:
  - name: succeeds
    payload: { "Success": true }
    invocations: ${n}
    expect: { destination: onSuccess, responsePayload: { statusCode: 200 } }
  - name: fails
    payload: { "Success": false }
    invocations: ${n}
    expect: { destination: onFailure, functionError: Unhandled }
`,
  );
  const command = [
    'verify',
    spec,
    '--cloud',
    'local',
    '--endpoint',
    endpoint,
    ...(values.verbose ? [] : ['--quiet']),
    '--json',
    path.join(dir, 'report.json'),
  ];
  const times = [];
  for (let i = 0; i < runs + 1; i++) {
    const started = performance.now();
    const r = spawnSync(
      process.execPath,
      [path.join(root, 'packages/verify/bin/destinations.js'), ...command],
      {
        encoding: 'utf8',
      },
    );
    const ms = performance.now() - started;
    if (values.verbose) process.stderr.write(r.stderr);
    if (r.status !== 0) {
      console.error(r.stdout, r.stderr);
      throw new Error(`verify exited ${r.status}`);
    }
    const report = JSON.parse(readFileSync(path.join(dir, 'report.json'), 'utf8'));
    // The first run warms the function's execution environments; it is shown, not counted.
    console.log(
      `${i === 0 ? 'warm-up' : `run ${i}`}: ${(ms / 1000).toFixed(2)} s wall, ${report.totals.received}/${report.totals.invocations} records`,
    );
    if (i > 0) times.push(ms);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  const summary = `median ${(median / 1000).toFixed(2)} s, min ${(times[0] / 1000).toFixed(2)} s, max ${(times.at(-1) / 1000).toFixed(2)} s over ${runs} runs`;
  console.log(summary);
  if (values.write) {
    const cpu = (await import('node:os')).cpus()[0]?.model ?? 'unknown CPU';
    writeFileSync(
      path.join(root, 'docs/.parts/BENCHMARKS-verify.md'),
      `## destinations verify on the local cloud

Wall time of one \`destinations verify\` process (start to exit, Node start-up included) for ${n} successful and
${n} failing asynchronous invocations (2 retries each, so ${n * 4} handler runs) against a local cloud running in
its own process at \`--time-scale 0.001\`; every record read from two SQS destination queues and judged.
Goal: under 2 s.

| measure | value |
|---|---|
| median | ${(median / 1000).toFixed(2)} s |
| min / max | ${(times[0] / 1000).toFixed(2)} s / ${(times.at(-1) / 1000).toFixed(2)} s |
| runs | ${runs} (after one warm-up run, not counted) |
| machine | ${(await import('node:os')).cpus().length} cores (${cpu}), Node ${process.versions.node} |

Command: \`node bench/verify/bench.mjs --runs ${runs} --write\` (builds both packages first; \`--no-build\` skips it).
No peer runs beside it: the one emulator that delivers destination records (LocalStack) needs an auth
token since March 2026, and none of the others deliver them at all.
`,
    );
  }
} finally {
  cloud.kill('SIGTERM');
}
