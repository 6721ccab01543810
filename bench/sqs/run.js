// SQS benchmark, side by side in one run: this project's local cloud, local-aws-sqs@2.0.2 and a do-nothing
// ceiling, each in its own process, driven the same way, in interleaved rounds so the machine's noise is
// shared. Usage: `node bench/sqs/run.js [--no-build] [--baseline <checkout>] [--state-dir]` (see
// docs/BENCHMARKS.md for the knobs); `--baseline` adds another checkout's local cloud (e.g. the commit before a
// change) to every round; `--state-dir` adds the local cloud keeping its state on disk (Node 22.13+).
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONCURRENCY, createQueue, sdkDriver, wireDriver } from './drivers.js';
import { BASELINE_BUNDLE, LOCAL_CLOUD_BUNDLE } from './server.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const PEER = 'local-aws-sqs@2.0.2';
const SECONDS = Number(process.env.BENCH_SECONDS ?? 2);
const DEPTH = Number(process.env.BENCH_DEPTH ?? 50_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const SDK_ROUNDS = Number(process.env.BENCH_SDK_ROUNDS ?? 2);
const baselineAt = process.argv.indexOf('--baseline');
const BASELINE = baselineAt > 0 ? path.resolve(process.argv[baselineAt + 1] ?? '') : undefined;
const SERVERS = (process.env.BENCH_SERVERS ?? 'ceiling,local-cloud,local-aws-sqs').split(',');
if (BASELINE) SERVERS.splice(SERVERS.indexOf('local-cloud') + 1, 0, 'baseline');
if (process.argv.includes('--state-dir')) SERVERS.push('local-cloud-state');

/** One bundled file of a checkout's local-cloud sources: quick, and independent of the package's dist folder. */
function bundle(checkout, outfile) {
  execFileSync(
    path.join(root, 'node_modules/.bin/esbuild'),
    [
      path.join(checkout, 'packages/local-cloud/src/index.ts'),
      '--bundle',
      '--platform=node',
      '--format=esm',
      '--target=node20',
      '--log-level=warning',
      `--outfile=${outfile}`,
      "--banner:js=import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
    ],
    { stdio: 'inherit' },
  );
  // The bundle reads its version from `../package.json`, as the package's own dist does.
  copyFileSync(
    path.join(checkout, 'packages/local-cloud/package.json'),
    path.join(path.dirname(outfile), '../package.json'),
  );
}

function prepare() {
  if (
    SERVERS.includes('local-aws-sqs') &&
    !existsSync(path.join(root, 'bench/.peers/node_modules/local-aws-sqs/package.json'))
  ) {
    console.log(`installing ${PEER} into bench/.peers ...`);
    execFileSync(
      'npm',
      ['install', '--prefix', path.join(root, 'bench/.peers'), PEER, '--no-audit', '--no-fund'],
      { stdio: 'inherit' },
    );
  }
  if (!process.argv.includes('--no-build') || !existsSync(LOCAL_CLOUD_BUNDLE)) {
    console.log('bundling packages/local-cloud/src (esbuild) ...');
    bundle(root, LOCAL_CLOUD_BUNDLE);
  }
  if (BASELINE) {
    console.log(`bundling the baseline's packages/local-cloud/src (${BASELINE}) ...`);
    bundle(BASELINE, BASELINE_BUNDLE);
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
    kind,
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

const driverCpu = () => {
  const { user, system } = process.cpuUsage();
  return user + system;
};

/** Runs `op` from `CONCURRENCY` loops until `until()` is false; each call answers how many messages it moved. */
async function measured(server, op, until) {
  const latencies = [];
  let messages = 0;
  const serverBefore = await server.cpu();
  const driverBefore = driverCpu();
  const start = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (until(start)) {
        const t = performance.now();
        // Read the count only after the await: `messages += await op()` would lose concurrent updates.
        const moved = await op();
        if (moved === 0) continue;
        messages += moved;
        latencies.push(performance.now() - t);
      }
    }),
  );
  const seconds = (performance.now() - start) / 1000;
  const driverUs = driverCpu() - driverBefore;
  const serverUs = (await server.cpu()) - serverBefore;
  latencies.sort((a, b) => a - b);
  const pct = (p) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))];
  return {
    rate: messages / seconds,
    p50: pct(50),
    p99: pct(99),
    serverCpu: serverUs / messages,
    driverCpu: driverUs / messages,
  };
}

