// `local-cloud start`: run the local cloud in the foreground until SIGINT/SIGTERM.
import { accessSync, constants, mkdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { hostName } from '../access/host.js';
import type { AuthKey } from '../cloud.js';
import { interpreterSettings } from '../lambda/runtime/interpreters.js';
import { SQLITE_NODE_VERSIONS, sqliteModule } from '../persistence/database.js';
import { startLocalCloud } from '../server.js';
import { UsageError } from './usage.js';

export const START_HELP = `Usage: local-cloud start [--host 127.0.0.1] [--port 4566] [--region us-east-1]
                         [--time-scale 1] [--allow-origin ORIGIN ...] [--allow-host NAME ...]
                         [--require-auth [--auth-key AKID:SECRET ...]] [--account-concurrency 1000]
                         [--python [RUNTIME=]PATH ...] [--node [RUNTIME=]PATH ...]
                         [--log-level error|info|debug] [--state-dir DIR] [--max-log-events-per-group 10000]
                         [--max-log-events 100000] [--max-log-bytes 67108864]

Starts the local cloud in the foreground. The port also comes from LOCAL_CLOUD_PORT.
--time-scale multiplies Lambda's asynchronous retry delays and event age, EventBridge schedules and the wait
for a custom resource's answer (0.001: a 60 s delay takes 60 ms).
--host other than a loopback address makes the cloud reachable from other machines (a warning says so).
--allow-host serves requests whose Host names NAME (or *.domain); loopback names always are.
--require-auth refuses requests without a valid AWS Signature Version 4 made with one of the keys:
  --auth-key AKID:SECRET, or LOCAL_CLOUD_AUTH_KEYS="AKID:SECRET,...", or else test:test.
--python / --node name the interpreter functions run on: a bare path for every Python (Node.js) runtime,
RUNTIME=PATH for one (--python python3.13=/usr/bin/python3.13). By default a Python function runs on
python3.X from the PATH when there is one, else python3, and a Node.js function on this node; a function
whose runtime asks for another version than it gets is warned about once.
--state-dir keeps queues and messages, topics, buses and rules, buckets and objects, IAM roles, functions
and their code, and pending asynchronous events in DIR (SQLite, written before each answer), and loads
them back at start: a restart, even after kill -9, goes on where it stopped. Needs ${SQLITE_NODE_VERSIONS}.
--max-log-events-per-group, --max-log-events and --max-log-bytes bound what CloudWatch Logs keeps (per log
group, in all, and in bytes in all: each event's message plus 26 bytes); over a bound the oldest events go
first.`;

/** `AKID:SECRET` as a key pair; the error never repeats the value (it holds a secret). */
export function parseAuthKey(value: string, from: string): AuthKey {
  const colon = value.indexOf(':');
  const accessKeyId = value.slice(0, colon).trim();
  const secretAccessKey = value.slice(colon + 1).trim();
  if (colon === -1 || !/^[\w.-]+$/.test(accessKeyId) || secretAccessKey === '') {
    throw new UsageError(
      `${from} must be ACCESS_KEY_ID:SECRET_ACCESS_KEY (an id of letters, digits, '_', '.', '-', then a secret)`,
    );
  }
  return { accessKeyId, secretAccessKey };
}

/** The keys --require-auth checks: the flags, else LOCAL_CLOUD_AUTH_KEYS, else the default test:test. */
function authKeys(flags: string[] | undefined): AuthKey[] | undefined {
  if (flags?.length) return flags.map((v) => parseAuthKey(v, '--auth-key'));
  const env = process.env.LOCAL_CLOUD_AUTH_KEYS?.trim();
  if (env) return env.split(/[\s,]+/).map((v) => parseAuthKey(v, 'each of LOCAL_CLOUD_AUTH_KEYS'));
  return undefined;
}

function allowedHosts(values: string[] | undefined): string[] {
  for (const v of values ?? []) {
    const name = v.startsWith('*.') ? v.slice(2) : v;
    if (
      v !== '*' &&
      hostName(name.includes(':') && !name.startsWith('[') ? `[${name}]` : name) === undefined
    ) {
      throw new UsageError(`--allow-host must be a host name, an address, *.domain or *; got '${v}'`);
    }
  }
  return values ?? [];
}

export function parseNumber(
  name: string,
  value: string | undefined,
  min: number,
  max = Number.MAX_SAFE_INTEGER,
): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n < min || n > max) {
    throw new UsageError(`--${name} must be a number from ${min} to ${max}; got '${value}'`);
  }
  return n;
}

