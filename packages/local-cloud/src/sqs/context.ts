// What every SQS operation receives besides its input: the store, and the call (who asks, and whether the
// client is still there).
import type { Call } from '../protocol/call.js';
import type { Operation } from '../protocol/service.js';
import type { Queue } from './queue.js';
import type { SqsStore } from './store.js';
import type { StoredMessage } from './storedMessage.js';

export class SqsContext {
  constructor(
    readonly store: SqsStore,
    private readonly call: Call,
  ) {}

  get region(): string {
    return this.call.region;
  }

  get accountId(): string {
    return this.call.accountId;
  }

  get baseUrl(): string {
    return this.call.baseUrl;
  }

  /** Aborted when the client goes away before its answer is written (a long poll it gave up on). */
  get signal(): AbortSignal {
    return this.call.signal;
  }

  /** Notes messages an answer carries, so they return to the queue if the answer never reaches the client. */
  handOut(queue: Queue, messages: StoredMessage[]): void {
    if (messages.length > 0) this.call.onAbandon(() => queue.release(messages));
  }
}

export type SqsOperation<I, O> = Operation<SqsContext, I, O>;
