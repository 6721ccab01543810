// Sustained mixed load on one local cloud: measures the mix's maximum throughput briefly, then runs at 80% of
// it for a while (SQS send, receive and delete; Lambda Event invokes whose OnSuccess records go to SQS and
// are drained; PutLogEvents), sampling the server's RSS and the p99 latency every few seconds. Writes
// docs/memory.svg and prints the table of docs/RELIABILITY.md ("Memory").
// Usage: `node bench/memory/run.js [--no-build]` (MEMORY_MAX_SECONDS=20, MEMORY_SECONDS=300,
// MEMORY_SAMPLE_SECONDS=5 by default).
import { execFileSync, spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CloudWatchLogsClient,
  CreateLogGroupCommand,
  CreateLogStreamCommand,
  PutLogEventsCommand,
} from '@aws-sdk/client-cloudwatch-logs';
import {
  CreateFunctionCommand,
  InvokeCommand,
  LambdaClient,
  PutFunctionEventInvokeConfigCommand,
} from '@aws-sdk/client-lambda';
import {
  CreateQueueCommand,
  DeleteMessageBatchCommand,
  ReceiveMessageCommand,
  SendMessageCommand,
  SQSClient,
} from '@aws-sdk/client-sqs';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import { zipSync } from 'fflate';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const MAX_SECONDS = Number(process.env.MEMORY_MAX_SECONDS ?? 20);
const SECONDS = Number(process.env.MEMORY_SECONDS ?? 300);
const SAMPLE_SECONDS = Number(process.env.MEMORY_SAMPLE_SECONDS ?? 5);
const WORKERS = 16;
const MAX_IN_FLIGHT = 64;
/** Of every 10 operations: 4 sends, 3 receive-and-delete, 2 PutLogEvents (10 events), 1 Event invoke. */
const MIX = ['send', 'send', 'send', 'send', 'receive', 'receive', 'receive', 'logs', 'logs', 'invoke'];
const HANDLER = `export const handler = async (event) => {
  console.log('memory bench event', JSON.stringify(event));
  return { ok: true, n: event.n };
};
`;

