// What every SQS operation receives besides its input: the store, the call (who asks, and whether the
// client is still there), and which wording of SQS's errors the asking protocol uses.
import type { Call } from '../protocol/call.js';
import type { Operation } from '../protocol/service.js';
import { queueDoesNotExist } from './errors.js';
import type { Queue } from './queue.js';
import type { SqsStore } from './store.js';
import type { StoredMessage } from './storedMessage.js';

export class SqsContext {
  constructor(
    readonly store: SqsStore,
    private readonly call: Call,
    /** Set on the query face: a few messages there still carry their old wording. */
    readonly legacy = false,
  ) {}

  /** The queue a QueueUrl names (a URL, or a bare name in the caller's account), or QueueDoesNotExist. */
  queue(url: string | undefined): Queue {
    const queue = this.store.find(url, this.call.region, this.call.accountId);
    if (!queue) throw queueDoesNotExist(this.legacy);
    return queue;
  }

  /** QueueDoesNotExist in the asking protocol's words. */
  noSuchQueue(): Error {
    return queueDoesNotExist(this.legacy);
  }

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
