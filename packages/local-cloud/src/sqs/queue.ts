// One queue: its attributes and its messages. Visible messages wait in a deque (standard) or per-group
// deques (FIFO), received ones are found by receipt handle in a map, and one timer per queue, fed by a
// heap, makes delayed and in-flight messages visible again, so no operation is O(depth) per message.
// Longer than most modules: a message's states and every transition between them (and their journal, when
// state is kept on disk, and their restoring) are kept in one place.
import { randomUUID } from 'node:crypto';
import { DEDUP_WINDOW_MS, DedupWindow, type FirstSend } from './dedup.js';
import { Deque } from './deque.js';
import { receiptHandleExpired } from './errors.js';
import { TimeHeap } from './heap.js';
import { DEFAULTS, FIFO_DEFAULTS, type RedrivePolicy, readRedrivePolicy } from './queueAttributes.js';
import { movedMessage, type NewMessage, receiptRandom, State, type StoredMessage } from './storedMessage.js';

interface Group {
  messages: Deque<StoredMessage>;
  inFlight: number;
}

interface Waiter {
  max: number;
  visibilityTimeout: number;
  resolve(messages: StoredMessage[]): void;
}

export interface QueueHost {
  /** The queue a dead-letter ARN names, if it exists. */
  byArn(arn: string): Queue | undefined;
}

/** Where a queue writes each change that must survive a restart (with --state-dir: src/persistence/sqsState.ts). */
export interface QueueJournal {
  saveQueue(q: Queue): void;
  dropQueue(q: Queue): void;
  /** A new message or a changed one, with the time it becomes visible (delayed, in flight) or 0. */
  putMessage(q: Queue, m: StoredMessage, dueAt: number): void;
  removeMessage(q: Queue, m: StoredMessage): void;
  saveDedup(q: Queue, key: string, first: FirstSend, expiresAt: number): void;
  purge(q: Queue): void;
  atomically<T>(work: () => T): T;
}

/** A message as the journal gives it back, with its state and due time. */
export interface RestoredMessage {
  message: StoredMessage;
  dueAt: number;
}

/** How many earlier receipt handles of one message still find it; older ones are forgotten. */
const PAST_RECEIPTS_KEPT = 16;
const SEQUENCE_BASE = 18_000_000_000_000_000_000n;

export class Queue {
  readonly name: string;
  readonly region: string;
  readonly accountId: string;
  readonly arn: string;
  readonly fifo: boolean;
  createdAt = Math.floor(Date.now() / 1000);
  lastModifiedAt = this.createdAt;
  /** Set by the store when state is kept on disk. */
  journal?: QueueJournal;
  /** Stored attributes as strings, as GetQueueAttributes answers them. */
  readonly attributes: Record<string, string>;
  readonly tags: Record<string, string>;
  lastPurgeAt = 0;

  // Parsed copies of the attributes the hot paths read.
  visibilityTimeout = 30;
  delaySeconds = 0;
  retentionMs = 345_600_000;
  maxMessageSize = 1_048_576;
  waitTimeSeconds = 0;
  redrive?: RedrivePolicy;

  visible = 0;
  inFlight = 0;
  delayed = 0;

  private readonly ready = new Deque<StoredMessage>();
  private readonly groups = new Map<string, Group>();
  private readonly receipts = new Map<string, StoredMessage>();
  private readonly due = new TimeHeap<StoredMessage>();
  private timer?: NodeJS.Timeout;
  private timerAt = Number.POSITIVE_INFINITY;
  private waiters: Waiter[] = [];
  private wakeQueued = false;
  private readonly dedup = new DedupWindow();
  private sequence = 0n;
  private readonly receiptPrefix: string;
  private deleted = false;