const forSeconds = (s) => (start) => performance.now() < start + s * 1000;

async function warmUp(op) {
  const end = performance.now() + 500;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < end) await op();
    }),
  );
}

const WORKLOADS = {
  async single(server, driver, url) {
    const op = async () => {
      await driver.send(url);
      return 1;
    };
    await warmUp(op);
    return measured(server, op, forSeconds(SECONDS));
  },
  async batch(server, driver, url) {
    let i = 0;
    const op = async () => {
      await driver.sendBatch(url, i++);
      return 10;
    };
    await warmUp(op);
    return measured(server, op, forSeconds(SECONDS));
  },
  async drain(server, driver, url) {
    let sent = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (sent < DEPTH) {
          sent += 10;
          await driver.sendBatch(url, sent);
        }
      }),
    );
    let drained = 0;
    let empty = 0;
    // Each loop receives ten, then deletes them in one batch: the same pipeline for every server. A short
    // poll may answer empty while messages remain (local-aws-sqs does), so only the count ends the drain.
    const op = async () => {
      const handles = await driver.receive(url);
      if (handles.length === 0 && ++empty > 10_000) throw new Error(`${server.kind}: queue stays empty`);
      if (handles.length > 0) await driver.deleteBatch(url, handles);
      drained += handles.length;
      return handles.length;
    };
    const result = await measured(server, op, () => drained < sent);
    if (drained !== sent) throw new Error(`${server.kind}: drained ${drained} of ${sent}`);
    return result;
  },
};

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

prepare();
const started = performance.now();
const load = [loadavg()[0]];
const servers = await Promise.all(SERVERS.map(startServer));
const drivers = new Map();
for (const s of servers) {
  drivers.set(s.kind, { wire: await wireDriver(s.port), sdk: sdkDriver(s.port) });
}
/** results[driver][workload][server] = one summary per round */
const results = { wire: {}, sdk: {} };
let queueNo = 0;
try {
  for (let round = 0; round < Math.max(ROUNDS, SDK_ROUNDS); round++) {
    // Rotate the order each round, so no server always runs first.
    const order = servers.map((_, k) => servers[(k + round) % servers.length]);
    for (const driverName of ['wire', 'sdk']) {
      if (round >= (driverName === 'wire' ? ROUNDS : SDK_ROUNDS)) continue;
      for (const [workload, run] of Object.entries(WORKLOADS)) {
        for (const server of order) {
          if (server.kind === 'ceiling' && workload !== 'single') continue;
          const url =
            server.kind === 'ceiling'
              ? `http://127.0.0.1:${server.port}/000000000000/bench`
              : await createQueue(server.port, `bench-${queueNo++}`);
          const r = await run(server, drivers.get(server.kind)[driverName], url);
          results[driverName][workload] ??= {};
          results[driverName][workload][server.kind] ??= [];
          results[driverName][workload][server.kind].push(r);
          console.log(
            `  ${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s  round ${round + 1} ${driverName} ${workload} ${server.kind}: ${Math.round(r.rate)} msgs/s, ` +
              `server ${r.serverCpu.toFixed(1)} µs/msg, driver ${r.driverCpu.toFixed(1)} µs/msg`,
          );
        }
      }
      load.push(loadavg()[0]);
    }
  }
} finally {
  for (const d of drivers.values()) {
    d.wire.close();
    d.sdk.close();
  }
  await Promise.all(servers.map((s) => s.stop()));
}

