// One request as an operation sees it: who asks, in which region, under which id; and whether the
// client is still there. No HTTP: the codec owns the wire.
import type { ServerResponse } from 'node:http';
import type { LocalCloud } from '../cloud.js';
import type { LocalRequest } from './request.js';

export class Call {
  private controller?: AbortController;
  private abandonHandlers?: (() => void)[];
  private watching = false;

  constructor(
    private readonly req: LocalRequest,
    /** The answer's connection; watched only once an operation asks, so most requests pay nothing. */
    private readonly res?: ServerResponse,
  ) {}

  get cloud(): LocalCloud {
    return this.req.cloud;
  }

  get accountId(): string {
    return this.req.cloud.accountId;
  }

  /** The region from the request's signature, else the cloud's default. */
  get region(): string {
    return this.req.region;
  }

  get requestId(): string {
    return this.req.requestId;
  }

  /** `http://host:port` as the client addressed us, for URLs handed back (queue URLs). */
  get baseUrl(): string {
    return this.req.baseUrl;
  }

  /** Aborted when the client goes away before its answer is written (a long poll it gave up on). */
  get signal(): AbortSignal {
    this.controller ??= new AbortController();
    this.watch();
    return this.controller.signal;
  }

  /** Runs `handler` if the connection closes before the answer is complete (messages handed out return). */
  onAbandon(handler: () => void): void {
    this.abandonHandlers ??= [];
    this.abandonHandlers.push(handler);
    this.watch();
  }

  private watch(): void {
    const res = this.res;
    if (this.watching || !res) return;
    this.watching = true;
    // Closed already (the client hung up while the request was read): nothing can reach it.
    if (res.closed && !res.writableFinished) {
      this.abandon();
      return;
    }
    res.once('close', () => {
      if (!res.writableFinished) this.abandon();
    });
  }

  private abandon(): void {
    this.controller?.abort();
    for (const h of this.abandonHandlers ?? []) h();
    this.abandonHandlers = undefined;
  }
}
