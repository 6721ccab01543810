// One execution environment: a child process running a bootstrap, its own Runtime API listener, and
// the bookkeeping of the invocation it is serving (deadline, logs, the answer).
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { LocalCloud } from '../../cloud.js';
import type { RuntimeFamily } from '../runtimes.js';
import type { FunctionVersion, LambdaFunction } from '../store.js';
import { childEnvironment } from './childEnvironment.js';
import { exitPayload, invalidEntrypointPayload, timedOutPayload } from './errors.js';
import type { ExecutionRoot } from './executionRoot.js';
import { interpreterForFunction } from './interpreters.js';
import { launchCommand } from './launch.js';
import { endLine, initStartLine, logStreamName, reportLine, startLine } from './logStream.js';
import { type Answer, type ApiRequest, createRuntimeApi, type RuntimeApiServer } from './runtimeApi.js';

export interface Invocation {
  requestId: string;
  /** The event as the caller sent it; the handler gets `{}` for an empty one. */
  payload: Buffer;
  /** The ARN the caller used, qualified as given. */
  invokedArn: string;
  /** The client context as JSON text (already base64-decoded). */
  clientContext?: string;
  /** Collect this invocation's log lines for `LogType: Tail`. */
  tail?: boolean;
}

export interface InvocationResult {
  /** What the runtime posted (response or error document), as bytes. */
  payload: Buffer;
  /** `Unhandled` when the function failed. */
  functionError?: string;
  /** The error's type (`Error`, `Sandbox.Timedout`, ...), for the DLQ's ErrorCode. */
  errorType?: string;
  logTail?: string;
  /** The run's time in the handler (ms), as REPORT's Duration and the Duration metric have it. */
  durationMs: number;
}

type State = 'starting' | 'idle' | 'busy' | 'dead';

const RUNTIME_PREFIX = '/2018-06-01/runtime/';
/** Lambda gives initialisation 10 seconds of its own. */
const INIT_LIMIT_MS = 10_000;

export class Environment {
  state: State = 'starting';
  /** When the pool handed it its current run, and when it last became idle (performance.now()). */
  runStartedAt = 0;
  idleSince = 0;
  readonly logGroup: string;
  readonly logStream: string;
  private server?: RuntimeApiServer;
  private child?: ChildProcess;
  private nextWaiter?: Answer;
  /** The 202 owed for the last answer, held briefly so it can leave with the next invocation. */
  private pendingAck?: Answer;
  private current?: Invocation;
  private delivered = false;
  private resolve?: (r: InvocationResult) => void;
  private timer?: NodeJS.Timeout;
  private startedAt = 0;
  private deliveredAt = 0;
  private initDuration?: number;
  private reportedInit = false;
  private initError?: { payload: Buffer; type: string };
  private tailLines?: string[];
  private partial = { out: '', err: '' };
  private exited = false;

  constructor(
    private readonly cloud: LocalCloud,
    readonly fn: LambdaFunction,
    readonly version: FunctionVersion,
    private readonly family: RuntimeFamily,
    private readonly root: ExecutionRoot,
    private readonly onIdle: (env: Environment) => void,
    private readonly onDead: (env: Environment) => void,
  ) {
    this.logGroup = version.config.LoggingConfig?.LogGroup ?? `/aws/lambda/${fn.name}`;
    this.logStream = logStreamName(version.version);
  }

  /** Runs one invocation; starts the process first when this environment is new. */
  run(inv: Invocation): Promise<InvocationResult> {
    return new Promise((resolve) => {
      this.current = inv;
      this.delivered = false;
      this.resolve = resolve;
      this.tailLines = inv.tail ? [] : undefined;
      if (this.state === 'starting' && !this.server) {
        this.start().catch((err) => this.failStart(String(err)));
        this.timer = setTimeout(() => this.timeout(), INIT_LIMIT_MS + this.timeoutMs());
      } else {
        this.state = 'busy';
        if (this.nextWaiter) this.deliver();
      }
    });
  }

  private timeoutMs(): number {
    return (this.version.config.Timeout ?? 3) * 1000;
  }

