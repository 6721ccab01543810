// SQS on disk: queues, their messages (state, receive counts, receipt handles, due times) and FIFO
// deduplication entries, written as each changes and read back into the store at start.
import type { FirstSend } from '../sqs/dedup.js';
import { Queue, type QueueJournal } from '../sqs/queue.js';
import type { SqsStore } from '../sqs/store.js';
import type { StoredMessage } from '../sqs/storedMessage.js';
import type { StateDatabase } from './database.js';
import { fromStateJson, toStateJson } from './json.js';

interface StoredQueue {
  name: string;
  region: string;
  accountId: string;
  fifo: boolean;
  attributes: Record<string, string>;
  tags: Record<string, string>;
  createdAt: number;
  lastModifiedAt: number;
  lastPurgeAt: number;
}

/** The message as stored: everything but `gen`, which only orders timers in this process. */
function messageJson(m: StoredMessage): string {
  const { gen: _gen, ...rest } = m;
  return toStateJson(rest);
}

export class SqsState implements QueueJournal {
  constructor(private readonly db: StateDatabase) {}

  saveQueue(q: Queue): void {
    const value: StoredQueue = {
      name: q.name,
      region: q.region,
      accountId: q.accountId,
      fifo: q.fifo,
      attributes: q.attributes,
      tags: q.tags,
      createdAt: q.createdAt,
      lastModifiedAt: q.lastModifiedAt,
      lastPurgeAt: q.lastPurgeAt,
    };
    this.db.run(
      'INSERT INTO sqs_queue (arn, value) VALUES (?, ?) ON CONFLICT (arn) DO UPDATE SET value = excluded.value',
      q.arn,
      JSON.stringify(value),
    );
  }

  dropQueue(q: Queue): void {
    this.db.atomically(() => {
      this.purge(q);
      this.db.run('DELETE FROM sqs_queue WHERE arn = ?', q.arn);
    });
  }

  putMessage(q: Queue, m: StoredMessage, dueAt: number): void {
    this.db.run(
      'INSERT INTO sqs_message (queue, id, state, due_at, value) VALUES (?, ?, ?, ?, ?) ' +
        'ON CONFLICT (queue, id) DO UPDATE SET state = excluded.state, due_at = excluded.due_at, value = excluded.value',
      q.arn,
      m.id,
      m.state,
      dueAt,
      messageJson(m),
    );
  }

  removeMessage(q: Queue, m: StoredMessage): void {
    this.db.run('DELETE FROM sqs_message WHERE queue = ? AND id = ?', q.arn, m.id);
  }

  saveDedup(q: Queue, key: string, first: FirstSend, expiresAt: number): void {
    this.db.run(
      'INSERT OR REPLACE INTO sqs_dedup (queue, key, value, expires_at) VALUES (?, ?, ?, ?)',
      q.arn,
      key,
      JSON.stringify(first),
      expiresAt,
    );
  }

  purge(q: Queue): void {
    this.db.atomically(() => {
      this.db.run('DELETE FROM sqs_message WHERE queue = ?', q.arn);
      this.db.run('DELETE FROM sqs_dedup WHERE queue = ?', q.arn);
    });
  }

  atomically<T>(work: () => T): T {
    return this.db.atomically(work);
  }

  /** Puts every stored queue, message and live deduplication entry back into `store`. */
  restore(store: SqsStore): void {
    const now = Date.now();
    this.db.run('DELETE FROM sqs_dedup WHERE expires_at <= ?', now);
    const byArn = new Map<string, Queue>();
    for (const row of this.db.all<{ value: string }>('SELECT value FROM sqs_queue ORDER BY rowid')) {
      const s = JSON.parse(row.value) as StoredQueue;
      const q = new Queue(store, s);
      q.createdAt = s.createdAt;
      q.lastModifiedAt = s.lastModifiedAt;
      q.lastPurgeAt = s.lastPurgeAt;
      store.add(q, true);
      byArn.set(q.arn, q);
    }
    for (const row of this.db.all<{ queue: string; due_at: number; value: string }>(
      'SELECT queue, due_at, value FROM sqs_message ORDER BY seq',
    )) {
      const message = fromStateJson<StoredMessage>(row.value);
      byArn.get(row.queue)?.restore({ message, dueAt: row.due_at });
    }
    for (const row of this.db.all<{ queue: string; key: string; value: string; expires_at: number }>(
      'SELECT queue, key, value, expires_at FROM sqs_dedup ORDER BY expires_at',
    )) {
      byArn.get(row.queue)?.restoreDedup(row.key, JSON.parse(row.value) as FirstSend, row.expires_at);
    }
  }
}
