// ReceiveMessage: up to ten messages, long polling until one is visible, with the asked-for attributes.
import type {
  Message,
  MessageAttributeValue,
  ReceiveMessageRequest,
  ReceiveMessageResult,
} from '@aws-sdk/client-sqs';
import type { SqsContext } from './context.js';
import { md5OfAttributes } from './md5.js';
import type { StoredMessage } from './storedMessage.js';
import { optionalInt } from './validate.js';

export async function receiveMessage(
  ctx: SqsContext,
  input: ReceiveMessageRequest,
): Promise<ReceiveMessageResult> {
  const max =
    optionalInt(
      'MaxNumberOfMessages',
      input.MaxNumberOfMessages,
      1,
      10,
      'Must be between 1 and 10, if provided.',
    ) ?? 1;
  const waitAsked = optionalInt(
    'WaitTimeSeconds',
    input.WaitTimeSeconds,
    0,
    20,
    'Must be >= 0 and <= 20, if provided.',
  );
  const visibilityAsked = optionalInt(
    'VisibilityTimeout',
    input.VisibilityTimeout,
    0,
    43_200,
    'Must be between 0 and 43200, if provided.',
  );
  // The parameters are checked before the queue is looked up (unconfirmed order, the likeliest).
  const queue = ctx.queue(input.QueueUrl);
  const wait = waitAsked ?? queue.waitTimeSeconds;
  const visibility = visibilityAsked ?? queue.visibilityTimeout;
  const system = new Set<string>([
    ...(input.AttributeNames ?? []),
    ...(input.MessageSystemAttributeNames ?? []),
  ]);
  const names = input.MessageAttributeNames ?? [];
  let got = queue.receive(max, visibility);
  if (got.length === 0 && wait > 0 && !ctx.signal.aborted) {
    got = await queue.wait(max, visibility, wait, ctx.signal);
  }
  ctx.handOut(queue, got);
  if (got.length === 0) return {};
  return { Messages: got.map((m) => present(m, system, names)) };
}

function present(m: StoredMessage, system: Set<string>, names: string[]): Message {
  const out: Message = {
    MessageId: m.id,
    ReceiptHandle: m.receipt ?? '',
    MD5OfBody: m.md5OfBody,
    Body: m.body,
  };
  const attributes = systemAttributes(m, system);
  if (attributes) out.Attributes = attributes;
  const selected = selectAttributes(m.attributes, names);
  if (selected) {
    out.MD5OfMessageAttributes = md5OfAttributes(selected);
    out.MessageAttributes = selected;
  }
  return out;
}

function systemAttributes(m: StoredMessage, asked: Set<string>): Record<string, string> | undefined {
  if (asked.size === 0) return undefined;
  const all = asked.has('All');
  const out: Record<string, string> = {};
  const put = (name: string, value: string | undefined) => {
    if (value !== undefined && (all || asked.has(name))) out[name] = value;
  };
  put('SenderId', m.senderId);
  put('SentTimestamp', String(m.sentAt));
  put('ApproximateReceiveCount', String(m.receiveCount));
  put('ApproximateFirstReceiveTimestamp', String(m.firstReceivedAt));
  put('AWSTraceHeader', m.traceHeader);
  put('MessageGroupId', m.groupId);
  put('MessageDeduplicationId', m.dedupId);
  put('SequenceNumber', m.sequenceNumber);
  put('DeadLetterQueueSourceArn', m.deadLetterSourceArn);
  return Object.keys(out).length > 0 ? out : undefined;
}

/**
 * `All`, `*`, `.*`, `prefix.*` or exact names, as MessageAttributeNames selects them. As recorded on AWS,
 * `Hel.*` selects `Hello` and `Help.Me`: the prefix is what comes before `.*`.
 */
function selectAttributes(
  attributes: Record<string, MessageAttributeValue> | undefined,
  names: string[],
): Record<string, MessageAttributeValue> | undefined {
  if (!attributes || names.length === 0) return undefined;
  const all = names.some((n) => n === 'All' || n === '*' || n === '.*');
  const out: Record<string, MessageAttributeValue> = {};
  for (const [name, value] of Object.entries(attributes)) {
    const wanted =
      all || names.some((n) => (n.endsWith('.*') ? name.startsWith(n.slice(0, -2)) : n === name));
    if (wanted) out[name] = inAwsOrder(value);
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/** AWS writes an attribute's value first and its DataType last. */
function inAwsOrder(a: MessageAttributeValue): MessageAttributeValue {
  return {
    StringValue: a.StringValue,
    BinaryValue: a.BinaryValue,
    StringListValues: a.StringListValues,
    BinaryListValues: a.BinaryListValues,
    DataType: a.DataType,
  };
}