  private async start(): Promise<void> {
    const api = createRuntimeApi((req) => this.onRuntimeRequest(req));
    const server = api.server;
    this.server = api;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    // Stopped while the listener was opening: nothing to start.
    if (this.state === 'dead') {
      api.close();
      return;
    }
    const port = (server.address() as AddressInfo).port;
    const env = childEnvironment(this.cloud, this.fn, this.version, this.family, this.root, {
      logGroup: this.logGroup,
      logStream: this.logStream,
      runtimeApi: `127.0.0.1:${port}`,
    });
    const interpreter = interpreterForFunction(this.cloud, this.fn.name, this.version.config.Runtime ?? '');
    const [command, args] = launchCommand(this.family, this.root.taskDir, interpreter.command);
    this.log(initStartLine(this.version.config.Runtime ?? '', this.fn.region));
    this.startedAt = performance.now();
    const child = spawn(command, args, {
      cwd: this.root.taskDir,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    child.stdout!.setEncoding('utf8');
    child.stderr!.setEncoding('utf8');
    child.stdout!.on('data', (s: string) => this.onOutput('out', s));
    child.stderr!.on('data', (s: string) => this.onOutput('err', s));
    child.on('error', (err) => this.failStart(err.message));
    child.on('exit', (code, signal) => this.onExit(code, signal));
  }

  private failStart(detail: string): void {
    if (this.current && this.resolve) {
      const payload = invalidEntrypointPayload(this.current.requestId, detail);
      this.log(`${payload}\n`);
      this.kill();
      this.finish(
        { payload: Buffer.from(payload), functionError: 'Unhandled', errorType: 'Runtime.InvalidEntrypoint' },
        'error',
      );
    }
    this.kill();
  }

  private onOutput(which: 'out' | 'err', chunk: string): void {
    const text = this.partial[which] + chunk;
    const lines = text.split('\n');
    this.partial[which] = lines.pop() ?? '';
    for (const line of lines) this.log(`${line.replaceAll('\r', '\n')}\n`);
  }

  /** Log events in this environment's stream (and in the tail of the invocation asking for it). */
  private log(...messages: string[]): void {
    this.tailLines?.push(...messages);
    const timestamp = Date.now();
    this.cloud.logs?.putLogEvents(
      this.fn.region,
      this.logGroup,
      this.logStream,
      messages.map((message) => ({ timestamp, message })),
    );
  }

  private onRuntimeRequest(req: ApiRequest): void {
    const res = req.answer;
    const url = req.url;
    // Runtimes never send these; a web page that found the port must not take or answer invocations.
    if (req.headers.origin !== undefined || req.headers['sec-fetch-site'] !== undefined) {
      return void reply(res, 403, '{"errorType":"Forbidden","errorMessage":"Browser requests are refused"}');
    }
    if (!url.startsWith(RUNTIME_PREFIX)) return void reply(res, 404, '{"errorType":"InvalidPath"}');
    const rest = url.slice(RUNTIME_PREFIX.length);
    if (req.method === 'GET' && rest === 'invocation/next') {
      if (this.initDuration === undefined) this.initDuration = performance.now() - this.startedAt;
      this.nextWaiter = res;
      if (this.current && !this.delivered) this.deliver();
      else if (this.state === 'starting') {
        this.state = 'idle';
        this.onIdle(this);
      }
      return;
    }
    const body = req.body;
    if (req.method === 'POST' && rest === 'init/error') {
      const type = req.headers['lambda-runtime-function-error-type'] ?? 'Runtime.Unknown';
      this.initError = { payload: body, type };
      return void reply(res, 202, ACCEPTED);
    }
    const m = /^invocation\/([^/]+)\/(response|error)$/.exec(rest);
    if (req.method !== 'POST' || !m) return void reply(res, 404, '{"errorType":"InvalidPath"}');
    if (!this.current || m[1] !== this.current.requestId || !this.delivered) {
      return void reply(res, 400, '{"errorType":"InvalidRequestID","errorMessage":"Invalid request ID"}');
    }
    // Answered once the next invocation is known (or at the next turn of the loop), in one write with it.
    this.pendingAck = res;
    if (m[2] === 'response') this.finish({ payload: body });
    else {
      const type = req.headers['lambda-runtime-function-error-type'] ?? 'Unhandled';
      this.finish({ payload: body, functionError: 'Unhandled', errorType: errorTypeOf(body, type) });
    }
  }

  /** Sends the 202 still owed, if the next invocation did not take it along. */
  private readonly sendAck = (): void => {
    const ack = this.pendingAck;
    this.pendingAck = undefined;
    if (ack) reply(ack, 202, ACCEPTED);
  };

  private deliver(): void {
    const inv = this.current!;
    const res = this.nextWaiter!;
    this.nextWaiter = undefined;
    this.delivered = true;
    this.state = 'busy';
    this.deliveredAt = performance.now();
    const deadline = Date.now() + this.timeoutMs();
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.timeout(), this.timeoutMs());
    this.log(startLine(inv.requestId, this.version.version));
    const headers: Record<string, string | number> = {
      'Content-Type': 'application/json',
      'Lambda-Runtime-Aws-Request-Id': inv.requestId,
      'Lambda-Runtime-Deadline-Ms': deadline,
      'Lambda-Runtime-Invoked-Function-Arn': inv.invokedArn,
      'Lambda-Runtime-Trace-Id': `Root=1-${Math.floor(Date.now() / 1000).toString(16)}-${inv.requestId.replaceAll('-', '').slice(0, 24)};Sampled=0`,
    };
    // A header carries printable ASCII only; a context that is not is left out rather than break the call.
    if (inv.clientContext && /^[\x20-\x7e]*$/.test(inv.clientContext)) {
      headers['Lambda-Runtime-Client-Context'] = inv.clientContext;
    }
    const event = inv.payload.length === 0 ? '{}' : inv.payload;
    const ack = this.pendingAck;
    this.pendingAck = undefined;
    if (ack) {
      res.cork();
      reply(ack, 202, ACCEPTED);
      res.send(200, headers, event);
      res.uncork();
    } else res.send(200, headers, event);
  }

  private timeout(): void {
    const inv = this.current;
    if (!inv || !this.resolve) return;
    const seconds = this.version.config.Timeout ?? 3;
    this.log(
      `${new Date().toISOString()} ${inv.requestId} Task timed out after ${seconds.toFixed(2)} seconds\n`,
    );
    const memory = this.maxMemoryMb();
    this.kill();
    this.finish(
      {
        payload: Buffer.from(timedOutPayload(inv.requestId, seconds)),
        functionError: 'Unhandled',
        errorType: 'Sandbox.Timedout',
      },
      'timeout',
      memory,
    );
  }

  private onExit(code: number | null, signal: NodeJS.Signals | null): void {
    this.exited = true;
    for (const which of ['out', 'err'] as const) {
      if (this.partial[which]) this.log(`${this.partial[which].replaceAll('\r', '\n')}\n`);
      this.partial[which] = '';
    }
    const inv = this.current;
    this.kill();
    if (inv && this.resolve) {
      if (this.initError) {
        this.finish(
          { payload: this.initError.payload, functionError: 'Unhandled', errorType: this.initError.type },
          'error',
        );
      } else {
        const payload = exitPayload(inv.requestId, code, signal);
        this.log(`${payload}\n`);
        this.finish(
          { payload: Buffer.from(payload), functionError: 'Unhandled', errorType: 'Runtime.ExitError' },
          'error',
        );
      }
    }
  }

  private finish(answer: Omit<InvocationResult, 'durationMs'>, status?: string, memory?: number): void {
    const inv = this.current!;
    const resolve = this.resolve!;
    this.resolve = undefined;
    clearTimeout(this.timer);
    const duration = this.delivered ? performance.now() - this.deliveredAt : 0;
    const result = answer as InvocationResult;
    result.durationMs = duration;
    const first = this.initDuration !== undefined && !this.reportedInit;
    this.reportedInit = true;
    const done = () => {
      this.log(
        endLine(inv.requestId),
        reportLine(
          inv.requestId,
          duration,
          this.version.config.MemorySize ?? 128,
          memory ?? this.maxMemoryMb(),
          first ? this.initDuration : undefined,
          status,
        ),
      );
      if (this.tailLines) result.logTail = this.tailLines.join('');
      this.tailLines = undefined;
      this.current = undefined;
      if (this.state !== 'dead') {
        this.state = 'idle';
        this.onIdle(this);
      }
      resolve(result);
      if (this.pendingAck) setImmediate(this.sendAck);
    };
    // Lines the handler printed just before answering are still in the pipe: let them land first.
    if (status === undefined) setImmediate(done);
    else done();
  }

  private memoryMb = 0;
  private memoryReadAt = 0;

  /** The process's peak RSS (Linux), read at most once a second: a file read per call costs too much. */
  private maxMemoryMb(): number {
    const pid = this.child?.pid;
    const now = Date.now();
    if (!pid || this.exited || now - this.memoryReadAt < 1000) return this.memoryMb;
    this.memoryReadAt = now;
    try {
      const m = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (m) this.memoryMb = Math.round(Number(m[1]) / 1024);
    } catch {}
    return this.memoryMb;
  }

  /** Ends the process and the listener; the environment is not used again. */
  kill(): void {
    if (this.state === 'dead') return;
    this.state = 'dead';
    clearTimeout(this.timer);
    if (this.child && !this.exited) this.child.kill('SIGKILL');
    this.nextWaiter = undefined;
    this.pendingAck = undefined;
    this.server?.close();
    this.onDead(this);
  }
}

const ACCEPTED = '{"status":"OK"}';
const JSON_TYPE = { 'Content-Type': 'application/json' };

function reply(res: Answer, status: number, body: string): void {
  res.send(status, JSON_TYPE, body);
}

/** The `errorType` of an error document, falling back to the runtime's header. */
function errorTypeOf(body: Buffer, fallback: string): string {
  const m = /"errorType"\s*:\s*"((?:[^"\\]|\\.)*)"/.exec(body.toString('utf8'));
  return m ? m[1] : fallback;
}