/** The settings given, leaving the others to the cloud's defaults. */
function definedOnly<T extends object>(settings: T): Partial<T> {
  return Object.fromEntries(Object.entries(settings).filter(([, v]) => v !== undefined)) as Partial<T>;
}

export async function start(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      host: { type: 'string' },
      port: { type: 'string' },
      region: { type: 'string' },
      'time-scale': { type: 'string' },
      'allow-origin': { type: 'string', multiple: true },
      'allow-host': { type: 'string', multiple: true },
      'require-auth': { type: 'boolean' },
      'auth-key': { type: 'string', multiple: true },
      'account-concurrency': { type: 'string' },
      'log-level': { type: 'string' },
      'state-dir': { type: 'string' },
      'max-log-events-per-group': { type: 'string' },
      'max-log-events': { type: 'string' },
      'max-log-bytes': { type: 'string' },
      python: { type: 'string', multiple: true },
      node: { type: 'string', multiple: true },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) {
    console.log(START_HELP);
    return 0;
  }
  const logLevel = values['log-level'] ?? 'info';
  if (!['quiet', 'error', 'info', 'debug'].includes(logLevel)) {
    throw new UsageError(`--log-level must be one of quiet, error, info, debug; got '${logLevel}'`);
  }
  const requireAuth = values['require-auth'] ?? false;
  if (!requireAuth && values['auth-key']) {
    throw new UsageError('--auth-key is used only with --require-auth; add it, or drop the keys');
  }
  const keys = requireAuth ? authKeys(values['auth-key']) : undefined;
  let interpreters: Record<string, string>;
  try {
    interpreters = interpreterSettings({ python: values.python, node: values.node });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  const stateDir = values['state-dir'];
  if (stateDir !== undefined) {
    if (stateDir === '') throw new UsageError('--state-dir must name a directory; got an empty string');
    if (!sqliteModule()) {
      throw new UsageError(
        `--state-dir needs node:sqlite, which Node.js ${process.versions.node} lacks: run on ${SQLITE_NODE_VERSIONS}`,
      );
    }
    try {
      mkdirSync(stateDir, { recursive: true });
      accessSync(stateDir, constants.W_OK);
    } catch (err) {
      throw new UsageError(
        `--state-dir must be a directory this process can write; '${stateDir}': ${(err as Error).message}`,
      );
    }
  }
  const running = await startLocalCloud({
    host: values.host ?? '127.0.0.1',
    port: parseNumber('port', values.port ?? process.env.LOCAL_CLOUD_PORT, 0, 65535) ?? 4566,
    region: values.region ?? 'us-east-1',
    timeScale: parseNumber('time-scale', values['time-scale'], 0, 1000) ?? 1,
    allowOrigins: values['allow-origin'] ?? [],
    allowHosts: allowedHosts(values['allow-host']),
    requireAuth,
    ...(keys ? { authKeys: keys } : {}),
    accountConcurrency: parseNumber('account-concurrency', values['account-concurrency'], 1) ?? 1000,
    logLevel: logLevel as 'info',
    interpreters,
    stateDir,
    ...definedOnly({
      maxLogEventsPerGroup: parseNumber('max-log-events-per-group', values['max-log-events-per-group'], 1),
      maxLogEvents: parseNumber('max-log-events', values['max-log-events'], 1),
      maxLogBytes: parseNumber('max-log-bytes', values['max-log-bytes'], 1024),
    }),
  });
  const services = [...running.cloud.services.keys()].join(', ');
  console.log(
    `local-cloud ${running.url} region ${running.cloud.config.region} account ${running.cloud.accountId} ` +
      `time-scale ${running.cloud.config.timeScale} services: ${services}` +
      (stateDir === undefined ? '' : ` state-dir ${running.cloud.state?.dir}`),
  );
  if (requireAuth) {
    // The ids only: a secret never reaches the console.
    const ids = running.cloud.config.authKeys.map((k) => k.accessKeyId).join(', ');
    console.log(`local-cloud requires AWS Signature Version 4 signed with key ${ids}`);
  }
  await new Promise<void>((resolve) => {
    const onSignal = () => resolve();
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
  });
  await running.stop();
  console.log('local-cloud stopped');
  return 0;
}
