// Turning one SendMessage (or batch entry, or internal send) into a stored message, with its checks.
import { createHash } from 'node:crypto';
import type { SendMessageBatchRequestEntry } from '@aws-sdk/client-sqs';
import {
  invalidMessageContents,
  invalidParameter,
  invalidParameterValue,
  missingParameter,
  noDeduplicationId,
} from './errors.js';
import { md5Hex, md5OfAttributes } from './md5.js';
import type { Queue } from './queue.js';
import type { NewMessage } from './storedMessage.js';
import { checkMessageAttributes, hasInvalidChars, optionalInt } from './validate.js';

export interface SendOutcome {
  MessageId: string;
  MD5OfMessageBody: string;
  MD5OfMessageAttributes?: string;
  MD5OfMessageSystemAttributes?: string;
  SequenceNumber?: string;
}

type SendInput = Omit<SendMessageBatchRequestEntry, 'Id'>;

/** Validates one message for `queue` and enqueues it. */
export function sendOne(queue: Queue, input: SendInput, senderId: string): SendOutcome {
  const message = prepare(queue, input, senderId);
  const { id, sequenceNumber } = queue.enqueue(message);
  return {
    MessageId: id,
    MD5OfMessageBody: message.md5OfBody,
    MD5OfMessageAttributes: message.md5OfAttributes,
    MD5OfMessageSystemAttributes: message.md5OfSystemAttributes,
    SequenceNumber: sequenceNumber,
  };
}

export function prepare(queue: Queue, input: SendInput, senderId: string): NewMessage {
  const body = input.MessageBody;
  if (body === undefined || body === null || body === '') throw missingParameter('MessageBody');
  if (hasInvalidChars(body)) throw invalidMessageContents();
  const attributes = nonEmpty(input.MessageAttributes);
  const size = Buffer.byteLength(body) + checkMessageAttributes(attributes);
  if (size > queue.maxMessageSize) {
    throw invalidParameterValue(
      `One or more parameters are invalid. Reason: Message must be shorter than ${queue.maxMessageSize} bytes.`,
    );
  }
  const delay = optionalInt(
    'DelaySeconds',
    input.DelaySeconds,
    0,
    900,
    'DelaySeconds must be >= 0 and <= 900.',
  );
  const system = nonEmpty(input.MessageSystemAttributes);
  let traceHeader: string | undefined;
  if (system) {
    for (const [name, v] of Object.entries(system)) {
      if (name !== 'AWSTraceHeader') {
        throw invalidParameterValue(`Message system attribute name '${name}' is invalid.`);
      }
      if (v?.DataType !== 'String' || !v.StringValue) {
        throw invalidParameterValue(
          `Message system attribute '${name}' must contain a non-empty value of type 'String'.`,
        );
      }
      traceHeader = v.StringValue;
    }
  }
  const groupId = input.MessageGroupId ?? undefined;
  let dedupId = input.MessageDeduplicationId ?? undefined;
  const notForThisType = 'The request include parameter that is not valid for this queue type.';
  if (queue.fifo) {
    if (!groupId) throw missingParameter('MessageGroupId');
    checkFifoId('MessageGroupId', groupId);
    if (delay !== undefined && delay !== 0) throw invalidParameter('DelaySeconds', delay, notForThisType);
    if (dedupId !== undefined) checkFifoId('MessageDeduplicationId', dedupId);
    else if (queue.contentBasedDeduplication) dedupId = createHash('sha256').update(body).digest('hex');
    else throw noDeduplicationId();
  } else {
    if (dedupId !== undefined) throw invalidParameter('MessageDeduplicationId', dedupId, notForThisType);
    // Standard queues accept a MessageGroupId since fair queues (2025).
    if (groupId !== undefined) checkFifoId('MessageGroupId', groupId);
  }
  return {
    body,
    md5OfBody: md5Hex(body),
    attributes,
    md5OfAttributes: md5OfAttributes(attributes),
    traceHeader,
    md5OfSystemAttributes: md5OfAttributes(system),
    senderId,
    delaySeconds: delay,
    groupId,
    dedupId,
  };
}

function nonEmpty<T extends object>(o: T | undefined | null): T | undefined {
  return o && Object.keys(o).length > 0 ? o : undefined;
}

function checkFifoId(name: string, value: string): void {
  if (typeof value !== 'string' || value.length > 128 || !/^[\x21-\x7e]+$/.test(value)) {
    throw invalidParameter(
      name,
      value,
      `${name} can only include alphanumeric and punctuation characters. 1 to 128 in length.`,
    );
  }
}