  constructor(
    private readonly host: QueueHost,
    init: {
      name: string;
      region: string;
      accountId: string;
      fifo: boolean;
      attributes: Record<string, string>;
      tags?: Record<string, string>;
    },
  ) {
    this.name = init.name;
    this.region = init.region;
    this.accountId = init.accountId;
    this.fifo = init.fifo;
    this.arn = `arn:aws:sqs:${init.region}:${init.accountId}:${init.name}`;
    this.attributes = { ...DEFAULTS, ...(init.fifo ? { FifoQueue: 'true', ...FIFO_DEFAULTS } : {}) };
    this.tags = { ...init.tags };
    // Receipt handles carry the queue and a random part, so foreign strings are told apart from stale ones.
    this.receiptPrefix = Buffer.from(`${this.arn} `).toString('base64url');
    this.setAttributes(init.attributes, false);
  }

  url(baseUrl: string): string {
    return `${baseUrl}/${this.accountId}/${this.name}`;
  }

  setAttributes(attributes: Record<string, string>, touch = true): void {
    for (const [k, v] of Object.entries(attributes)) {
      if (v === '' && (k === 'RedrivePolicy' || k === 'Policy' || k === 'RedriveAllowPolicy')) {
        delete this.attributes[k];
      } else this.attributes[k] = v;
    }
    const a = this.attributes;
    this.visibilityTimeout = Number(a.VisibilityTimeout);
    this.delaySeconds = Number(a.DelaySeconds);
    this.retentionMs = Number(a.MessageRetentionPeriod) * 1000;
    this.maxMessageSize = Number(a.MaximumMessageSize);
    this.waitTimeSeconds = Number(a.ReceiveMessageWaitTimeSeconds);
    this.redrive = a.RedrivePolicy ? readRedrivePolicy(a.RedrivePolicy) : undefined;
    if (touch) {
      this.lastModifiedAt = Math.floor(Date.now() / 1000);
      this.journal?.saveQueue(this);
    }
  }

  tag(tags: Record<string, string>): void {
    Object.assign(this.tags, tags);
    this.journal?.saveQueue(this);
  }

  untag(keys: readonly string[]): void {
    for (const k of keys) delete this.tags[k];
    this.journal?.saveQueue(this);
  }

  /** The highest FIFO sequence number given so far (kept so a restarted queue never gives a lower one). */
  get lastSequence(): bigint {
    return this.sequence;
  }

  get contentBasedDeduplication(): boolean {
    return this.attributes.ContentBasedDeduplication === 'true';
  }

  /** Adds a message; for FIFO answers the first message's id when the deduplication id was seen. */
  enqueue(m: NewMessage): { id: string; sequenceNumber?: string } {
    const now = Date.now();
    let sequenceNumber: string | undefined;
    // A message moved from a source queue was deduplicated there already.
    const key = this.fifo && !m.deadLetterSourceArn ? this.dedupKey(m) : undefined;
    if (this.fifo) {
      const seen = key === undefined ? undefined : this.dedup.get(key, now);
      if (seen) return { id: seen.id, sequenceNumber: seen.sequenceNumber };
      sequenceNumber = (SEQUENCE_BASE + ++this.sequence).toString();
    }
    const delay = (m.delaySeconds ?? this.delaySeconds) * 1000;
    const msg: StoredMessage = {
      id: m.id ?? randomUUID(),
      body: m.body,
      md5OfBody: m.md5OfBody,
      attributes: m.attributes,
      md5OfAttributes: m.md5OfAttributes,
      traceHeader: m.traceHeader,
      md5OfSystemAttributes: m.md5OfSystemAttributes,
      senderId: m.senderId,
      sentAt: m.sentAt ?? now,
      firstReceivedAt: 0,
      receiveCount: 0,
      groupId: m.groupId,
      dedupId: m.dedupId,
      sequenceNumber,
      deadLetterSourceArn: m.deadLetterSourceArn,
      state: delay > 0 ? State.Delayed : State.Visible,
      gen: 0,
    };
    if (this.fifo) {
      if (key !== undefined) {
        this.dedup.add(key, { id: msg.id, sequenceNumber }, now);
        this.journal?.saveDedup(this, key, { id: msg.id, sequenceNumber }, now + DEDUP_WINDOW_MS);
      }
      this.group(msg.groupId ?? '').messages.push(msg);
    }
    this.journal?.putMessage(this, msg, delay > 0 ? now + delay : 0);
    if (delay > 0) {
      this.delayed++;
      this.schedule(msg, now + delay);
    } else {
      this.visible++;
      if (!this.fifo) this.ready.push(msg);
      this.queueWake();
    }
    return { id: msg.id, sequenceNumber };
  }

