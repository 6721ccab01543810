// What every SQS operation receives besides its input: the store, who is asking, and the connection's fate.
import type { ServerResponse } from 'node:http';
import type { LocalRequest } from '../protocol/request.js';
import type { Queue, StoredMessage } from './queue.js';
import type { SqsStore } from './store.js';

export class SqsContext {
  private controller?: AbortController;
  private readonly handedOut: { queue: Queue; messages: StoredMessage[] }[] = [];
  private watching = false;

  constructor(
    readonly store: SqsStore,
    readonly req: LocalRequest,
    /** The answer's connection; watched only once a receive needs it, so other operations pay nothing. */
    private readonly res?: ServerResponse,
  ) {}

  get region(): string {
    return this.req.region;
  }

  get accountId(): string {
    return this.req.cloud.accountId;
  }

  get baseUrl(): string {
    return this.req.baseUrl;
  }

  /** Aborted when the client goes away before its answer is written (a long poll it gave up on). */
  get signal(): AbortSignal {
    this.controller ??= new AbortController();
    this.watch();
    return this.controller.signal;
  }

  /** Notes messages an answer carries, so they return to the queue if the answer never reaches the client. */
  handOut(queue: Queue, messages: StoredMessage[]): void {
    if (messages.length === 0) return;
    this.handedOut.push({ queue, messages });
    this.watch();
  }

  /** From now on, a connection that closes before the answer is complete abandons the request. */
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

  /** Called when the connection closed before the answer was complete. */
  abandon(): void {
    this.controller?.abort();
    for (const { queue, messages } of this.handedOut) queue.release(messages);
    this.handedOut.length = 0;
  }
}

export type SqsOperation<I, O> = (ctx: SqsContext, input: I) => O | Promise<O>;
