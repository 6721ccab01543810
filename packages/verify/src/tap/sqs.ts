// SQS taps: reading a destination queue shared with other readers (other messages are released at
// once, never deleted; a consumer's records are followed into its log), and reading a temporary queue of
// our own (everything in it is ours to delete).
import {
  ChangeMessageVisibilityBatchCommand,
  DeleteMessageBatchCommand,
  GetQueueUrlCommand,
  type Message,
  ReceiveMessageCommand,
} from '@aws-sdk/client-sqs';
import { parseArn, resourceName } from '../arn.js';
import type { Clients } from '../clients.js';
import type { InvocationRecord } from '../types.js';
import { consumersOf, describeConsumers, readConsumerLog } from './consumer.js';
import {
  isQueueGone,
  isRefused,
  parseRecord,
  REFUSED_BEFORE_GONE,
  sleep,
  type Tap,
  type TapContext,
} from './types.js';

/** Receives per sweep before other readers' messages are released again. */
const MAX_BATCHES_PER_SWEEP = 10;
/** Long enough to finish a sweep; short enough that a crash hides other readers' messages only briefly. */
const SWEEP_VISIBILITY_SECONDS = 20;

export async function queueUrlOf(clients: Clients, queueArn: string): Promise<string> {
  const a = parseArn(queueArn);
  const out = await clients.sqs.send(
    new GetQueueUrlCommand({ QueueName: resourceName(queueArn), QueueOwnerAWSAccountId: a?.account }),
  );
  return out.QueueUrl!;
}

/**
 * A destination queue: our records are deleted; every other message is made visible again at once. A
 * queue with consumers (event source mappings) is read there too, and each record is followed to the
 * consumer that took it first, in the consumer's log.
 */
export async function openQueueTap(clients: Clients, queueArn: string): Promise<Tap> {
  const queueUrl = await queueUrlOf(clients, queueArn);
  const consumers = await consumersOf(clients, queueArn);
  const via = !consumers
    ? 'the queue itself (its event source mappings could not be listed)'
    : consumers.length
      ? `the queue, and the log of its consumer ${describeConsumers(consumers)}, which may take a record first`
      : 'the queue itself, other messages released at once';
  return {
    destinationArn: queueArn,
    type: 'sqs',
    via,
    run: (ctx) => {
      // A record the consumer failed on comes back to the queue: seen in its log and there, it counts once.
      const seen = new Set<string>();
      const once: TapContext = {
        ...ctx,
        onArrival: (a) => {
          const rc = a.record.requestContext ?? {};
          const key = `${rc.requestId}|${a.record.timestamp}|${rc.condition}`;
          if (seen.has(key)) return;
          seen.add(key);
          ctx.onArrival(a);
        },
      };
      return Promise.all([
        readQueue(clients, queueUrl, queueArn, once, { shared: true, unwrap: (b) => parseRecord(b) }),
        ...(consumers ?? []).map((c) => readConsumerLog(clients, queueArn, c, once)),
      ]).then(() => undefined);
    },
  };
}

export interface ReadOptions {
  /** Release messages that are not ours (a queue others read); otherwise delete everything read. */
  shared: boolean;
  /** The record a message body carries. */
  unwrap(body: string | undefined): InvocationRecord | undefined;
}

export async function readQueue(
  clients: Clients,
  queueUrl: string,
  destinationArn: string,
  ctx: TapContext,
  options: ReadOptions,
): Promise<void> {
  let refused = 0;
  while (!ctx.signal.aborted) {
    try {
      await sweep(clients, queueUrl, destinationArn, ctx, options);
      refused = 0;
    } catch (err) {
      if (ctx.signal.aborted) return;
      if (isQueueGone(err)) {
        const which = options.shared ? 'destination queue' : "the verifier's temporary queue for";
        return ctx.onBroken?.(`${which} ${destinationArn} was deleted while the run read it`);
      }
      if (isRefused(err) && ++refused >= REFUSED_BEFORE_GONE) {
        const at = clients.endpoint ? ` at ${clients.endpoint}` : '';
        return ctx.onBroken?.(
          `nothing answers${at} any more (connection refused): the cloud was stopped or killed`,
        );
      }
      // A transient error must not end the tap: wait and read again until the deadline.
      await sleep(Math.max(ctx.pollIntervalMs, 250), ctx.signal);
    }
  }
}

async function sweep(
  clients: Clients,
  queueUrl: string,
  destinationArn: string,
  ctx: TapContext,
  options: ReadOptions,
): Promise<void> {
  const others: Message[] = [];
  const ours: Message[] = [];
  try {
    for (let batch = 0; batch < MAX_BATCHES_PER_SWEEP && !ctx.signal.aborted; batch++) {
      const out = await clients.sqs.send(
        new ReceiveMessageCommand({
          QueueUrl: queueUrl,
          MaxNumberOfMessages: 10,
          WaitTimeSeconds: batch === 0 ? ctx.waitSeconds : 0,
          VisibilityTimeout: SWEEP_VISIBILITY_SECONDS,
        }),
        { abortSignal: ctx.signal },
      );
      const messages = out.Messages ?? [];
      if (messages.length === 0) break;
      const arrivedAt = Date.now();
      for (const m of messages) {
        const record = options.unwrap(m.Body);
        if (record && ctx.isOurs(record)) {
          ctx.onArrival({ destinationArn, record, arrivedAt });
          ours.push(m);
        } else if (options.shared || record) {
          // A record may arrive before its invocation is known (the chain can finish before every Invoke of
          // the round has answered): released, it is read again once it is ours. Only what is no record at
          // all is deleted from the verifier's own queue.
          others.push(m);
        } else ours.push(m);
      }
    }
  } finally {
    // Release others' messages first, even when the sweep was cut short, so no reader waits on us.
    for (let i = 0; i < others.length; i += 10) {
      await clients.sqs
        .send(
          new ChangeMessageVisibilityBatchCommand({
            QueueUrl: queueUrl,
            Entries: others.slice(i, i + 10).map((m, j) => ({
              Id: String(j),
              ReceiptHandle: m.ReceiptHandle!,
              VisibilityTimeout: 0,
            })),
          }),
        )
        .catch(() => undefined);
    }
    for (let i = 0; i < ours.length; i += 10) {
      await clients.sqs
        .send(
          new DeleteMessageBatchCommand({
            QueueUrl: queueUrl,
            Entries: ours
              .slice(i, i + 10)
              .map((m, j) => ({ Id: String(j), ReceiptHandle: m.ReceiptHandle! })),
          }),
        )
        .catch(() => undefined);
    }
  }
}
