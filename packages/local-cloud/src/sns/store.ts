// SNS state: topics and subscriptions by ARN (each ARN names its region), tags by topic.

import type { JsonObject } from '../events/pattern.js';
import type { MessageAttribute } from '../internal.js';

export interface Topic {
  arn: string;
  name: string;
  region: string;
  fifo: boolean;
  /** Attributes the caller set (DisplayName, Policy, ...); computed ones are added when read. */
  attributes: Map<string, string>;
  tags: Map<string, string>;
  /** Subscription ARNs in the order they were made. */
  subscriptions: Set<string>;
  deletedSubscriptions: number;
  /** FIFO topics number their messages, as SNS's SequenceNumber. */
  sequence: bigint;
  /** Deduplication ids seen in the last five minutes: id -> { messageId, until }. */
  dedup: Map<string, { messageId: string; sequenceNumber: string; until: number }>;
}

export interface Subscription {
  arn: string;
  topicArn: string;
  protocol: string;
  endpoint: string;
  owner: string;
  /** sqs, lambda and sms are confirmed at once; the others never are here. */
  pending: boolean;
  attributes: Map<string, string>;
  filterPolicy?: JsonObject;
}

/** A message as Publish accepted it, before it is shaped for each subscriber. */
export interface SnsMessage {
  messageId: string;
  topicArn: string;
  /** The message, or per-protocol messages when MessageStructure was json. */
  message: string;
  perProtocol?: Record<string, string>;
  subject?: string;
  messageAttributes: Record<string, MessageAttribute>;
  timestamp: Date;
  messageGroupId?: string;
  messageDeduplicationId?: string;
  sequenceNumber?: string;
  /** The topic's SignatureVersion when the message was published (`1` unless set to `2`). */
  signatureVersion: string;
}

export class SnsStore {
  readonly topics = new Map<string, Topic>();
  readonly subscriptions = new Map<string, Subscription>();

  constructor(readonly accountId: string) {}

  topicArn(region: string, name: string): string {
    return `arn:aws:sns:${region}:${this.accountId}:${name}`;
  }
}