  private dedupKey(m: NewMessage): string | undefined {
    if (m.dedupId === undefined) return undefined;
    return this.attributes.DeduplicationScope === 'messageGroup'
      ? `${m.groupId}\u0000${m.dedupId}`
      : m.dedupId;
  }

  private group(id: string): Group {
    let g = this.groups.get(id);
    if (!g) {
      g = { messages: new Deque(), inFlight: 0 };
      this.groups.set(id, g);
    }
    return g;
  }

  /** Runs `work` as one transaction of the journal (one commit for a batch), or just runs it. */
  atomically<T>(work: () => T): T {
    return this.journal ? this.journal.atomically(work) : work();
  }

  /** Takes up to `max` visible messages and makes them in flight for `visibilityTimeout` seconds. */
  receive(max: number, visibilityTimeout: number): StoredMessage[] {
    return this.journal
      ? this.journal.atomically(() => this.receiveNow(max, visibilityTimeout))
      : this.receiveNow(max, visibilityTimeout);
  }

  private receiveNow(max: number, visibilityTimeout: number): StoredMessage[] {
    const now = Date.now();
    const out: StoredMessage[] = [];
    if (this.fifo) this.receiveFifo(max, visibilityTimeout, now, out);
    else {
      const stillVisible: StoredMessage[] = [];
      while (out.length < max && this.ready.length > 0) {
        const m = this.ready.shift()!;
        if (m.state !== State.Visible) continue;
        if (this.expiredOrRedriven(m, now)) continue;
        this.take(m, visibilityTimeout, now);
        out.push(m);
        if (visibilityTimeout === 0) stillVisible.push(m);
      }
      for (const m of stillVisible) this.ready.push(m);
    }
    return out;
  }

  private receiveFifo(max: number, visibilityTimeout: number, now: number, out: StoredMessage[]): void {
    for (const [id, g] of this.groups) {
      if (out.length >= max) break;
      if (g.inFlight > 0) continue;
      // Received messages stay at the head of their group until deleted, which keeps the group's order.
      while (g.messages.length > 0 && g.messages.peek()!.state === State.Gone) g.messages.shift();
      for (let i = 0; out.length < max; i++) {
        const m = g.messages.at(i);
        if (!m || m.state === State.Delayed) break;
        if (m.state !== State.Visible) continue;
        if (this.expiredOrRedriven(m, now)) continue;
        this.take(m, visibilityTimeout, now);
        if (visibilityTimeout > 0) g.inFlight++;
        out.push(m);
      }
      while (g.messages.length > 0 && g.messages.peek()!.state === State.Gone) g.messages.shift();
      if (g.messages.length === 0) this.groups.delete(id);
    }
  }

  /** Drops a message past its retention, or moves it to the dead-letter queue; true when it left. */
  private expiredOrRedriven(m: StoredMessage, now: number): boolean {
    if (m.sentAt + this.retentionMs <= now) {
      this.remove(m);
      return true;
    }
    const r = this.redrive;
    if (r && m.receiveCount >= r.maxReceiveCount) {
      const dlq = this.host.byArn(r.deadLetterTargetArn);
      if (dlq && dlq !== this) {
        const move = () => {
          this.remove(m);
          dlq.enqueue(movedMessage(m, this.arn));
        };
        // On disk the move is one transaction: a kill can neither lose the message nor keep it twice.
        this.atomically(move);
        return true;
      }
    }
    return false;
  }

  private take(m: StoredMessage, visibilityTimeout: number, now: number): void {
    m.receiveCount++;
    if (m.firstReceivedAt === 0) m.firstReceivedAt = now;
    if (m.receipt) this.keepPastReceipt(m, m.receipt);
    m.receipt = `${this.receiptPrefix}${receiptRandom()}`;
    this.receipts.set(m.receipt, m);
    if (visibilityTimeout > 0) {
      m.state = State.InFlight;
      this.visible--;
      this.inFlight++;
      m.gen++;
      this.schedule(m, now + visibilityTimeout * 1000);
    }
    this.journal?.putMessage(this, m, visibilityTimeout > 0 ? now + visibilityTimeout * 1000 : 0);
  }

