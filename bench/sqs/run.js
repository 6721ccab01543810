// SQS benchmark, side by side in one run: this project's local cloud, local-aws-sqs@2.0.2 and a do-nothing
// ceiling, each in its own process, driven by @aws-sdk/client-sqs. Usage: `node bench/sqs/run.js [--no-build]`.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { Agent } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CreateQueueCommand,
  DeleteMessageBatchCommand,
  ReceiveMessageCommand,
  SendMessageBatchCommand,
  SendMessageCommand,
  SQSClient,
} from '@aws-sdk/client-sqs';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import { BODY } from './server.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const PEER = 'local-aws-sqs@2.0.2';
const SECONDS = Number(process.env.BENCH_SECONDS ?? 4);
const DEPTH = Number(process.env.BENCH_DEPTH ?? 50_000);
const CONCURRENCY = 16;

function prepare() {
  if (!existsSync(path.join(root, 'bench/.peers/node_modules/local-aws-sqs/package.json'))) {
    console.log(`installing ${PEER} into bench/.peers ...`);
    execFileSync(
      'npm',
      ['install', '--prefix', path.join(root, 'bench/.peers'), PEER, '--no-audit', '--no-fund'],
      {
        stdio: 'inherit',
      },
    );
  }
  if (!process.argv.includes('--no-build')) {
    console.log('building packages/local-cloud (tsc -p tsconfig.build.json) ...');
    execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], {
      cwd: path.join(root, 'packages/local-cloud'),
      stdio: 'inherit',
    });
  }
}

/** Starts a server process; `cpu()` asks it for the CPU time it has used (µs), so it is charged alone. */
async function startServer(kind) {
  const child = spawn(process.execPath, [path.join(here, 'server.js'), kind], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  let buffer = '';
  let onLine;
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (d) => {
    buffer += d;
    let nl = buffer.indexOf('\n');
    while (nl >= 0) {
      const line = buffer.slice(0, nl);
      buffer = buffer.slice(nl + 1);
      onLine?.(line);
      nl = buffer.indexOf('\n');
    }
  });
  const next = (prefix) =>
    new Promise((resolve) => {
      onLine = (line) => {
        if (line.startsWith(prefix)) resolve(Number(line.slice(prefix.length)));
      };
    });
  const exited = new Promise((_, reject) =>
    child.once('exit', (code) => reject(new Error(`${kind} server exited with ${code}`))),
  );
  exited.catch(() => {});
  const port = await Promise.race([next('PORT '), exited]);
  return {
    port,
    cpu: () => {
      const answer = next('CPU ');
      child.stdin.write('cpu\n');
      return answer;
    },
    stop: () =>
      new Promise((resolve) => {
        child.removeAllListeners('exit');
        child.once('exit', resolve);
        child.stdin.end();
      }),
  };
}

function client(port) {
  return new SQSClient({
    endpoint: `http://127.0.0.1:${port}`,
    region: 'us-east-1',
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    requestHandler: new NodeHttpHandler({ httpAgent: new Agent({ keepAlive: true, maxSockets: 64 }) }),
  });
}

const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

function summary(latencies, messages, seconds, cpuUs) {
  latencies.sort((a, b) => a - b);
  return {
    rate: messages / seconds,
    p50: pct(latencies, 50),
    p99: pct(latencies, 99),
    cpuUs: cpuUs / messages,
  };
}

/** Runs `op` from `CONCURRENCY` loops for `seconds`; each call answers how many messages it moved. */
async function timed(seconds, op, cpu) {
  const latencies = [];
  let messages = 0;
  const cpuBefore = cpu ? await cpu() : 0;
  const start = performance.now();
  const end = start + seconds * 1000;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < end) {
        const t = performance.now();
        // Read the count only after the await: `messages += await op()` would lose concurrent updates.
        const moved = await op();
        messages += moved;
        latencies.push(performance.now() - t);
      }
    }),
  );
  const elapsed = (performance.now() - start) / 1000;
  const cpuUs = cpu ? (await cpu()) - cpuBefore : 0;
  return summary(latencies, messages, elapsed, cpuUs);
}

async function singleSends(sqs, QueueUrl, cpu) {
  const op = async () => {
    await sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: BODY }));
    return 1;
  };
  await timed(1, op); // warm-up: connections, JIT
  return timed(SECONDS, op, cpu);
}

const batch = (i) => Array.from({ length: 10 }, (_, j) => ({ Id: `m${i}-${j}`, MessageBody: BODY }));

