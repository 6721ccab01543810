// A stored message and its states, its copy for a dead-letter queue, and the randomness of receipt handles.
import { randomFillSync } from 'node:crypto';
import type { MessageAttributeValue } from '@aws-sdk/client-sqs';

export const State = { Delayed: 0, Visible: 1, InFlight: 2, Gone: 3 } as const;
export type State = (typeof State)[keyof typeof State];

export interface StoredMessage {
  id: string;
  body: string;
  md5OfBody: string;
  attributes?: Record<string, MessageAttributeValue>;
  md5OfAttributes?: string;
  /** The one system attribute a sender may set. */
  traceHeader?: string;
  md5OfSystemAttributes?: string;
  senderId: string;
  sentAt: number;
  firstReceivedAt: number;
  receiveCount: number;
  groupId?: string;
  dedupId?: string;
  sequenceNumber?: string;
  deadLetterSourceArn?: string;
  state: State;
  /** The latest receipt handle: the one that deletes the message. */
  receipt?: string;
  /** Handles of earlier deliveries, most recent last: they still find the message (to change its visibility). */
  pastReceipts?: string[];
  /** Bumped whenever the time the message is due changes, so stale heap entries are skipped. */
  gen: number;
}

export interface NewMessage {
  body: string;
  md5OfBody: string;
  attributes?: Record<string, MessageAttributeValue>;
  md5OfAttributes?: string;
  traceHeader?: string;
  md5OfSystemAttributes?: string;
  senderId: string;
  delaySeconds?: number;
  groupId?: string;
  dedupId?: string;
  /** Kept when a message moves to a dead-letter queue. */
  id?: string;
  sentAt?: number;
  deadLetterSourceArn?: string;
}

/** The message as a dead-letter queue receives it: same id, body, attributes and sent time. */
export function movedMessage(m: StoredMessage, sourceArn: string): NewMessage {
  return {
    id: m.id,
    body: m.body,
    md5OfBody: m.md5OfBody,
    attributes: m.attributes,
    md5OfAttributes: m.md5OfAttributes,
    traceHeader: m.traceHeader,
    md5OfSystemAttributes: m.md5OfSystemAttributes,
    senderId: m.senderId,
    sentAt: m.sentAt,
    groupId: m.groupId,
    dedupId: m.dedupId,
    delaySeconds: 0,
    deadLetterSourceArn: sourceArn,
  };
}

const RECEIPT_RANDOM_BYTES = 24;

// Random bytes for receipt handles, filled 256 handles at a time rather than one crypto call per message.
const receiptPool = Buffer.alloc(RECEIPT_RANDOM_BYTES * 256);
let receiptPoolAt = receiptPool.length;

export function receiptRandom(): string {
  if (receiptPoolAt === receiptPool.length) {
    randomFillSync(receiptPool);
    receiptPoolAt = 0;
  }
  const start = receiptPoolAt;
  receiptPoolAt += RECEIPT_RANDOM_BYTES;
  return receiptPool.toString('base64url', start, receiptPoolAt);
}