  private keepPastReceipt(m: StoredMessage, handle: string): void {
    if (!m.pastReceipts) m.pastReceipts = [];
    m.pastReceipts.push(handle);
    if (m.pastReceipts.length > PAST_RECEIPTS_KEPT) this.receipts.delete(m.pastReceipts.shift()!);
  }

  /** Whether the handle was issued by this queue (possibly for a message since deleted). */
  ownsReceipt(handle: string): boolean {
    return handle.startsWith(this.receiptPrefix) && handle.length === this.receiptPrefix.length + 32;
  }

  /** The live message a handle of any of its deliveries names. */
  byReceipt(handle: string): StoredMessage | undefined {
    return this.receipts.get(handle);
  }

  /**
   * DeleteMessage. Only the latest delivery's handle deletes; an earlier one succeeds and deletes nothing, as
   * AWS documents. On a FIFO queue a handle whose delivery is over (its visibility ran out, or the message
   * was received again) answers "The receipt handle has expired.", as recorded on AWS.
   */
  delete(handle: string): void {
    const m = this.receipts.get(handle);
    if (!m) return;
    if (this.fifo && (m.receipt !== handle || m.state !== State.InFlight)) throw receiptHandleExpired(handle);
    if (m.receipt === handle) this.remove(m);
  }

  private remove(m: StoredMessage): void {
    if (m.state === State.Gone) return;
    if (m.state === State.InFlight) {
      this.inFlight--;
      if (this.fifo) this.releaseGroup(m);
    } else if (m.state === State.Visible) this.visible--;
    else this.delayed--;
    m.state = State.Gone;
    m.gen++;
    this.journal?.removeMessage(this, m);
    if (m.receipt) this.receipts.delete(m.receipt);
    if (m.pastReceipts) for (const h of m.pastReceipts) this.receipts.delete(h);
  }

  private releaseGroup(m: StoredMessage): void {
    const g = this.groups.get(m.groupId ?? '');
    if (!g) return;
    g.inFlight--;
    if (g.inFlight === 0) {
      while (g.messages.length > 0 && g.messages.peek()!.state === State.Gone) g.messages.shift();
      if (g.messages.length === 0) this.groups.delete(m.groupId ?? '');
      else this.queueWake();
    }
  }

  /**
   * ChangeMessageVisibility: a new timeout for an in-flight message, 0 makes it visible at once. A message no
   * longer in flight (its visibility ran out) is left as it is: AWS answers success and does nothing.
   */
  changeVisibility(m: StoredMessage, seconds: number): void {
    if (m.state !== State.InFlight) return;
    m.gen++;
    const dueAt = seconds === 0 ? 0 : Date.now() + seconds * 1000;
    if (seconds === 0) this.makeVisible(m);
    else this.schedule(m, dueAt);
    this.journal?.putMessage(this, m, dueAt);
  }

  private makeVisible(m: StoredMessage): void {
    if (m.state === State.Delayed) this.delayed--;
    else if (m.state === State.InFlight) {
      this.inFlight--;
      if (this.fifo) {
        const g = this.groups.get(m.groupId ?? '');
        if (g) g.inFlight--;
      }
    } else return;
    m.state = State.Visible;
    this.visible++;
    if (!this.fifo) this.ready.push(m);
    this.queueWake();
  }

  private schedule(m: StoredMessage, at: number): void {
    this.due.push({ at, item: m, gen: m.gen });
    if (at < this.timerAt) this.arm(at);
  }

  private arm(at: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timerAt = at;
    this.timer = setTimeout(() => this.onTimer(), Math.max(0, at - Date.now()));
    this.timer.unref();
  }

