// Fuzz: malformed requests to every service in each of its protocols (test/fixtures/fuzz/) get a well-formed
// AWS error with a 4xx status (501 NotImplemented only for an operation AWS has and this cloud does not
// serve), the server stays up (a health request after each batch) and its memory stays bounded.
// 2,000 requests in `npm test`; LOCAL_CLOUD_LONG=1 sends 10,000; FUZZ_SEED=<n> picks another seed.
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { useCloud } from './fixtures/cloud.js';
import { type Answer, judge } from './fixtures/fuzz/answer.js';
import { type FuzzRequest, generate } from './fixtures/fuzz/generator.js';
import { type LoadedTarget, loadTargets } from './fixtures/fuzz/targets.js';

const LONG = process.env.LOCAL_CLOUD_LONG === '1';
const COUNT = LONG ? 10_000 : 2_000;
const SEED = Number(process.env.FUZZ_SEED ?? 20261202);
const BATCH = 250;
const CONCURRENCY = 16;

/** Requests that once crashed or answered wrong: `[seed, index]` into `generate(seed, index + 1)`. */
/**
 * The requests that once went wrong, kept as they were sent (gzipped JSON: two carry 30-60 KB headers, one a
 * 400 KB field), so a change to the generator or to the served operations cannot change them. Each says the
 * seed and index it was found at and why it failed.
 */
const REGRESSIONS: (FuzzRequest & { found: string; why: string })[] = JSON.parse(
  gunzipSync(readFileSync(join(import.meta.dirname, 'fixtures/fuzz/regressions.json.gz'))).toString('utf8'),
).map((r: FuzzRequest & { body: string }) => ({ ...r, body: Buffer.from(r.body, 'base64') }));

const cloud = useCloud();
const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });

function send(req: FuzzRequest): Promise<Answer> {
  const url = new URL(cloud.url);
  return new Promise((resolve, reject) => {
    const r = http.request(
      {
        host: url.hostname,
        port: url.port,
        method: req.method,
        path: req.path,
        headers: { ...req.headers, 'content-length': String(req.body.length) },
        agent,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
        res.on('error', reject);
      },
    );
    r.on('error', reject);
    r.end(req.body);
  });
}

async function healthy(): Promise<boolean> {
  const res = await fetch(`${cloud.url}/_localcloud/health`);
  return res.status === 200 && ((await res.json()) as { status?: string }).status === 'running';
}

interface Run {
  violations: string[];
  codes: Map<string, number>;
  accepted: number;
  rss: number[];
}

async function fuzz(requests: FuzzRequest[], indexOf: (i: number) => string): Promise<Run> {
  const run: Run = { violations: [], codes: new Map(), accepted: 0, rss: [] };
  for (let start = 0; start < requests.length; start += BATCH) {
    const batch = requests.slice(start, start + BATCH);
    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < batch.length) {
          const i = next++;
          const req = batch[i];
          let verdict: ReturnType<typeof judge>;
          try {
            verdict = judge(req, await send(req));
          } catch (err) {
            verdict = { ok: false, why: `no answer: ${(err as Error).message}` };
          }
          if (!verdict.ok) run.violations.push(`${indexOf(start + i)} ${req.label}: ${verdict.why}`);
          else if (verdict.accepted) run.accepted++;
          else if (verdict.code) run.codes.set(verdict.code, (run.codes.get(verdict.code) ?? 0) + 1);
        }
      }),
    );
    if (!(await healthy()))
      run.violations.push(`the server did not answer its health check after request ${start + batch.length}`);
    run.rss.push(process.memoryUsage().rss);
  }
  return run;
}

let targets: LoadedTarget[];

describe('fuzz: malformed requests to every service and protocol', () => {
  beforeAll(async () => {
    targets = await loadTargets();
  });

  it('reads every target model, with the operations served', () => {
    expect(targets.every((t) => t.model.operations.size > 0 && t.servedOperations.length > 0)).toBe(true);
  });

  it('answers the requests that once went wrong with AWS errors', async () => {
    // The ones of the first fuzz run: a 431 without an AWS error, HEAD with a body, `0x1f` read as 31,
    // DynamoDB's 500 on a wrong type and its XML answers.
    expect(REGRESSIONS.map((r) => r.label.split(' ')[0])).toEqual([
      'oversize-header',
      'oversize-header',
      'wrong-type',
      'wrong-type',
      'wrong-type',
      'oversize-field',
      'bad-method',
      'wrong-content-type',
    ]);
    const run = await fuzz(REGRESSIONS, (i) => `regression ${REGRESSIONS[i].found} (${REGRESSIONS[i].why})`);
    expect(run.violations).toEqual([]);
  });

  it(
    `answers ${COUNT} malformed requests (seed ${SEED}) with well-formed 4xx AWS errors and stays up`,
    async () => {
      const requests = generate(SEED, COUNT, targets);
      const started = Date.now();
      const run = await fuzz(requests, (i) => `${SEED}#${i}`);
      const ms = Date.now() - started;
      expect(run.violations.slice(0, 30)).toEqual([]);
      // Memory stays bounded: after the first batches warmed the models, the process grows by little.
      const settled = run.rss[Math.min(3, run.rss.length - 1)];
      expect(Math.max(...run.rss) - settled).toBeLessThan(512 * 2 ** 20);
      const top = [...run.codes].sort((a, b) => b[1] - a[1]).slice(0, 12);
      console.log(
        `fuzz: ${COUNT} requests (seed ${SEED}), ${(ms / 1000).toFixed(1)} s, ${Math.round((COUNT * 1000) / ms)} requests/s, ` +
          `${COUNT - run.accepted} errors, ${run.accepted} accepted as valid, RSS ` +
          `${Math.round(Math.min(...run.rss) / 2 ** 20)}-${Math.round(Math.max(...run.rss) / 2 ** 20)} MiB; ` +
          `codes: ${top.map(([c, n]) => `${c} ${n}`).join(', ')}`,
      );
    },
    LONG ? 600_000 : 180_000,
  );

  it('refuses a body over 256 MiB with an AWS error and stays up', async () => {
    const url = new URL(cloud.url);
    const answer = await new Promise<Answer>((resolve, reject) => {
      const r = http.request(
        {
          host: url.hostname,
          port: url.port,
          method: 'POST',
          path: '/',
          headers: { 'content-type': 'application/x-amz-json-1.0', 'x-amz-target': 'AmazonSQS.SendMessage' },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
          );
        },
      );
      // The server stops reading at its limit; the rest of the upload may then fail, which is fine.
      r.on('error', () => undefined);
      const chunk = Buffer.alloc(1024 * 1024, 0x20);
      let sent = 0;
      const pump = () => {
        while (sent < 260) {
          sent++;
          if (!r.write(chunk)) return void r.once('drain', pump);
        }
        r.end();
      };
      pump();
      setTimeout(() => reject(new Error('no answer to an oversize body')), 120_000).unref();
    });
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body.toString()).__type).toBe('RequestEntityTooLargeException');
    expect(await healthy()).toBe(true);
  }, 150_000);
});

afterAll(() => agent.destroy());
