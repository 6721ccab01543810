// SQS under concurrency: eight consumers drain a queue while it is filled, some deliveries are held past their
// visibility timeout, and the server's own timestamps show every message processed, none redelivered early,
// no stale receipt handle deleting a newer delivery, and FIFO order kept per group.
// 3,000 messages per queue in `npm test`; LOCAL_CLOUD_LONG=1 runs the full 20,000.
import {
  ChangeMessageVisibilityCommand,
  CreateQueueCommand,
  DeleteMessageBatchCommand,
  DeleteMessageCommand,
  GetQueueAttributesCommand,
  type Message,
  ReceiveMessageCommand,
  SendMessageBatchCommand,
  SQSClient,
} from '@aws-sdk/client-sqs';
import { describe, expect, it } from '@jest/globals';
import { clientConfig, useCloud } from './fixtures/cloud.js';

const LONG = process.env.LOCAL_CLOUD_LONG === '1';
const MESSAGES = LONG ? 20_000 : 3_000;
const CONSUMERS = 8;
const PRODUCERS = 4;
const GROUPS = 40;
/** Short, so held deliveries expire while the drain is still busy. */
const VISIBILITY_SECONDS = 2;
/** Every STALL-th message's first delivery is held, not processed: it must come back after its timeout. */
const STALL = 97;
/** Date.now() granularity between the server's stamp and ours. */
const MARGIN_MS = 5;
/** A bound on the whole drain, so a lost message fails the test instead of hanging it. */
const DRAIN_LIMIT_MS = LONG ? 400_000 : 90_000;

const cloud = useCloud();

interface Delivery {
  id: number;
  count: number;
  /** The server's ApproximateFirstReceiveTimestamp: when the first delivery's visibility began. */
  first: number;
  /** Our clock when the answer carrying it arrived: at or after the server handed it out. */
  at: number;
  processed: boolean;
}

interface Outcome {
  deliveries: Delivery[];
  /** Ids in the order they were processed (once per processed delivery). */
  processed: number[];
  stalled: Set<number>;
  /** FIFO deliveries left unprocessed because an earlier message of their group was held. */
  behind: number;
  staleChecks: number;
  /** What went wrong where the server should have said otherwise. */
  violations: string[];
  /** Ids whose deletion failed (a FIFO delivery whose visibility ran out before its delete). */
  failedDeletes: number[];
  ms: number;
}

const client = () => new SQSClient({ ...clientConfig(cloud.url), maxAttempts: 1 });
const groupOf = (id: number) => `g${id % GROUPS}`;

