// What DynamoDB costs the local cloud: idle RSS of `local-cloud start` before any DynamoDB request (dynalite
// not loaded), after the first one (loaded, idle) and after the load below; and PutItem / GetItem per second
// through @aws-sdk/client-dynamodb, 16 in flight over keep-alive connections, with the server's CPU per call.
//
//   node bench/dynamodb/run.js [--no-build] [--baseline <another checkout's packages/local-cloud/bin/local-cloud.js>]
//
// BENCH_SECONDS (default 3) is the length of each timed run. The idle figure before any DynamoDB request is the
// median of three fresh starts; `--baseline` measures another build the same way in the same run (a checkout of
// the commit before DynamoDB was added, built with `npm run build`), to show what registering the service costs.
//
// Traffic goes to 127.0.0.1 only, and every loop stops after BENCH_SECONDS or BENCH_MAX_CALLS calls.
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Agent } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CreateTableCommand,
  DynamoDBClient,
  GetItemCommand,
  ListTablesCommand,
  PutItemCommand,
} from '@aws-sdk/client-dynamodb';
import { NodeHttpHandler } from '@smithy/node-http-handler';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
const MAX_CALLS = Number(process.env.BENCH_MAX_CALLS ?? 200_000);
const CONCURRENCY = 16;
const SETTLE_MS = 1500;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const rssMb = (pid) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024;
const cpuMs = (pid) => {
  const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return ((Number(f[11]) + Number(f[12])) * 1000) / 100;
};
const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

const BIN = path.join(root, 'packages/local-cloud/bin/local-cloud.js');

function startCloud(bin = BIN) {
  const child = spawn(process.execPath, [bin, 'start', '--port', '0', '--log-level', 'error'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error('local-cloud did not start within 60 s')), 60_000);
    child.stdout.on('data', (d) => {
      out += d;
      const m = /local-cloud (http:\/\/[\d.]+:\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ child, url: m[1] });
      }
    });
    child.on('exit', (code) => reject(new Error(`local-cloud exited with ${code}`)));
  });
}

/** Median idle RSS of three fresh starts of `bin`, each measured SETTLE_MS after it printed its endpoint. */
async function idleRss(bin) {
  const values = [];
  for (let i = 0; i < 3; i++) {
    const { child } = await startCloud(bin);
    await sleep(SETTLE_MS);
    values.push(rssMb(child.pid));
    child.removeAllListeners('exit');
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
  return values.sort((a, b) => a - b)[1];
}

/** `call(i)` as fast as CONCURRENCY callers go, for SECONDS (or MAX_CALLS calls). */
async function timed(pid, call) {
  const latencies = [];
  let next = 0;
  const cpu0 = cpuMs(pid);
  const t0 = performance.now();
  const deadline = t0 + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < deadline && next < MAX_CALLS) {
        const i = next++;
        const s = performance.now();
        await call(i);
        latencies.push(performance.now() - s);
      }
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  const serverCpu = cpuMs(pid) - cpu0;
  latencies.sort((a, b) => a - b);
  return {
    calls: latencies.length,
    perSecond: Math.round(latencies.length / seconds),
    p50: pct(latencies, 50),
    p99: pct(latencies, 99),
    serverCpuUsPerCall: (serverCpu * 1000) / latencies.length,
  };
}

async function main() {
  if (!process.argv.includes('--no-build')) {
    execFileSync('npm', ['run', 'build', '-w', '@destinations-action/local-cloud'], {
      cwd: root,
      stdio: 'inherit',
    });
  }
  const baselineAt = process.argv.indexOf('--baseline');
  const baseline = baselineAt > 0 ? await idleRss(path.resolve(process.argv[baselineAt + 1])) : undefined;
  const before = await idleRss(BIN);
  const { child, url } = await startCloud();
  const pid = child.pid;
  try {
    await sleep(SETTLE_MS);
    const ddb = new DynamoDBClient({
      endpoint: url,
      region: 'us-east-1',
      credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
      requestHandler: new NodeHttpHandler({
        httpAgent: new Agent({ keepAlive: true, maxSockets: CONCURRENCY }),
      }),
    });
    await ddb.send(new ListTablesCommand({}));
    await sleep(SETTLE_MS);
    const loaded = rssMb(pid);
    await ddb.send(
      new CreateTableCommand({
        TableName: 'bench',
        BillingMode: 'PAY_PER_REQUEST',
        KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
        AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
      }),
    );
    await sleep(50);
    const item = (i) => ({ pk: { S: `item-${i}` }, n: { N: String(i) }, body: { S: 'x'.repeat(200) } });
    const put = await timed(pid, (i) => ddb.send(new PutItemCommand({ TableName: 'bench', Item: item(i) })));
    const written = put.calls;
    const get = await timed(pid, async (i) => {
      const out = await ddb.send(
        new GetItemCommand({ TableName: 'bench', Key: { pk: { S: `item-${i % written}` } } }),
      );
      if (!out.Item) throw new Error(`item-${i % written} missing`);
    });
    await sleep(SETTLE_MS);
    const after = rssMb(pid);
    ddb.destroy();
    const row = (name, r) =>
      `| ${name} | ${r.calls.toLocaleString('en')} | ${r.perSecond.toLocaleString('en')} | ${r.p50.toFixed(2)} | ${r.p99.toFixed(2)} | ${r.serverCpuUsPerCall.toFixed(0)} |`;
    console.log(
      `node ${process.version}, ${SECONDS} s per run, ${CONCURRENCY} in flight, load ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`,
    );
    console.log('');
    console.log('| local-cloud RSS | MB |');
    console.log('|---|---:|');
    if (baseline !== undefined)
      console.log(`| idle, the baseline build (--baseline) | ${baseline.toFixed(1)} |`);
    console.log(
      `| idle, no DynamoDB request yet (dynalite not loaded; median of 3 starts) | ${before.toFixed(1)} |`,
    );
    console.log(`| idle after the first DynamoDB request (ListTables) | ${loaded.toFixed(1)} |`);
    console.log(
      `| idle after the runs below (${written.toLocaleString('en')} items stored) | ${after.toFixed(1)} |`,
    );
    console.log('');
    console.log('| operation (SDK) | calls | per second | p50 ms | p99 ms | server CPU µs/call |');
    console.log('|---|---:|---:|---:|---:|---:|');
    console.log(row('PutItem', put));
    console.log(row('GetItem', get));
  } finally {
    child.removeAllListeners('exit');
    child.kill('SIGTERM');
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