function build() {
  if (process.argv.includes('--no-build')) return;
  console.log('building packages/local-cloud and its dependencies ...');
  execFileSync(
    'npx',
    ['nx', 'run', '@destinations-action/local-cloud:build', '--skip-nx-cache', '--outputStyle=static'],
    { cwd: root, stdio: 'inherit', env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' } },
  );
}

/** `local-cloud start` in its own process; resolves with its URL once it prints it. */
function startCloud() {
  const bin = path.join(root, 'packages/local-cloud/bin/local-cloud.js');
  const child = spawn(process.execPath, [bin, 'start', '--port', '0', '--log-level', 'error'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.on('exit', (code) => reject(new Error(`local-cloud exited with ${code}: ${out}`)));
    child.stdout.setEncoding('utf8').on('data', (d) => {
      out += d;
      const m = /local-cloud (http:\/\/[^ ]+) /.exec(out);
      if (m) resolve({ child, url: m[1] });
    });
  });
}

/** The server process's resident set in bytes (its Lambda handlers run in processes of their own). */
function rssOf(pid) {
  const kb = Number(execFileSync('ps', ['-o', 'rss=', '-p', String(pid)], { encoding: 'utf8' }).trim());
  return kb * 1024;
}

function percentile(sorted, p) {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function setUp(url) {
  const config = {
    endpoint: url,
    region: 'us-east-1',
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    maxAttempts: 1,
    requestHandler: new NodeHttpHandler({ httpAgent: new http.Agent({ keepAlive: true, maxSockets: 64 }) }),
  };
  const sqs = new SQSClient(config);
  const lambda = new LambdaClient(config);
  const logs = new CloudWatchLogsClient(config);
  const work = (await sqs.send(new CreateQueueCommand({ QueueName: 'memory-work' }))).QueueUrl;
  const records = (await sqs.send(new CreateQueueCommand({ QueueName: 'memory-records' }))).QueueUrl;
  await lambda.send(
    new CreateFunctionCommand({
      FunctionName: 'memory-fn',
      Runtime: 'nodejs20.x',
      Handler: 'index.handler',
      Role: 'arn:aws:iam::000000000000:role/memory-bench',
      Code: { ZipFile: zipSync({ 'index.mjs': Buffer.from(HANDLER) }) },
    }),
  );
  await lambda.send(
    new PutFunctionEventInvokeConfigCommand({
      FunctionName: 'memory-fn',
      DestinationConfig: { OnSuccess: { Destination: 'arn:aws:sqs:us-east-1:000000000000:memory-records' } },
    }),
  );
  await logs.send(new CreateLogGroupCommand({ logGroupName: '/bench/memory' }));
  await logs.send(new CreateLogStreamCommand({ logGroupName: '/bench/memory', logStreamName: 'app' }));
  return { sqs, lambda, logs, work, records };
}

/** One operation of the mix; resolves when its answer arrived. */
function operation(c, kind, n) {
  switch (kind) {
    case 'send':
      return c.sqs.send(
        new SendMessageCommand({ QueueUrl: c.work, MessageBody: `{"n":${n},"pad":"${'x'.repeat(200)}"}` }),
      );
    case 'receive':
      return c.sqs
        .send(new ReceiveMessageCommand({ QueueUrl: c.work, MaxNumberOfMessages: 10, VisibilityTimeout: 60 }))
        .then(({ Messages = [] }) =>
          Messages.length === 0
            ? undefined
            : c.sqs.send(
                new DeleteMessageBatchCommand({
                  QueueUrl: c.work,
                  Entries: Messages.map((m, i) => ({ Id: String(i), ReceiptHandle: m.ReceiptHandle })),
                }),
              ),
        );
    case 'logs': {
      const now = Date.now();
      const logEvents = Array.from({ length: 10 }, (_, i) => ({
        timestamp: now,
        message: `request ${n}.${i} handled in ${n % 97} ms by the memory bench`,
      }));
      return c.logs.send(
        new PutLogEventsCommand({ logGroupName: '/bench/memory', logStreamName: 'app', logEvents }),
      );
    }
    case 'invoke':
      return c.lambda.send(
        new InvokeCommand({
          FunctionName: 'memory-fn',
          InvocationType: 'Event',
          Payload: Buffer.from(`{"n":${n}}`),
        }),
      );
  }
}

/** Drains the destination queue all along, counting records (one per invoke expected). */
function drainRecords(c, state) {
  const loop = async () => {
    while (!state.stopped) {
      const { Messages = [] } = await c.sqs.send(
        new ReceiveMessageCommand({ QueueUrl: c.records, MaxNumberOfMessages: 10, WaitTimeSeconds: 1 }),
      );
      if (Messages.length === 0) continue;
      state.records += Messages.length;
      await c.sqs.send(
        new DeleteMessageBatchCommand({
          QueueUrl: c.records,
          Entries: Messages.map((m, i) => ({ Id: String(i), ReceiptHandle: m.ReceiptHandle })),
        }),
      );
    }
  };
  return Promise.all([loop(), loop()]);
}

/** Closed loop: WORKERS back to back for `seconds`; answers operations per second. */
async function maximum(c, state, seconds) {
  const end = Date.now() + seconds * 1000;
  let done = 0;
  await Promise.all(
    Array.from({ length: WORKERS }, async () => {
      while (Date.now() < end) {
        const n = state.n++;
        if (MIX[n % MIX.length] === 'invoke') state.invokes++;
        await operation(c, MIX[n % MIX.length], n);
        done++;
      }
    }),
  );
  return done / seconds;
}

/** Open loop at `rate` operations per second for `seconds`, sampled every SAMPLE_SECONDS. */
async function sustained(c, state, pid, rate, seconds) {
  const samples = [];
  const started = performance.now();
  let issued = 0;
  let window = [];
  let errors = 0;
  let missed = 0;
  const inFlight = new Set();
  let nextSample = SAMPLE_SECONDS * 1000;
  let missedBefore = 0;
  while (performance.now() - started < seconds * 1000) {
    const elapsed = performance.now() - started;
    while (issued + missed < (elapsed / 1000) * rate) {
      // A client falling behind must not pile up requests without bound: beyond MAX_IN_FLIGHT the
      // operation is not sent, and counted as missed.
      if (inFlight.size >= MAX_IN_FLIGHT) {
        missed++;
        continue;
      }
      issued++;
      const n = state.n++;
      const kind = MIX[n % MIX.length];
      if (kind === 'invoke') state.invokes++;
      const t0 = performance.now();
      const p = operation(c, kind, n).then(
        () => window.push(performance.now() - t0),
        () => errors++,
      );
      inFlight.add(p);
      p.finally(() => inFlight.delete(p));
    }
    if (elapsed >= nextSample) {
      const sorted = window.sort((a, b) => a - b);
      samples.push({
        t: Math.round(elapsed / 1000),
        rss: rssOf(pid),
        p50: percentile(sorted, 50),
        p99: percentile(sorted, 99),
        ops: sorted.length / SAMPLE_SECONDS,
        missed: missed - missedBefore,
        backlog: state.invokes - state.records,
      });
      const s = samples.at(-1);
      console.log(
        `${String(s.t).padStart(4)} s  RSS ${(s.rss / 2 ** 20).toFixed(0).padStart(4)} MiB  p50 ${s.p50.toFixed(1)} ms  ` +
          `p99 ${s.p99.toFixed(1)} ms  ${s.ops.toFixed(0)} ops/s  missed ${s.missed}  records behind ${s.backlog}`,
      );
      window = [];
      missedBefore = missed;
      nextSample += SAMPLE_SECONDS * 1000;
    }
    await new Promise((r) => setTimeout(r, 5));
  }
  await Promise.all(inFlight);
  return { samples, errors, issued, missed };
}

/** A plain SVG line plot: RSS (MiB, left axis) and p99 latency (ms, right axis) over time. */
function plot(samples, rate) {
  const W = 720;
  const H = 360;
  const L = 60;
  const R = 60;
  const T = 40;
  const B = 50;
  const tMax = Math.max(...samples.map((s) => s.t));
  const rssMax = Math.ceil(Math.max(...samples.map((s) => s.rss / 2 ** 20)) / 50) * 50;
  const p99Max = Math.ceil(Math.max(...samples.map((s) => s.p99)) / 10) * 10 || 10;
  const x = (t) => L + ((W - L - R) * t) / tMax;
  const yL = (v) => H - B - ((H - T - B) * v) / rssMax;
  const yR = (v) => H - B - ((H - T - B) * v) / p99Max;
  const line = (f) => samples.map((s) => `${x(s.t).toFixed(1)},${f(s).toFixed(1)}`).join(' ');
  const ticks = [];
  for (let i = 0; i <= 5; i++) {
    const y = T + ((H - T - B) * i) / 5;
    ticks.push(`<line x1="${L}" y1="${y}" x2="${W - R}" y2="${y}" stroke="#ddd"/>`);
    ticks.push(
      `<text x="${L - 6}" y="${y + 4}" text-anchor="end">${Math.round(rssMax * (1 - i / 5))}</text>`,
    );
    ticks.push(`<text x="${W - R + 6}" y="${y + 4}">${Math.round(p99Max * (1 - i / 5))}</text>`);
  }
  for (let t = 0; t <= tMax; t += 60) {
    ticks.push(`<text x="${x(t)}" y="${H - B + 18}" text-anchor="middle">${t}</text>`);
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="12">
<title>Server RSS and p99 latency of the local cloud over time, under a sustained mixed load</title>
<rect width="${W}" height="${H}" fill="#fff"/>
<text x="${W / 2}" y="20" text-anchor="middle" font-size="14">Local cloud under a mixed load at ${Math.round(rate)} operations/s (80% of the measured maximum)</text>
${ticks.join('\n')}
<line x1="${L}" y1="${H - B}" x2="${W - R}" y2="${H - B}" stroke="#000"/>
<text x="${W / 2}" y="${H - 12}" text-anchor="middle">time (s)</text>
<text x="16" y="${H / 2}" transform="rotate(-90 16 ${H / 2})" text-anchor="middle" fill="#1f5fbf">server RSS (MiB)</text>
<text x="${W - 14}" y="${H / 2}" transform="rotate(90 ${W - 14} ${H / 2})" text-anchor="middle" fill="#c0392b">p99 latency (ms)</text>
<polyline fill="none" stroke="#1f5fbf" stroke-width="2" points="${line((s) => yL(s.rss / 2 ** 20))}"/>
<polyline fill="none" stroke="#c0392b" stroke-width="2" points="${line((s) => yR(s.p99))}"/>
</svg>
`;
}

build();
const { child, url } = await startCloud();
try {
  const c = await setUp(url);
  const state = { n: 0, invokes: 0, records: 0, stopped: false };
  const drain = drainRecords(c, state);
  const startRss = rssOf(child.pid);
  console.log(`measuring the maximum for ${MAX_SECONDS} s with ${WORKERS} workers ...`);
  const max = await maximum(c, state, MAX_SECONDS);
  const rate = max * 0.8;
  console.log(
    `maximum ${max.toFixed(0)} operations/s; running ${SECONDS} s at ${rate.toFixed(0)} operations/s`,
  );
  const run = await sustained(c, state, child.pid, rate, SECONDS);
  // Every invoke's record arrives once the load stops.
  const waitUntil = Date.now() + 60_000;
  while (state.records < state.invokes && Date.now() < waitUntil)
    await new Promise((r) => setTimeout(r, 200));
  state.stopped = true;
  await drain;
  const { samples } = run;
  writeFileSync(path.join(root, 'docs/memory.svg'), plot(samples, rate));
  const mib = (b) => (b / 2 ** 20).toFixed(0);
  const first = samples.slice(0, Math.ceil(samples.length / 5));
  const last = samples.slice(-Math.ceil(samples.length / 5));
  const avg = (xs, f) => xs.reduce((a, s) => a + f(s), 0) / xs.length;
  console.log(
    '\n| time (s) | server RSS (MiB) | p50 (ms) | p99 (ms) | operations/s | missed | records behind |',
  );
  console.log('|---:|---:|---:|---:|---:|---:|---:|');
  for (const s of samples.filter((_, i) => (i + 1) % Math.max(1, Math.round(30 / SAMPLE_SECONDS)) === 0)) {
    console.log(
      `| ${s.t} | ${mib(s.rss)} | ${s.p50.toFixed(1)} | ${s.p99.toFixed(1)} | ${s.ops.toFixed(0)} | ${s.missed} | ${s.backlog} |`,
    );
  }
  console.log(
    `\nnode ${process.version}; RSS at start ${mib(startRss)} MiB, peak ${mib(Math.max(...samples.map((s) => s.rss)))} MiB; ` +
      `first fifth: RSS ${mib(avg(first, (s) => s.rss))} MiB, p99 ${avg(first, (s) => s.p99).toFixed(1)} ms; ` +
      `last fifth: RSS ${mib(avg(last, (s) => s.rss))} MiB, p99 ${avg(last, (s) => s.p99).toFixed(1)} ms; ` +
      `${run.issued} operations, ${run.missed} missed, ${run.errors} errors, ${state.invokes} invokes, ${state.records} records`,
  );
  for (const client of [c.sqs, c.lambda, c.logs]) client.destroy();
} finally {
  child.kill('SIGTERM');
}
