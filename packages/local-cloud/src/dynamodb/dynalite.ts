// The embedded DynamoDB: one in-memory dynalite per region, each handed requests the server has already
// read, replayed as an equivalent request stream, with dynalite's answer captured.
//
// dynalite exports only an http.Server factory; its request listener is the whole DynamoDB. The server is
// never listened on: the local cloud's one port stays the only one. This module is imported (through
// adapter.ts) at the first DynamoDB request, so dynalite loads then.
/// <reference path="./dynalite-module.d.ts" />
import { EventEmitter } from 'node:events';
import type { IncomingHttpHeaders, IncomingMessage, Server, ServerResponse } from 'node:http';
import createDynalite from 'dynalite';

type Listener = (req: IncomingMessage, res: ServerResponse) => void;
/** dynalite's one export (a CommonJS module without types): a Server whose listener is a whole DynamoDB. */
type Dynalite = (options: Record<string, unknown>) => Server;

/** The request as dynalite reads it: method, url, headers, then the body as `data` and `end`. */
export interface Replayed {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** dynalite's answer: it always writes its whole body at once. */
export interface Answer {
  status: number;
  headers: Record<string, string>;
  body: string;
  /**
   * Whether dynalite answered while checking the request's shape (synchronously, before its action ran):
   * such an error is the request's, one from the action is the data's (a transaction tells them apart).
   */
  checking: boolean;
}

/** Tables go ACTIVE at once (dynalite keeps them CREATING/DELETING/UPDATING 500 ms by default). */
const OPTIONS = { createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 };

/** The request stream dynalite listens to; the body is emitted synchronously so a throw is caught here. */
class ReplayedRequest extends EventEmitter {
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingHttpHeaders;
  constructor(r: Replayed) {
    super();
    this.method = r.method;
    this.url = r.url;
    this.headers = r.headers;
  }
}

/** The part of ServerResponse dynalite writes to. */
class CapturedResponse {
  statusCode = 200;
  contentType?: string;
  checking = true;
  readonly headers: Record<string, string> = {};
  constructor(private readonly done: (a: Answer) => void) {}
  setHeader(name: string, value: string | number): void {
    this.headers[name.toLowerCase()] = String(value);
  }
  end(body?: string | Buffer): void {
    this.done({
      status: this.statusCode,
      headers: this.headers,
      body: body ? String(body) : '',
      checking: this.checking,
    });
  }
}

// A static import, so a bundler carries dynalite (this module itself is imported only at first use).
const dynalite = (): Dynalite => createDynalite as Dynalite;

export class DynaliteEngine {
  private readonly regions = new Map<string, Listener>();
  private stopped = false;

  constructor(private readonly accountId: string) {}

  /** Regions with a running dynalite (each is created at that region's first request). */
  get started(): readonly string[] {
    return [...this.regions.keys()];
  }

  /** Serves one request in `region`'s DynamoDB. */
  call(region: string, request: Replayed): Promise<Answer> {
    if (this.stopped) return Promise.reject(new Error('DynamoDB is stopping with the local cloud'));
    const listener = this.listener(region);
    return new Promise<Answer>((resolve, reject) => {
      const req = new ReplayedRequest(request);
      const res = new CapturedResponse(resolve);
      listener(req as unknown as IncomingMessage, res as unknown as ServerResponse);
      try {
        if (request.body.length > 0) req.emit('data', request.body);
        req.emit('end');
        res.checking = false;
      } catch (err) {
        // dynalite throws what is not an AWS error (its validation's own bugs): a 500, not a crash.
        reject(err);
      }
    });
  }

  /** Drops every region's store (dynalite's are in memory: nothing to flush). */
  stop(): void {
    this.stopped = true;
    this.regions.clear();
  }

  private listener(region: string): Listener {
    const found = this.regions.get(region);
    if (found) return found;
    // dynalite reads the region and account of its ARNs from the environment, once, when its store is made.
    const saved = { region: process.env.AWS_REGION, account: process.env.AWS_ACCOUNT_ID };
    process.env.AWS_REGION = region;
    process.env.AWS_ACCOUNT_ID = this.accountId;
    let server: Server;
    try {
      server = dynalite()(OPTIONS);
    } finally {
      restore('AWS_REGION', saved.region);
      restore('AWS_ACCOUNT_ID', saved.account);
    }
    const listener = server.listeners('request')[0] as Listener;
    this.regions.set(region, listener);
    return listener;
  }
}

function restore(name: string, value: string | undefined): void {
  if (value === undefined) delete process.env[name];
  else process.env[name] = value;
}
