// One SQS server for the benchmark, in its own process:
// `node server.js <local-cloud|local-cloud-state|baseline|local-aws-sqs|ceiling>` (local-cloud-state: with --state-dir).
// Prints `PORT <n>` once listening, answers `CPU <µs>` to each line on stdin, and exits when stdin closes.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const kind = process.argv[2];
export const BODY = '{"bench":"a message body of a typical destination record size","n":1}';
/** The local cloud's sources bundled into one file by run.js (bench/.peers is git-ignored). */
export const LOCAL_CLOUD_BUNDLE = path.join(root, 'bench/.peers/local-cloud/dist/index.mjs');
/** The `--baseline` checkout's local cloud, bundled the same way. */
export const BASELINE_BUNDLE = path.join(root, 'bench/.peers/baseline/dist/index.mjs');

async function start() {
  if (kind === 'local-cloud' || kind === 'local-cloud-state' || kind === 'baseline') {
    const bundle = kind === 'baseline' ? BASELINE_BUNDLE : LOCAL_CLOUD_BUNDLE;
    const { startLocalCloud } = await import(pathToFileURL(bundle).href);
    let stateDir;
    if (kind === 'local-cloud-state') {
      stateDir = mkdtempSync(path.join(tmpdir(), 'bench-state-'));
      process.on('exit', () => rmSync(stateDir, { recursive: true, force: true }));
    }
    const cloud = await startLocalCloud({ port: 0, logLevel: 'error', stateDir });
    return cloud.port;
  }
  if (kind === 'local-aws-sqs') {
    const { createSqsServer } = await import(
      pathToFileURL(path.join(root, 'bench/.peers/node_modules/local-aws-sqs/dist/index.js')).href
    );
    const server = await createSqsServer({
      port: 0,
      hostname: '127.0.0.1',
      emulateQueueCreationLifecycle: false,
    });
    return server.address().port;
  }
  if (kind === 'ceiling') {
    // Does no work: reads the request and answers a valid SendMessage result for the one body the bench sends.
    const answer = JSON.stringify({
      MessageId: '00000000-0000-4000-8000-000000000000',
      MD5OfMessageBody: createHash('md5').update(BODY).digest('hex'),
    });
    const server = createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        res.writeHead(200, {
          'Content-Type': 'application/x-amz-json-1.0',
          'Content-Length': Buffer.byteLength(answer),
          'x-amzn-RequestId': '00000000-0000-4000-8000-000000000000',
        });
        res.end(answer);
      });
    });
    server.keepAliveTimeout = 60_000;
    await new Promise((r) => server.listen(0, '127.0.0.1', r));
    return server.address().port;
  }
  throw new Error(`unknown server kind ${kind}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = await start();
  process.stdout.write(`PORT ${port}\n`);
  // Each line on stdin asks for the CPU time spent so far (microseconds), so the bench can charge the server alone.
  process.stdin.setEncoding('utf8');
  process.stdin.on('data', () => {
    const { user, system } = process.cpuUsage();
    process.stdout.write(`CPU ${user + system}\n`);
  });
  process.stdin.on('end', () => process.exit(0));
}
