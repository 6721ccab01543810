// Lambda Event-invoke benchmark, side by side in one run: this project's local cloud (Invoke ->
// handler -> destination record read from SQS), serverless-offline 13 on serverless 3 (Invoke ->
// handler, whose printed id stands in for the record since serverless-offline has no destinations), and a
// do-nothing HTTP server answering 202 (the ceiling). Node.js and Python handlers.
// Usage: `node bench/invoke/run.js [--no-build]` (BENCH_SECONDS=4 per phase by default).
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CreateFunctionCommand,
  InvokeCommand,
  LambdaClient,
  PutFunctionEventInvokeConfigCommand,
} from '@aws-sdk/client-lambda';
import {
  CreateQueueCommand,
  DeleteMessageBatchCommand,
  GetQueueAttributesCommand,
  PurgeQueueCommand,
  ReceiveMessageCommand,
  SQSClient,
} from '@aws-sdk/client-sqs';
import { zipSync } from 'fflate';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const peers = path.join(root, 'bench/.peers');
const SECONDS = Number(process.env.BENCH_SECONDS ?? 4);
const ACCEPT_CONCURRENCY = 16;
const IN_FLIGHT = 8;
const PEERS = ['serverless@3.40.0', 'serverless-offline@13.9.0'];
const credentials = { accessKeyId: 'test', secretAccessKey: 'test' };
const children = [];
// serverless-offline 13 refuses runtimes newer than python3.11; the local cloud runs the same handlers on it.
const PY = 'python3.11';

function prepare() {
  if (!existsSync(path.join(peers, 'node_modules/serverless-offline/package.json'))) {
    console.log(`installing ${PEERS.join(' ')} into bench/.peers ...`);
    execFileSync('npm', ['install', '--prefix', peers, ...PEERS, '--no-audit', '--no-fund'], {
      stdio: 'inherit',
    });
  }
  if (!process.argv.includes('--no-build')) {
    console.log('building packages/local-cloud ...');
    const cwd = path.join(root, 'packages/local-cloud');
    try {
      execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd, stdio: 'inherit' });
    } catch {
      console.log('(tsc reported errors; using what it emitted)');
    }
    execFileSync(process.execPath, ['scripts/copy-assets.js'], { cwd, stdio: 'inherit' });
  }
}

