// Lambda Event-invoke benchmark, side by side in one run: this project's local cloud (Invoke ->
// handler -> destination record read from SQS), serverless-offline 13 on serverless 3 (Invoke ->
// handler, whose printed id stands in for the record since serverless-offline has no destinations), and a
// do-nothing HTTP server answering 202 (the ceiling). Node.js and Python handlers. Each server runs in its
// own process; the phases of all of them are interleaved over BENCH_ROUNDS rounds and medians reported.
// Usage: `node bench/invoke/run.js [--no-build] [--baseline <checkout>]` (BENCH_SECONDS=3 per phase,
// BENCH_ROUNDS=3 by default); `--baseline` runs another built checkout's local cloud (e.g. the commit before a
// change) through the same phases in every round.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
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
  GetQueueAttributesCommand,
  PurgeQueueCommand,
  SQSClient,
} from '@aws-sdk/client-sqs';
import { zipSync } from 'fflate';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const peers = path.join(root, 'bench/.peers');
const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const baselineAt = process.argv.indexOf('--baseline');
const BASELINE = baselineAt > 0 ? path.resolve(process.argv[baselineAt + 1] ?? '') : undefined;
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
    // The local cloud and what its CLI imports (the deploy package), through Nx's own build graph.
    console.log('building packages/local-cloud and its dependencies ...');
    execFileSync(
      'npx',
      ['nx', 'run', '@destinations-action/local-cloud:build', '--skip-nx-cache', '--outputStyle=static'],
      { cwd: root, stdio: 'inherit', env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' } },
    );
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
  // A peer that exited mid-run has no /proc entry: its figure is unknown, the run goes on.
  if (!existsSync(`/proc/${pid}/stat`)) return Number.NaN;
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
};
/**
 * CPU time (ms) of the process's children (the handlers' execution environments): the live ones from
 * /proc, the ended ones from the parent's cutime and cstime.
 */
const childrenCpuMs = (pid) => {
  if (!existsSync(`/proc/${pid}/stat`)) return Number.NaN;
  const own = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  let total = ((Number(own[13]) + Number(own[14])) * 1000) / 100;
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const fields = readFileSync(`/proc/${d}/stat`, 'utf8').split(') ')[1].split(' ');
      if (Number(fields[1]) === pid) total += ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
    } catch {}
  }
  return total;
};
/** This driver's own CPU time (ms). */
const selfCpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const median = (xs) => {
  const v = xs.filter(Number.isFinite).sort((a, b) => a - b);
  return v.length ? v[Math.floor((v.length - 1) / 2)] : NaN;
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

/**
 * A lean SQS JSON-protocol call (one kept-alive connection per caller, no signing): reading a record
 * costs the driver about what reading serverless-offline's output line does, so the driver's CPU is
 * not what the comparison measures. Invokes go through the AWS SDK on every side alike.
 */
const sqsAgent = new http.Agent({ keepAlive: true, maxSockets: 8 });
function sqsCall(url, target, body) {
  const data = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      {
        method: 'POST',
        agent: sqsAgent,
        headers: {
          'Content-Type': 'application/x-amz-json-1.0',
          'X-Amz-Target': `AmazonSQS.${target}`,
          Authorization: 'AWS4-HMAC-SHA256 Credential=test/20260101/us-east-1/sqs/aws4_request',
          'Content-Length': Buffer.byteLength(data),
        },
      },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          if (res.statusCode === 200) resolve(JSON.parse(text));
          else reject(new Error(`${target}: ${res.statusCode} ${text}`));
        });
      },
    );
    req.on('error', reject);
    req.end(data);
  });
}