async function drain(fifo: boolean): Promise<Outcome> {
  const admin = client();
  const QueueUrl = (
    await admin.send(
      new CreateQueueCommand({
        QueueName: `reliability-${fifo ? 'fifo.fifo' : 'standard'}`,
        Attributes: { VisibilityTimeout: String(VISIBILITY_SECONDS), ...(fifo ? { FifoQueue: 'true' } : {}) },
      }),
    )
  ).QueueUrl!;
  const out: Outcome = {
    deliveries: [],
    processed: [],
    stalled: new Set(),
    behind: 0,
    staleChecks: 0,
    violations: [],
    failedDeletes: [],
    ms: 0,
  };
  const staleHandles = new Map<number, string>();
  const firstProcessed = new Set<number>();
  let stop = false;
  const started = Date.now();

  const consume = async (sqs: SQSClient) => {
    while (!stop) {
      const { Messages = [] } = await sqs.send(
        new ReceiveMessageCommand({
          QueueUrl,
          MaxNumberOfMessages: 10,
          WaitTimeSeconds: 1,
          MessageSystemAttributeNames: ['ApproximateReceiveCount', 'ApproximateFirstReceiveTimestamp'],
        }),
      );
      const at = Date.now();
      const done: Message[] = [];
      const heldGroups = new Set<string>();
      for (const m of Messages) {
        const id = Number(m.Body);
        const d: Delivery = {
          id,
          count: Number(m.Attributes?.ApproximateReceiveCount),
          first: Number(m.Attributes?.ApproximateFirstReceiveTimestamp),
          at,
          processed: false,
        };
        out.deliveries.push(d);
        const group = groupOf(id);
        if (d.count === 1 && id % STALL === 0) {
          // Held: no processing, no delete. On a FIFO queue what follows in its group waits behind it.
          out.stalled.add(id);
          staleHandles.set(id, m.ReceiptHandle!);
          heldGroups.add(group);
          continue;
        }
        if (fifo && heldGroups.has(group)) {
          out.behind++;
          continue;
        }
        const stale = d.count > 1 ? staleHandles.get(id) : undefined;
        if (stale) {
          staleHandles.delete(id);
          await checkStaleHandle(sqs, QueueUrl, fifo, stale, m.ReceiptHandle!, out);
        }
        d.processed = true;
        out.processed.push(id);
        firstProcessed.add(id);
        done.push(m);
      }
      if (done.length === 0) continue;
      const del = await sqs.send(
        new DeleteMessageBatchCommand({
          QueueUrl,
          Entries: done.map((m, i) => ({ Id: String(i), ReceiptHandle: m.ReceiptHandle })),
        }),
      );
      for (const f of del.Failed ?? []) out.failedDeletes.push(Number(done[Number(f.Id)].Body));
    }
  };

  const produce = async (sqs: SQSClient, producer: number) => {
    // Each producer owns some groups and sends their messages in order, so a group's order is its ids'.
    const ids: number[] = [];
    for (let id = 0; id < MESSAGES; id++) if ((id % GROUPS) % PRODUCERS === producer) ids.push(id);
    for (let i = 0; i < ids.length; i += 10) {
      const entries = ids.slice(i, i + 10).map((id) => ({
        Id: String(id),
        MessageBody: String(id),
        ...(fifo ? { MessageGroupId: groupOf(id), MessageDeduplicationId: String(id) } : {}),
      }));
      const sent = await sqs.send(new SendMessageBatchCommand({ QueueUrl, Entries: entries }));
      if (sent.Failed?.length) out.violations.push(`send failed: ${JSON.stringify(sent.Failed[0])}`);
    }
  };

  const consumers = Array.from({ length: CONSUMERS }, client);
  const producers = Array.from({ length: PRODUCERS }, client);
  const running = consumers.map(consume);
  await Promise.all(producers.map(produce));
  // Until every message was processed and the queue holds nothing, in flight or not.
  while (Date.now() - started < DRAIN_LIMIT_MS) {
    if (firstProcessed.size === MESSAGES && (await depth(admin, QueueUrl)) === 0) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  out.ms = Date.now() - started;
  stop = true;
  await Promise.all(running);
  expect(await depth(admin, QueueUrl)).toBe(0);
  for (const c of [admin, ...consumers, ...producers]) c.destroy();
  return out;
}

/**
 * A held delivery's handle, used once the message was delivered again: on a standard queue it answers success
 * and deletes nothing; on a FIFO queue it answers that the handle expired. Either way the new delivery must still
 * exist, which ChangeMessageVisibility on its own handle proves (a deleted message's handle is refused).
 */
async function checkStaleHandle(
  sqs: SQSClient,
  QueueUrl: string,
  fifo: boolean,
  stale: string,
  current: string,
  out: Outcome,
): Promise<void> {
  const staleDelete = await sqs.send(new DeleteMessageCommand({ QueueUrl, ReceiptHandle: stale })).then(
    () => 'deleted',
    (e: Error) => e.message,
  );
  const expected = fifo
    ? `Value ${stale} for parameter ReceiptHandle is invalid. Reason: The receipt handle has expired.`
    : 'deleted';
  if (staleDelete !== expected) out.violations.push(`stale delete answered ${staleDelete}`);
  await sqs
    .send(
      new ChangeMessageVisibilityCommand({
        QueueUrl,
        ReceiptHandle: current,
        VisibilityTimeout: VISIBILITY_SECONDS,
      }),
    )
    .catch((e: Error) => out.violations.push(`stale handle deleted the newer delivery: ${e.message}`));
  out.staleChecks++;
}

async function depth(sqs: SQSClient, QueueUrl: string): Promise<number> {
  const { Attributes = {} } = await sqs.send(
    new GetQueueAttributesCommand({
      QueueUrl,
      AttributeNames: [
        'ApproximateNumberOfMessages',
        'ApproximateNumberOfMessagesNotVisible',
        'ApproximateNumberOfMessagesDelayed',
      ],
    }),
  );
  return Object.values(Attributes).reduce((n, v) => n + Number(v), 0);
}

/** The checks both queue types share; answers the redeliveries beyond the planned ones. */
function checkDeliveries(out: Outcome): number {
  expect(out.violations).toEqual([]);
  expect(new Set(out.processed).size).toBe(MESSAGES);
  const byId = new Map<number, Delivery[]>();
  for (const d of out.deliveries) byId.set(d.id, [...(byId.get(d.id) ?? []), d]);
  const early: string[] = [];
  const gaps: string[] = [];
  let unplanned = 0;
  for (const [id, ds] of byId) {
    // Receive counts 1..k, each once: no delivery was handed to two consumers at the same time.
    const counts = ds.map((d) => d.count).sort((a, b) => a - b);
    if (counts.some((c, i) => c !== i + 1)) gaps.push(`${id}: ${counts.join(',')}`);
    // A delivery k can only follow k-1 full visibility timeouts after the first one began.
    for (const d of ds) {
      if (d.at + MARGIN_MS < d.first + (d.count - 1) * VISIBILITY_SECONDS * 1000) {
        early.push(`${id} #${d.count} ${d.at - d.first} ms after the first`);
      }
    }
    unplanned += ds.filter((d) => d.processed).length - 1;
  }
  expect(gaps).toEqual([]);
  expect(early).toEqual([]);
  expect(out.staleChecks).toBe(out.stalled.size);
  return unplanned;
}

function report(kind: string, out: Outcome, unplanned: number): void {
  const redeliveries = out.deliveries.length - MESSAGES;
  console.log(
    `${kind}: ${MESSAGES} messages, ${CONSUMERS} consumers, ${(out.ms / 1000).toFixed(1)} s, ` +
      `${Math.round((MESSAGES * 1000) / out.ms)} messages/s, ${redeliveries} redeliveries ` +
      `(${out.stalled.size} held on purpose, ${out.behind} behind a held one in their group, ` +
      `${unplanned} processed twice)`,
  );
}

describe(`SQS under concurrency (${MESSAGES} messages, ${CONSUMERS} consumers)`, () => {
  it(
    'processes and deletes every message of a standard queue, redelivering only after the visibility timeout',
    async () => {
      const out = await drain(false);
      const unplanned = checkDeliveries(out);
      // A standard queue's delete never fails: a late one answers success and leaves the newer delivery.
      expect(out.failedDeletes).toEqual([]);
      report('standard', out, unplanned);
    },
    DRAIN_LIMIT_MS + 30_000,
  );

  it(
    'keeps each FIFO group in order, held deliveries and all',
    async () => {
      const out = await drain(true);
      const unplanned = checkDeliveries(out);
      // Each group's first processings are its messages in send order.
      const next = new Map<string, number>();
      const seen = new Set<number>();
      const disorder: string[] = [];
      for (const id of out.processed) {
        if (seen.has(id)) continue;
        seen.add(id);
        const g = groupOf(id);
        const expected = next.get(g) ?? id % GROUPS;
        if (id !== expected) disorder.push(`${g}: ${id} where ${expected} was next`);
        next.set(g, id + GROUPS);
      }
      expect(disorder).toEqual([]);
      // A FIFO delete fails only for a delivery whose visibility ran out first, which then came back.
      const redelivered = new Set(out.deliveries.filter((d) => d.count > 1).map((d) => d.id));
      expect(out.failedDeletes.filter((id) => !redelivered.has(id))).toEqual([]);
      report('FIFO', out, unplanned);
    },
    DRAIN_LIMIT_MS + 30_000,
  );
});