const LABELS = {
  single: 'SendMessage',
  batch: 'SendMessageBatch of 10',
  drain: `ReceiveMessage(10) + DeleteMessageBatch, ${DEPTH.toLocaleString('en-US')} deep`,
};
const num = (x, d = 0) => x.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d });
console.log(
  `\nMedians over rounds (wire: ${ROUNDS}, sdk: ${SDK_ROUNDS}); concurrency ${CONCURRENCY}, ${SECONDS} s per timed run.\n` +
    '\n| workload | driver | server | msgs/s | p50 ms | p99 ms | server CPU µs/msg | driver CPU µs/msg |' +
    '\n|---|---|---|---:|---:|---:|---:|---:|',
);
for (const workload of Object.keys(WORKLOADS)) {
  for (const driverName of ['wire', 'sdk']) {
    for (const kind of SERVERS) {
      const rs = results[driverName][workload]?.[kind];
      if (!rs) continue;
      const m = (k) => median(rs.map((r) => r[k]));
      console.log(
        `| ${LABELS[workload]} | ${driverName} | ${kind} | ${num(m('rate'))} | ${num(m('p50'), 2)} | ` +
          `${num(m('p99'), 2)} | ${num(m('serverCpu'), 1)} | ${num(m('driverCpu'), 1)} |`,
      );
    }
  }
}
/** Median over rounds of the ratio within a round (the two runs of a round sit next to each other in time). */
const paired = (driverName, workload, a, b, key, invert = false) => {
  const ra = results[driverName][workload]?.[a];
  const rb = results[driverName][workload]?.[b];
  if (!ra || !rb) return 'n/a';
  const ratios = ra.map((r, k) => (invert ? rb[k][key] / r[key] : r[key] / rb[k][key]));
  return `${median(ratios).toFixed(2)}x (rounds: ${ratios.map((x) => x.toFixed(2)).join(', ')})`;
};
console.log('');
for (const driverName of ['wire', 'sdk']) {
  console.log(
    `${driverName}: single sends, local-cloud vs ceiling: throughput ${paired(driverName, 'single', 'local-cloud', 'ceiling', 'rate')}, ` +
      `CPU/msg ${paired(driverName, 'single', 'local-cloud', 'ceiling', 'serverCpu', true)} (goal >= 0.90)`,
  );
  for (const [workload, goal] of [
    ['batch', 1.5],
    ['drain', 2],
  ]) {
    console.log(
      `${driverName}: ${workload}, local-cloud vs local-aws-sqs: throughput ${paired(driverName, workload, 'local-cloud', 'local-aws-sqs', 'rate')}, ` +
        `CPU/msg ${paired(driverName, workload, 'local-cloud', 'local-aws-sqs', 'serverCpu', true)} (goal >= ${goal}x)`,
    );
  }
}
if (SERVERS.includes('local-cloud-state')) {
  for (const driverName of ['wire', 'sdk']) {
    for (const workload of Object.keys(WORKLOADS)) {
      console.log(
        `${driverName}: ${workload}, --state-dir vs in memory: throughput ${paired(driverName, workload, 'local-cloud-state', 'local-cloud', 'rate')}, ` +
          `CPU/msg ${paired(driverName, workload, 'local-cloud-state', 'local-cloud', 'serverCpu', true)}`,
      );
    }
  }
}
if (BASELINE) {
  for (const driverName of ['wire', 'sdk'])
    for (const workload of Object.keys(WORKLOADS))
      console.log(
        `${driverName}: ${workload}, local-cloud vs baseline: throughput ${paired(driverName, workload, 'local-cloud', 'baseline', 'rate')}, ` +
          `CPU/msg ${paired(driverName, workload, 'local-cloud', 'baseline', 'serverCpu', true)} (goal >= 1.00x, within noise)`,
      );
}
console.log(
  `node ${process.version}, load average ${load.map((l) => l.toFixed(1)).join(' → ')}, ` +
    `whole run ${((performance.now() - started) / 1000).toFixed(0)} s`,
);