async function setupLocalCloud(checkout = root) {
  const { child, match } = await start(
    process.execPath,
    [
      path.join(checkout, 'packages/local-cloud/bin/local-cloud.js'),
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
  // Long polls (ReceiveMessage wakes as soon as a record lands) read the records and delete them.
  const receiver = async () => {
    while (running) {
      const r = await sqsCall(url, 'ReceiveMessage', {
        QueueUrl,
        MaxNumberOfMessages: 10,
        WaitTimeSeconds: 1,
      }).catch(() => ({}));
      const now = performance.now();
      const messages = r.Messages ?? [];
      received += messages.length;
      for (const m of messages) {
        const id = /"requestPayload":\{"id":"([^"]+)"/.exec(m.Body)?.[1];
        waiters.get(id)?.(now);
      }
      if (messages.length > 0) {
        sqsCall(url, 'DeleteMessageBatch', {
          QueueUrl,
          Entries: messages.map((m, i) => ({ Id: String(i), ReceiptHandle: m.ReceiptHandle })),
        }).catch(() => {});
      }
    }
  };
  const receivers = Array.from({ length: 2 }, receiver);
  return {
    pid: child.pid,
    url,
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

/** One measured side: its phases' figures from every round, per runtime. */
function collector() {
  const samples = new Map();
  return {
    add(key, figures) {
      if (!samples.has(key)) samples.set(key, []);
      samples.get(key).push(figures);
    },
    /** Median of each figure over the rounds, and its range. */
    summary(key) {
      const list = samples.get(key) ?? [];
      const out = {};
      for (const k of Object.keys(list[0] ?? {})) {
        const v = list.map((f) => f[k]);
        out[k] = median(v);
        out[`${k}Range`] = [Math.min(...v.filter(Number.isFinite)), Math.max(...v.filter(Number.isFinite))];
      }
      return out;
    },
  };
}

/** Runs `phase` and returns its figures with the CPU each process used per completed item (µs). */
async function withCpu(pids, phase) {
  const before = { driver: selfCpuMs(), ...Object.fromEntries(pids.map(([k, f]) => [k, f()])) };
  const r = await phase();
  const n = r.records ?? r.accepted;
  const cpu = { driverCpu: ((selfCpuMs() - before.driver) * 1000) / n };
  for (const [k, f] of pids) cpu[`${k}Cpu`] = ((f() - before[k]) * 1000) / n;
  return { ...r, ...cpu };
}

async function main() {
  prepare();
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
  const baseline = BASELINE ? await setupLocalCloud(BASELINE) : undefined;
  if (baseline) console.log(`baseline (${BASELINE}) idle RSS: ${baseline.idleRss} MB`);
  let offline;
  let offlineError;
  try {
    offline = await setupOffline();
  } catch (err) {
    offlineError = err instanceof Error ? err.message : String(err);
    console.log(`serverless-offline could not be run: ${offlineError}`);
  }
  const cloudCpu = (cloud) => [
    ['cloud', () => cpuMs(cloud.pid)],
    ['handlers', () => childrenCpuMs(cloud.pid)],
  ];
  const clouds = [['local', local], ...(baseline ? [['baseline', baseline]] : [])];
  const offlineCpu = offline ? [['server', () => cpuMs(offline.pid) + childrenCpuMs(offline.pid)]] : [];
  const runtimes = [
    ['nodejs20.x', 'bench-node', 'bench-dev-node'],
    [PY, 'bench-python', 'bench-dev-python'],
  ];
  // Warm-ups at the measured concurrency, so every phase runs on warm environments.
  for (const [runtime, fn, offFn] of runtimes) {
    for (const [, cloud] of clouds) await endToEnd(cloud.lambda, fn, cloud.waiters, `${runtime}-w`, 1);
    if (offline) await endToEnd(offline.lambda, offFn, offline.waiters, `${runtime}-ow`, 1);
  }
  const data = collector();
  for (let round = 0; round < ROUNDS; round++) {
    const ceil = await withCpu([['server', () => cpuMs(ceilingChild.pid)]], () => accept(ceiling, 'ceiling'));
    data.add('ceiling', { accepted: ceil.rate, serverCpu: ceil.serverCpu, driverCpu: ceil.driverCpu });
    for (const [runtime, fn, offFn] of runtimes) {
      const tag = `${runtime}-${round}`;
      let e2e;
      for (const [name, cloud] of clouds) {
        const run = await withCpu(cloudCpu(cloud), () =>
          endToEnd(cloud.lambda, fn, cloud.waiters, `${tag}-e`),
        );
        const single = await endToEnd(cloud.lambda, fn, cloud.waiters, `${tag}-s`, SECONDS / 2, 1);
        const before = cloud.received();
        const acc = await accept(cloud.lambda, fn);
        const left = await cloud.drain(before + acc.accepted);
        data.add(`${name} ${runtime}`, {
          accepted: acc.rate,
          ofCeiling: acc.rate / ceil.rate,
          rate: run.rate,
          p50: run.p50,
          p99: run.p99,
          p50single: single.p50,
          cloudCpu: run.cloudCpu,
          handlersCpu: run.handlersCpu,
          driverCpu: run.driverCpu,
          left: Number(left ?? 0),
        });
        if (name === 'local') e2e = run;
      }
      if (offline) {
        let oe2e;
        let osingle;
        let oacc;
        try {
          oe2e = await withCpu(offlineCpu, () =>
            endToEnd(offline.lambda, offFn, offline.waiters, `${tag}-o`),
          );
          osingle = await endToEnd(offline.lambda, offFn, offline.waiters, `${tag}-os`, SECONDS / 2, 1);
          const obefore = offline.done();
          oacc = await accept(offline.lambda, offFn);
          await offline.drain(obefore + oacc.accepted);
        } catch (err) {
          // The peer failing mid-run ends its figures, not the run: the rounds it finished still count.
          offlineError = `serverless-offline stopped answering in round ${round + 1}: ${err instanceof Error ? err.message : err}`;
          console.log(offlineError);
          offline = undefined;
          continue;
        }
        data.add(`offline ${runtime}`, {
          accepted: oacc.rate,
          rate: oe2e.rate,
          p50: oe2e.p50,
          p99: oe2e.p99,
          p50single: osingle.p50,
          serverCpu: oe2e.serverCpu,
          driverCpu: oe2e.driverCpu,
        });
        const l = data.summary(`local ${runtime}`);
        console.log(
          `round ${round + 1} ${runtime}: local ${e2e.rate.toFixed(0)}/s p50 ${e2e.p50.toFixed(2)} ms, offline ${oe2e.rate.toFixed(0)}/s; running median ratio ${(l.rate / data.summary(`offline ${runtime}`).rate).toFixed(2)}`,
        );
      }
    }
  }
  await sleep(2000);
  const afterRss = rssMb(local.pid);
  const metrics = await fetch(`${local.url}/_localcloud/metrics`)
    .then((r) => r.json())
    .catch(() => ({}));
  await local.stop();
  await baseline?.stop();
  stopAll();

  const f = (x, d = 0) => (Number.isFinite(x) ? x.toFixed(d) : '-');
  const range = (r, d = 0) => (r && Number.isFinite(r[0]) ? `${f(r[0], d)}-${f(r[1], d)}` : '-');
  const c = data.summary('ceiling');
  /** serverless-offline finished at least one round of this runtime (it may have stopped later). */
  const ranOffline = (runtime) => Number.isFinite(data.summary(`offline ${runtime}`).rate);
  const rows = [
    `| do-nothing 202 server (ceiling) | - | ${f(c.accepted)} (${range(c.acceptedRange)}) | - | - | - | - | server ${f(c.serverCpu)} µs, driver ${f(c.driverCpu)} µs per invoke |`,
  ];
  for (const [runtime] of runtimes) {
    if (baseline) {
      const b = data.summary(`baseline ${runtime}`);
      rows.push(
        `| baseline local-cloud | ${runtime} | ${f(b.accepted)} (${range(b.acceptedRange)}) | ${f(b.rate)} (${range(b.rateRange)}) | ${f(b.p50, 2)} (${range(b.p50Range, 1)}) | ${f(b.p99, 2)} (${range(b.p99Range, 1)}) | ${f(b.p50single, 2)} | cloud ${f(b.cloudCpu)} µs + handler processes ${f(b.handlersCpu)} µs + driver ${f(b.driverCpu)} µs per record${b.left ? `; queue left ${b.left}` : ''} |`,
      );
    }
    const l = data.summary(`local ${runtime}`);
    rows.push(
      `| local-cloud | ${runtime} | ${f(l.accepted)} (${range(l.acceptedRange)}) | ${f(l.rate)} (${range(l.rateRange)}) | ${f(l.p50, 2)} (${range(l.p50Range, 1)}) | ${f(l.p99, 2)} (${range(l.p99Range, 1)}) | ${f(l.p50single, 2)} | cloud ${f(l.cloudCpu)} µs + handler processes ${f(l.handlersCpu)} µs + driver ${f(l.driverCpu)} µs per record${l.left ? `; queue left ${l.left}` : ''} |`,
    );
    if (ranOffline(runtime)) {
      const o = data.summary(`offline ${runtime}`);
      rows.push(
        `| serverless-offline 13.9.0 | ${runtime} | ${f(o.accepted)} (${range(o.acceptedRange)}) | ${f(o.rate)} (${range(o.rateRange)}) | ${f(o.p50, 2)} (${range(o.p50Range, 1)}) | ${f(o.p99, 2)} (${range(o.p99Range, 1)}) | ${f(o.p50single, 2)} | server ${f(o.serverCpu)} µs + driver ${f(o.driverCpu)} µs per record |`,
      );
    }
  }
  const lines = [
    `| target | runtime | Event invokes accepted /s | records end to end /s (${IN_FLIGHT} in flight) | p50 Invoke-to-record ms | p99 ms | p50 ms at 1 in flight | CPU per record (8 in flight) |`,
    '|---|---|---:|---:|---:|---:|---:|---|',
    ...rows,
  ];
  console.log(`\n${ROUNDS} rounds of ${SECONDS} s phases; medians (range over rounds)\n`);
  console.log(`${lines.join('\n')}\n`);
  console.log(
    `local cloud RSS idle at start: ${local.idleRss} MB; idle after the run: ${afterRss} MB (handlers' processes not included)`,
  );
  console.log(
    `local cloud execution environments started: ${JSON.stringify(metrics.EnvironmentsStarted ?? {})}`,
  );
  for (const [runtime] of runtimes) {
    const l = data.summary(`local ${runtime}`);
    const o = ranOffline(runtime) ? data.summary(`offline ${runtime}`) : undefined;
    console.log(
      `${runtime}: accepted ${f(l.ofCeiling, 2)} of ceiling (${range(l.ofCeilingRange, 2)}); records ${o ? f(l.rate / o.rate, 2) : '-'}x serverless-offline's median, ${o ? f(l.rate / o.rateRange[1], 2) : '-'}x its best round`,
    );
  }
  for (const [runtime] of baseline ? runtimes : []) {
    const l = data.summary(`local ${runtime}`);
    const b = data.summary(`baseline ${runtime}`);
    console.log(
      `${runtime}: local-cloud vs baseline: accepted ${f(l.accepted / b.accepted, 2)}x, records ${f(l.rate / b.rate, 2)}x, cloud CPU per record ${f(b.cloudCpu / l.cloudCpu, 2)}x (above 1: this build uses less), p50 ${f(l.p50, 2)} vs ${f(b.p50, 2)} ms`,
    );
  }
  if (offlineError) console.log(`serverless-offline: ${offlineError.split('\n')[0]}`);
  const summaries = Object.fromEntries(
    ['ceiling', ...runtimes.flatMap(([r]) => [`local ${r}`, `baseline ${r}`, `offline ${r}`])].map((k) => [
      k,
      data.summary(k),
    ]),
  );
  writeFileSync(
    path.join(peers, 'invoke-results.json'),
    JSON.stringify(
      {
        summaries,
        idleRss: local.idleRss,
        afterRss,
        environmentsStarted: metrics.EnvironmentsStarted,
        seconds: SECONDS,
        rounds: ROUNDS,
        offlineError,
      },
      null,
      2,
    ),
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