/** Starts a process in its own group and resolves with the first stdout match of `ready`. */
function start(command, args, { env, cwd, ready, timeoutMs = 60_000 }) {
  const child = spawn(command, args, { env, cwd, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  children.push(child);
  let out = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`not ready after ${timeoutMs} ms:\n${out.slice(-2000)}`)),
      timeoutMs,
    );
    const onData = (d) => {
      out += d;
      const m = ready.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ child, match: m });
      }
    };
    child.stdout.setEncoding('utf8').on('data', onData);
    child.stderr.setEncoding('utf8').on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${path.basename(command)} exited with ${code}:\n${out.slice(-2000)}`));
    });
  });
}

function stopAll() {
  for (const c of children) {
    try {
      process.kill(-c.pid, 'SIGKILL');
    } catch {}
  }
}

const rssMb = (pid) => {
  const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Math.round(Number(m[1]) / 1024) : NaN;
};
/** CPU time (ms) the process has used itself, from /proc (its live children not included). */
const cpuMs = (pid) => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
};
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const pct = (sorted, p) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN;

function zipDir(dir) {
  const files = {};
  for (const name of ['index.mjs', 'handler.py']) {
    const f = path.join(dir, name);
    if (existsSync(f)) files[name] = readFileSync(f);
  }
  return zipSync(files);
}

/** Event invokes as fast as `concurrency` callers go, for SECONDS: accepted (202) per second. */
async function accept(client, functionName) {
  let accepted = 0;
  let n = 0;
  const end = performance.now() + SECONDS * 1000;
  const worker = async () => {
    while (performance.now() < end) {
      const out = await client.send(
        new InvokeCommand({
          FunctionName: functionName,
          InvocationType: 'Event',
          Payload: Buffer.from(`{"id":"a${n++}"}`),
        }),
      );
      if (out.StatusCode === 202) accepted++;
    }
  };
  const t0 = performance.now();
  await Promise.all(Array.from({ length: ACCEPT_CONCURRENCY }, worker));
  return { accepted, rate: accepted / ((performance.now() - t0) / 1000) };
}

/** `inFlight` callers, each firing one Event invoke and waiting for its record: rate and latency. */
async function endToEnd(client, functionName, waiters, prefix, seconds = SECONDS, inFlight = IN_FLIGHT) {
  const latencies = [];
  let n = 0;
  const end = performance.now() + seconds * 1000;
  const worker = async () => {
    while (performance.now() < end) {
      const id = `${prefix}${n++}`;
      const arrived = new Promise((resolve) => waiters.set(id, resolve));
      const t0 = performance.now();
      await client.send(
        new InvokeCommand({
          FunctionName: functionName,
          InvocationType: 'Event',
          Payload: Buffer.from(`{"id":"${id}"}`),
        }),
      );
      const t1 = await Promise.race([arrived, sleep(10_000).then(() => undefined)]);
      waiters.delete(id);
      if (t1 !== undefined) latencies.push(t1 - t0);
    }
  };
  const t0 = performance.now();
  await Promise.all(Array.from({ length: inFlight }, worker));
  const took = (performance.now() - t0) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    records: latencies.length,
    rate: latencies.length / took,
    p50: pct(latencies, 50),
    p99: pct(latencies, 99),
  };
}

async function setupLocalCloud() {
  const { child, match } = await start(
    process.execPath,
    [
      path.join(root, 'packages/local-cloud/bin/local-cloud.js'),
      'start',
      '--port',
      '0',
      '--log-level',
      'error',
    ],
    { env: { ...process.env }, ready: /local-cloud (http:\/\/[\d.]+:\d+)/ },
  );
  const url = match[1];
  await sleep(1500);
  const idleRss = rssMb(child.pid);
  const config = { endpoint: url, region: 'us-east-1', credentials };
  const lambda = new LambdaClient(config);
  const sqs = new SQSClient(config);
  const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: 'bench-records' }));
  for (const [name, runtime, handler, dir] of [
    ['bench-node', 'nodejs20.x', 'index.handler', 'node'],
    ['bench-python', PY, 'handler.handler', 'python'],
  ]) {
    await lambda.send(
      new CreateFunctionCommand({
        FunctionName: name,
        Runtime: runtime,
        Handler: handler,
        Role: 'arn:aws:iam::000000000000:role/bench',
        Code: { ZipFile: zipDir(path.join(here, 'handlers', dir)) },
      }),
    );
    await lambda.send(
      new PutFunctionEventInvokeConfigCommand({
        FunctionName: name,
        MaximumRetryAttempts: 0,
        DestinationConfig: { OnSuccess: { Destination: 'arn:aws:sqs:us-east-1:000000000000:bench-records' } },
      }),
    );
    await lambda.send(new InvokeCommand({ FunctionName: name, Payload: Buffer.from('{"id":"warm"}') }));
  }
  // Receivers resolve the waiter of each record by the id in its requestPayload.
  const waiters = new Map();
  let running = true;
  let received = 0;
  const receiver = async () => {
    while (running) {
      const r = await sqs
        .send(new ReceiveMessageCommand({ QueueUrl, MaxNumberOfMessages: 10, WaitTimeSeconds: 1 }))
        .catch(() => ({}));
      const now = performance.now();
      const messages = r.Messages ?? [];
      received += messages.length;
      for (const m of messages) {
        const id = /"requestPayload":\{"id":"([^"]+)"/.exec(m.Body)?.[1];
        waiters.get(id)?.(now);
      }
      if (messages.length > 0) {
        sqs
          .send(
            new DeleteMessageBatchCommand({
              QueueUrl,
              Entries: messages.map((m, i) => ({ Id: String(i), ReceiptHandle: m.ReceiptHandle })),
            }),
          )
          .catch(() => {});
      }
    }
  };
  const receivers = Array.from({ length: 4 }, receiver);
  return {
    pid: child.pid,
    idleRss,
    lambda,
    waiters,
    received: () => received,
    async drain(expected) {
      const until = Date.now() + 120_000;
      while (received < expected && Date.now() < until) await sleep(100);
      await sqs.send(new PurgeQueueCommand({ QueueUrl })).catch(() => {});
      const a = await sqs.send(
        new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['ApproximateNumberOfMessages'] }),
      );
      return a.Attributes?.ApproximateNumberOfMessages;
    },
    async stop() {
      running = false;
      await Promise.all(receivers);
    },
  };
}

async function setupOffline() {
  const waiters = new Map();
  let done = 0;
  const service = path.join(peers, 'offline-service');
  mkdirSync(service, { recursive: true });
  for (const f of ['handler.js', 'handler.py']) {
    writeFileSync(path.join(service, f), readFileSync(path.join(here, 'offline', f)));
  }
  writeFileSync(
    path.join(service, 'serverless.yml'),
    [
      'service: bench',
      'frameworkVersion: "3"',
      'provider:',
      '  name: aws',
      '  runtime: nodejs20.x',
      'plugins:',
      '  - serverless-offline',
      'functions:',
      '  node:',
      '    handler: handler.handler',
      '  python:',
      '    handler: handler.handler',
      `    runtime: ${PY}`,
      '',
    ].join('\n'),
  );
  const lambdaPort = 30000 + Math.floor(Math.random() * 20000);
  const { child } = await start(
    process.execPath,
    [
      path.join(peers, 'node_modules/serverless/bin/serverless.js'),
      'offline',
      'start',
      '--lambdaPort',
      String(lambdaPort),
      '--httpPort',
      String(lambdaPort + 1),
      '--websocketPort',
      String(lambdaPort + 2),
      '--host',
      '127.0.0.1',
    ],
    {
      cwd: service,
      env: {
        ...process.env,
        SLS_TELEMETRY_DISABLED: '1',
        SLS_NOTIFICATIONS_MODE: 'off',
        AWS_ACCESS_KEY_ID: 'test',
        AWS_SECRET_ACCESS_KEY: 'test',
      },
      ready: /listening on http:\/\/[\w.]+:\d+/i,
    },
  );
  // Each handler prints `done <id>`: that line is the completion the benchmark waits for.
  let partial = '';
  const onOutput = (d) => {
    const now = performance.now();
    const lines = (partial + d).split('\n');
    partial = lines.pop();
    for (const line of lines) {
      const m = /done (\S+)/.exec(line);
      if (!m) continue;
      done++;
      waiters.get(m[1])?.(now);
    }
  };
  child.stdout.on('data', onOutput);
  child.stderr.on('data', onOutput);
  await sleep(1000);
  const lambda = new LambdaClient({
    endpoint: `http://127.0.0.1:${lambdaPort}`,
    region: 'us-east-1',
    credentials,
  });
  for (const fn of ['bench-dev-node', 'bench-dev-python']) {
    await lambda.send(new InvokeCommand({ FunctionName: fn, Payload: Buffer.from('{"id":"warm"}') }));
  }
  return {
    lambda,
    waiters,
    pid: child.pid,
    async drain(expected) {
      const until = Date.now() + 60_000;
      while (done < expected && Date.now() < until) await sleep(100);
      return done;
    },
    done: () => done,
  };
}