  private onTimer(): void {
    this.timer = undefined;
    this.timerAt = Number.POSITIVE_INFINITY;
    if (this.deleted) return;
    const now = Date.now();
    for (let d = this.due.peek(); d && d.at <= now; d = this.due.peek()) {
      this.due.pop();
      if (d.gen === d.item.gen) this.makeVisible(d.item);
    }
    const next = this.due.peek();
    if (next) this.arm(next.at);
  }

  /** A long poll: resolves with messages as soon as some are visible, or empty after `seconds`. */
  wait(
    max: number,
    visibilityTimeout: number,
    seconds: number,
    signal?: AbortSignal,
  ): Promise<StoredMessage[]> {
    return new Promise((resolve) => {
      let timer: NodeJS.Timeout | undefined;
      const done = (messages: StoredMessage[]) => {
        if (timer) clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        this.waiters = this.waiters.filter((w) => w !== waiter);
        resolve(messages);
      };
      const waiter: Waiter = { max, visibilityTimeout, resolve: done };
      const onAbort = () => done([]);
      this.waiters.push(waiter);
      timer = setTimeout(() => done([]), seconds * 1000);
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  }

  private queueWake(): void {
    if (this.wakeQueued || this.waiters.length === 0) return;
    this.wakeQueued = true;
    // After the current operation, so a batch of ten reaches one waiter together.
    queueMicrotask(() => {
      this.wakeQueued = false;
      while (this.waiters.length > 0) {
        const w = this.waiters[0];
        const got = this.receive(w.max, w.visibilityTimeout);
        if (got.length === 0) break;
        w.resolve(got);
      }
    });
  }

  /** Puts messages a client never got back in the queue at once (their long poll's connection closed). */
  release(messages: StoredMessage[]): void {
    for (const m of messages) {
      if (m.state !== State.InFlight) continue;
      m.gen++;
      this.makeVisible(m);
      this.journal?.putMessage(this, m, 0);
    }
  }

  /**
   * Puts back a message read from the state directory, in the state it was left in (restored in the order
   * they were first stored, which keeps FIFO groups in order). An in-flight message keeps its receipt
   * handles and becomes visible at its due time, as it would have.
   */
  restore(r: RestoredMessage): void {
    const m = r.message;
    m.gen = 0;
    if (m.sequenceNumber !== undefined) {
      const n = BigInt(m.sequenceNumber) - SEQUENCE_BASE;
      if (n > this.sequence) this.sequence = n;
    }
    if (this.fifo) this.group(m.groupId ?? '').messages.push(m);
    if (m.state === State.InFlight) {
      this.inFlight++;
      if (this.fifo) this.group(m.groupId ?? '').inFlight++;
      if (m.receipt) this.receipts.set(m.receipt, m);
      for (const h of m.pastReceipts ?? []) this.receipts.set(h, m);
      this.schedule(m, r.dueAt);
    } else if (m.state === State.Delayed) {
      this.delayed++;
      this.schedule(m, r.dueAt);
    } else {
      m.state = State.Visible;
      this.visible++;
      if (!this.fifo) this.ready.push(m);
      if (m.receipt) this.receipts.set(m.receipt, m);
      for (const h of m.pastReceipts ?? []) this.receipts.set(h, m);
    }
  }

  /** Puts back a deduplication entry read from the state directory. */
  restoreDedup(key: string, first: FirstSend, expiresAt: number): void {
    this.dedup.restore(key, first, expiresAt);
    if (first.sequenceNumber !== undefined) {
      const n = BigInt(first.sequenceNumber) - SEQUENCE_BASE;
      if (n > this.sequence) this.sequence = n;
    }
  }

  purge(): void {
    for (const m of this.receipts.values()) m.state = State.Gone;
    this.ready.clear();
    this.groups.clear();
    this.receipts.clear();
    this.due.clear();
    this.dedup.clear();
    this.visible = this.inFlight = this.delayed = 0;
    this.lastPurgeAt = Date.now();
    this.journal?.purge(this);
  }

  /** DeleteQueue: pending long polls answer empty, timers stop. */
  close(): void {
    this.deleted = true;
    if (this.timer) clearTimeout(this.timer);
    for (const w of [...this.waiters]) w.resolve([]);
    this.purge();
  }
}
