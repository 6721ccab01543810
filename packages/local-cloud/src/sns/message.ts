// What Publish, PublishBatch and the internal publish share: checking one message, FIFO sequencing and
// deduplication, then fan-out.
import { createHash, randomUUID } from 'node:crypto';
import type { MessageAttribute } from '../internal.js';
import type { SnsContext } from './context.js';
import { fanOut } from './deliver.js';
import { invalidParameter } from './errors.js';
import type { SnsMessage, Topic } from './store.js';
import { checkSubject, MAX_MESSAGE_BYTES, publishSize } from './validate.js';

/** SNS FIFO deduplicates within five minutes, as SQS FIFO does. */
const DEDUP_WINDOW_MS = 5 * 60 * 1000;

export interface MessageInput {
  message: string | undefined;
  subject?: string;
  messageStructure?: string;
  messageAttributes: Record<string, MessageAttribute>;
  messageGroupId?: string;
  messageDeduplicationId?: string;
}

export interface Accepted {
  messageId: string;
  sequenceNumber?: string;
}

/** Checks everything about one message: its text and size, then its FIFO ids and structure. */
export function checkMessage(topic: Topic, input: MessageInput): Record<string, string> | undefined {
  checkText(input);
  return checkIdsAndStructure(topic, input);
}

/** Subject, emptiness and size: in a batch, a failure here fails its entry alone. */
export function checkText(input: MessageInput): void {
  checkSubject(input.subject);
  const message = input.message ?? '';
  if (message.length === 0) throw invalidParameter('Empty message');
  if (publishSize(message, input.messageAttributes) > MAX_MESSAGE_BYTES)
    throw invalidParameter('Message too long');
}

/**
 * The FIFO ids the topic requires or refuses, and a json MessageStructure; answers the per-protocol
 * messages. In a batch AWS fails the whole request for these, as recorded.
 */
export function checkIdsAndStructure(topic: Topic, input: MessageInput): Record<string, string> | undefined {
  const message = input.message ?? '';
  if (topic.fifo) {
    if (!input.messageGroupId) {
      throw invalidParameter('The MessageGroupId parameter is required for FIFO topics');
    }
    if (!input.messageDeduplicationId && topic.attributes.get('ContentBasedDeduplication') !== 'true') {
      throw invalidParameter(
        'The topic should either have ContentBasedDeduplication enabled or MessageDeduplicationId provided explicitly',
      );
    }
  } else if (input.messageDeduplicationId !== undefined) {
    throw invalidParameter(
      'MessageDeduplicationId Reason: The request includes MessageDeduplicationId parameter that is not valid for this topic type',
    );
  }
  if (input.messageStructure === undefined) return undefined;
  if (input.messageStructure !== 'json') throw invalidParameter('MessageStructure');
  let parsed: unknown;
  try {
    parsed = JSON.parse(message);
  } catch {
    throw invalidParameter('Message Structure - JSON message body failed to parse');
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw invalidParameter('Message Structure - JSON message body failed to parse');
  }
  // Keys with non-string values are ignored, as AWS documents.
  const perProtocol: Record<string, string> = {};
  for (const [k, v] of Object.entries(parsed)) if (typeof v === 'string') perProtocol[k] = v;
  if (perProtocol.default === undefined) {
    throw invalidParameter('Message Structure - No default entry in JSON message body');
  }
  return perProtocol;
}

/** Publishes a checked message: sequence number and dedup for FIFO, then delivery. */
export function acceptMessage(
  ctx: SnsContext,
  topic: Topic,
  input: MessageInput,
  perProtocol: Record<string, string> | undefined,
): Accepted {
  const message = input.message ?? '';
  let dedupId: string | undefined;
  let sequenceNumber: string | undefined;
  if (topic.fifo) {
    dedupId = input.messageDeduplicationId ?? createHash('sha256').update(message).digest('hex');
    const now = Date.now();
    for (const [id, seen] of topic.dedup) if (seen.until <= now) topic.dedup.delete(id);
    const seen = topic.dedup.get(dedupId);
    // A duplicate inside the window is accepted and answered as the first, but not delivered again.
    if (seen) return { messageId: seen.messageId, sequenceNumber: seen.sequenceNumber };
    topic.sequence += 1n;
    sequenceNumber = topic.sequence.toString().padStart(20, '0');
  }
  const msg: SnsMessage = {
    messageId: randomUUID(),
    topicArn: topic.arn,
    message,
    perProtocol,
    subject: input.subject,
    messageAttributes: input.messageAttributes,
    timestamp: new Date(),
    // A standard topic keeps it too: AWS forwards it to standard queues (fair queues).
    messageGroupId: input.messageGroupId,
    messageDeduplicationId: dedupId,
    sequenceNumber,
    signatureVersion: topic.attributes.get('SignatureVersion') ?? '1',
  };
  if (dedupId !== undefined && sequenceNumber !== undefined) {
    topic.dedup.set(dedupId, {
      messageId: msg.messageId,
      sequenceNumber,
      until: Date.now() + DEDUP_WINDOW_MS,
    });
  }
  ctx.cloud.count('NumberOfMessagesPublished', topic.name);
  fanOut(ctx, topic, msg);
  return { messageId: msg.messageId, sequenceNumber };
}
