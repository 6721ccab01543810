// Queue attribute names, their defaults and the checks on their values, as SQS applies them.
import { parseArn } from '../arn.js';
import { invalidAttributeName, invalidAttributeValue, invalidParameter, sseConflict } from './errors.js';

/** Since 2025 SQS accepts messages up to 1 MiB, and that is the default for new queues. */
export const MAX_MESSAGE_BYTES = 1_048_576;

export const DEFAULTS: Record<string, string> = {
  DelaySeconds: '0',
  MaximumMessageSize: String(MAX_MESSAGE_BYTES),
  MessageRetentionPeriod: '345600',
  ReceiveMessageWaitTimeSeconds: '0',
  VisibilityTimeout: '30',
  SqsManagedSseEnabled: 'true',
};

export const FIFO_DEFAULTS: Record<string, string> = {
  ContentBasedDeduplication: 'false',
  DeduplicationScope: 'queue',
  FifoThroughputLimit: 'perQueue',
};

/** Computed on each read; never set. */
export const COMPUTED = [
  'ApproximateNumberOfMessages',
  'ApproximateNumberOfMessagesDelayed',
  'ApproximateNumberOfMessagesNotVisible',
  'CreatedTimestamp',
  'LastModifiedTimestamp',
  'QueueArn',
] as const;

const RANGES: Record<string, [number, number]> = {
  DelaySeconds: [0, 900],
  MaximumMessageSize: [1024, MAX_MESSAGE_BYTES],
  MessageRetentionPeriod: [60, 1_209_600],
  ReceiveMessageWaitTimeSeconds: [0, 20],
  VisibilityTimeout: [0, 43_200],
  KmsDataKeyReusePeriodSeconds: [60, 86_400],
};

const SETTABLE = new Set([
  ...Object.keys(RANGES),
  'Policy',
  'RedrivePolicy',
  'RedriveAllowPolicy',
  'KmsMasterKeyId',
  'SqsManagedSseEnabled',
]);
const FIFO_SETTABLE = new Set(['ContentBasedDeduplication', 'DeduplicationScope', 'FifoThroughputLimit']);

export interface RedrivePolicy {
  deadLetterTargetArn: string;
  maxReceiveCount: number;
}

export interface AttributeContext {
  fifo: boolean;
  creating: boolean;
  /** Whether a queue with this ARN exists and is FIFO; undefined when there is none. */
  lookupFifo(arn: string): boolean | undefined;
}

/** Checks attributes for CreateQueue / SetQueueAttributes; answers them as SQS stores them. */
export function validateQueueAttributes(
  attributes: Record<string, string>,
  ctx: AttributeContext,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, raw] of Object.entries(attributes)) {
    const value = String(raw);
    if (name === 'FifoQueue') {
      checkFifoQueue(value, ctx);
      continue;
    }
    if (FIFO_SETTABLE.has(name)) {
      if (!ctx.fifo) throw invalidAttributeName(name);
      const allowed: Record<string, string[]> = {
        ContentBasedDeduplication: ['true', 'false'],
        DeduplicationScope: ['queue', 'messageGroup'],
        FifoThroughputLimit: ['perQueue', 'perMessageGroupId'],
      };
      if (!allowed[name].includes(value)) throw invalidAttributeValue(name);
      out[name] = value;
      continue;
    }
    if (!SETTABLE.has(name)) throw invalidAttributeName(name);
    const range = RANGES[name];
    if (range) {
      if (!/^\d+$/.test(value)) throw invalidAttributeValue(name);
      const n = Number(value);
      if (n < range[0] || n > range[1]) throw invalidAttributeValue(name);
      out[name] = String(n);
    } else if (name === 'RedrivePolicy') {
      // Stored and answered as it was set, once it checks out.
      if (value !== '') checkRedrivePolicy(value, ctx);
      out[name] = value;
    } else if (name === 'SqsManagedSseEnabled') {
      if (value !== 'true' && value !== 'false') throw invalidAttributeValue(name);
      out[name] = value;
    } else if (name === 'Policy' || name === 'RedriveAllowPolicy') {
      if (value !== '') {
        try {
          JSON.parse(value);
        } catch {
          throw invalidParameter(name, value, `${name} is not a valid JSON map.`);
        }
      }
      out[name] = value;
    } else out[name] = value;
  }
  if (out.KmsMasterKeyId && out.SqsManagedSseEnabled === 'true') throw sseConflict();
  return out;
}

/**
 * FifoQueue: chosen at creation. Later, as recorded on AWS, a standard queue does not know the attribute,
 * and a FIFO queue accepts `true` but refuses to change its type.
 */
function checkFifoQueue(value: string, ctx: AttributeContext): void {
  if (ctx.creating) {
    if (value !== 'true' && value !== 'false') throw invalidAttributeValue('FifoQueue');
  } else if (!ctx.fifo) throw invalidAttributeName('FifoQueue');
  else if (value !== 'true')
    throw invalidAttributeValue('FifoQueue', 'Modifying queue type is not supported.');
}

/** Whether a stored attribute and a requested one mean the same (CreateQueue's idempotency check). */
export function sameAttribute(name: string, stored: string | undefined, asked: string): boolean {
  if (stored === asked) return true;
  if (name !== 'RedrivePolicy' || stored === undefined || asked === '') return false;
  const a = readRedrivePolicy(stored);
  const b = readRedrivePolicy(asked);
  return a.deadLetterTargetArn === b.deadLetterTargetArn && a.maxReceiveCount === b.maxReceiveCount;
}

/** A RedrivePolicy that passed the checks, as the queue applies it (maxReceiveCount may be a string). */
export function readRedrivePolicy(value: string): RedrivePolicy {
  const p = JSON.parse(value) as Record<string, unknown>;
  return { deadLetterTargetArn: String(p.deadLetterTargetArn), maxReceiveCount: Number(p.maxReceiveCount) };
}

function checkRedrivePolicy(value: string, ctx: AttributeContext): void {
  const fail = (reason: string) => invalidParameter('RedrivePolicy', value, reason);
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    throw fail('Redrive policy is not a valid JSON map.');
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw fail('Redrive policy is not a valid JSON map.');
  }
  const p = parsed as Record<string, unknown>;
  if (p.deadLetterTargetArn === undefined) {
    throw fail('Redrive policy does not contain mandatory attribute: deadLetterTargetArn.');
  }
  if (p.maxReceiveCount === undefined) {
    throw fail('Redrive policy does not contain mandatory attribute: maxReceiveCount.');
  }
  const count = Number(p.maxReceiveCount);
  if (!Number.isInteger(count) || count < 1 || count > 1000) {
    throw fail(
      `Invalid value for maxReceiveCount: ${String(p.maxReceiveCount)}, valid values are from 1 to 1000 both inclusive.`,
    );
  }
  const target = String(p.deadLetterTargetArn);
  if (parseArn(target)?.service !== 'sqs') throw fail('Invalid value for deadLetterTargetArn.');
  const targetFifo = ctx.lookupFifo(target);
  if (targetFifo === undefined) throw fail('Dead letter target does not exist.');
  if (targetFifo !== ctx.fifo) throw fail('Dead-letter queue must be same type of queue as the source.');
}

/** AttributeNames of GetQueueAttributes: each must be known (or `All`). */
export function checkAttributeNames(names: string[], fifo: boolean): void {
  for (const n of names) {
    if (n === 'All' || SETTABLE.has(n) || (COMPUTED as readonly string[]).includes(n)) continue;
    if (n === 'FifoQueue' || FIFO_SETTABLE.has(n)) {
      if (fifo) continue;
    }
    throw invalidAttributeName(n);
  }
}