async function batchSends(sqs, QueueUrl, cpu) {
  let i = 0;
  const op = async () => {
    await sqs.send(new SendMessageBatchCommand({ QueueUrl, Entries: batch(i++) }));
    return 10;
  };
  await timed(1, op);
  return timed(SECONDS, op, cpu);
}

async function deepDrain(sqs, QueueUrl, cpu) {
  let sent = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (sent < DEPTH) {
        sent += 10;
        await sqs.send(new SendMessageBatchCommand({ QueueUrl, Entries: batch(sent) }));
      }
    }),
  );
  const latencies = [];
  let drained = 0;
  const cpuBefore = await cpu();
  const start = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (drained < sent) {
        const t = performance.now();
        const { Messages = [] } = await sqs.send(
          new ReceiveMessageCommand({ QueueUrl, MaxNumberOfMessages: 10, VisibilityTimeout: 120 }),
        );
        if (Messages.length === 0) break;
        await sqs.send(
          new DeleteMessageBatchCommand({
            QueueUrl,
            Entries: Messages.map((m, k) => ({ Id: `d${k}`, ReceiptHandle: m.ReceiptHandle })),
          }),
        );
        latencies.push(performance.now() - t);
        drained += Messages.length;
      }
    }),
  );
  const elapsed = (performance.now() - start) / 1000;
  return summary(latencies, drained, elapsed, (await cpu()) - cpuBefore);
}

async function measure(kind, workloads) {
  const server = await startServer(kind);
  const sqs = client(server.port);
  const results = {};
  try {
    for (const [name, fn] of Object.entries(workloads)) {
      const QueueUrl =
        kind === 'ceiling'
          ? `http://127.0.0.1:${server.port}/000000000000/bench`
          : (await sqs.send(new CreateQueueCommand({ QueueName: `bench-${name}` }))).QueueUrl;
      results[name] = await fn(sqs, QueueUrl, server.cpu);
      console.log(`  ${kind} ${name}: ${Math.round(results[name].rate)} msgs/s`);
    }
  } finally {
    sqs.destroy();
    await server.stop();
  }
  return results;
}

prepare();
const started = performance.now();
const all = {
  ceiling: await measure('ceiling', { single: singleSends }),
  'local-cloud': await measure('local-cloud', { single: singleSends, batch: batchSends, drain: deepDrain }),
  'local-aws-sqs': await measure('local-aws-sqs', {
    single: singleSends,
    batch: batchSends,
    drain: deepDrain,
  }),
};
const fmt = (r) =>
  `${Math.round(r.rate).toLocaleString('en-US')} | ${r.p50.toFixed(2)} | ${r.p99.toFixed(2)} | ${r.cpuUs.toFixed(1)}`;
const rows = [
  ['SendMessage, concurrency 16', 'single'],
  ['SendMessageBatch of 10, concurrency 16', 'batch'],
  [`ReceiveMessage(10) + DeleteMessageBatch, ${DEPTH.toLocaleString('en-US')} deep, concurrency 16`, 'drain'],
];
console.log(
  '\n| workload | server | msgs/s | p50 ms | p99 ms | server CPU µs/msg |\n|---|---|---:|---:|---:|---:|',
);
for (const [label, key] of rows) {
  for (const kind of Object.keys(all)) {
    if (all[kind][key]) console.log(`| ${label} | ${kind} | ${fmt(all[kind][key])} |`);
  }
}
const ratio = (a, b) => (a / b).toFixed(2);
const ours = all['local-cloud'];
const peer = all['local-aws-sqs'];
console.log(`\nsingle sends vs ceiling: ${ratio(ours.single.rate, all.ceiling.single.rate)} (goal >= 0.90)`);
console.log(`batched sends vs local-aws-sqs: ${ratio(ours.batch.rate, peer.batch.rate)}x (goal >= 1.5x)`);
console.log(`deep drain vs local-aws-sqs: ${ratio(ours.drain.rate, peer.drain.rate)}x (goal >= 2x)`);
console.log(
  `server CPU per message, local-aws-sqs / local-cloud: single ${ratio(peer.single.cpuUs, ours.single.cpuUs)}x, ` +
    `batch ${ratio(peer.batch.cpuUs, ours.batch.cpuUs)}x, drain ${ratio(peer.drain.cpuUs, ours.drain.cpuUs)}x`,
);
console.log(
  `node ${process.version}, ${SECONDS} s per workload, whole run ${((performance.now() - started) / 1000).toFixed(0)} s`,
);