async function main() {
  prepare();
  const rows = [];
  const { match: ceilingMatch, child: ceilingChild } = await start(
    process.execPath,
    [path.join(here, 'ceiling.js')],
    {
      env: {},
      ready: /PORT (\d+)/,
    },
  );
  const ceiling = new LambdaClient({
    endpoint: `http://127.0.0.1:${ceilingMatch[1]}`,
    region: 'us-east-1',
    credentials,
  });
  const local = await setupLocalCloud();
  console.log(`local cloud idle RSS: ${local.idleRss} MB`);
  let offline;
  let offlineError;
  try {
    offline = await setupOffline();
  } catch (err) {
    offlineError = err instanceof Error ? err.message : String(err);
    console.log(`serverless-offline could not be run: ${offlineError}`);
  }

  const ceilCpu0 = cpuMs(ceilingChild.pid);
  const ceil = await accept(ceiling, 'ceiling');
  const ceilCpu = ((cpuMs(ceilingChild.pid) - ceilCpu0) * 1000) / ceil.accepted;
  rows.push({
    target: 'do-nothing 202 server (ceiling)',
    runtime: '-',
    accepted: ceil.rate,
    note: `server CPU ${ceilCpu.toFixed(0)} µs per invoke`,
  });

  for (const [runtime, fn, offFn] of [
    ['nodejs20.x', 'bench-node', 'bench-dev-node'],
    [PY, 'bench-python', 'bench-dev-python'],
  ]) {
    // A warm-up round at the measured concurrency, so every phase runs on warm environments.
    await endToEnd(local.lambda, fn, local.waiters, `${runtime}-w`, 1);
    const cpu0 = cpuMs(local.pid);
    const e2e = await endToEnd(local.lambda, fn, local.waiters, `${runtime}-e`);
    const cpuPerRecord = ((cpuMs(local.pid) - cpu0) * 1000) / e2e.records;
    const single = await endToEnd(local.lambda, fn, local.waiters, `${runtime}-s`, SECONDS / 2, 1);
    const before = local.received();
    const acceptCpu0 = cpuMs(local.pid);
    const acc = await accept(local.lambda, fn);
    const left = await local.drain(before + acc.accepted);
    const cpuPerEvent = ((cpuMs(local.pid) - acceptCpu0) * 1000) / acc.accepted;
    rows.push({
      target: 'local-cloud',
      runtime,
      accepted: acc.rate,
      ...e2e,
      p50single: single.p50,
      note:
        `cloud process CPU ${cpuPerRecord.toFixed(0)} µs per record at ${IN_FLIGHT} in flight, ` +
        `${cpuPerEvent.toFixed(0)} µs per event when flooded (accept, run, deliver, receive)` +
        (left === '0' ? '' : `; queue left ${left}`),
    });
    if (offline) {
      await endToEnd(offline.lambda, offFn, offline.waiters, `${runtime}-ow`, 1);
      const oe2e = await endToEnd(offline.lambda, offFn, offline.waiters, `${runtime}-o`);
      const osingle = await endToEnd(offline.lambda, offFn, offline.waiters, `${runtime}-os`, SECONDS / 2, 1);
      const obefore = offline.done();
      const oacc = await accept(offline.lambda, offFn);
      await offline.drain(obefore + oacc.accepted);
      rows.push({
        target: 'serverless-offline 13.9.0',
        runtime,
        accepted: oacc.rate,
        ...oe2e,
        p50single: osingle.p50,
      });
    }
  }
  await sleep(2000);
  const afterRss = rssMb(local.pid);
  await local.stop();
  stopAll();

  const f = (x, d = 0) => (Number.isFinite(x) ? x.toFixed(d) : '-');
  const lines = [
    `| target | runtime | Event invokes accepted /s | records end to end /s (${IN_FLIGHT} in flight) | p50 Invoke-to-record ms | p99 ms | p50 ms at 1 in flight | notes |`,
    '|---|---|---:|---:|---:|---:|---:|---|',
    ...rows.map(
      (r) =>
        `| ${r.target} | ${r.runtime} | ${f(r.accepted)} | ${f(r.rate)} | ${f(r.p50, 2)} | ${f(r.p99, 2)} | ${f(r.p50single, 2)} | ${r.note ?? ''} |`,
    ),
  ];
  console.log(`\n${lines.join('\n')}\n`);
  console.log(
    `local cloud RSS idle at start: ${local.idleRss} MB; idle after the run: ${afterRss} MB (handlers' processes not included)`,
  );
  const ratio = (a, b) => (b ? (a / b).toFixed(2) : '-');
  for (const runtime of ['nodejs20.x', PY]) {
    const l = rows.find((r) => r.target === 'local-cloud' && r.runtime === runtime);
    const o = rows.find((r) => r.target.startsWith('serverless-offline') && r.runtime === runtime);
    console.log(
      `${runtime}: accepted ${ratio(l.accepted, ceil.rate)} of ceiling; records ${o ? ratio(l.rate, o.rate) : '-'}x serverless-offline`,
    );
  }
  if (offlineError) console.log(`serverless-offline: ${offlineError.split('\n')[0]}`);
  writeFileSync(
    path.join(peers, 'invoke-results.json'),
    JSON.stringify({ rows, idleRss: local.idleRss, afterRss, seconds: SECONDS, offlineError }, null, 2),
  );
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    stopAll();
    process.exit(1);
  },
);
