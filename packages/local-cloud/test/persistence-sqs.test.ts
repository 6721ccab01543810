// SQS with --state-dir: queues (attributes, tags), messages (bodies, attributes, receive counts, in-flight
// visibility and receipt handles) and FIFO deduplication survive a stop and a start on the same directory.
// Needs node:sqlite (Node.js 22.13+); skipped with a notice on an older Node.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  ChangeMessageVisibilityCommand,
  CreateQueueCommand,
  DeleteMessageCommand,
  GetQueueAttributesCommand,
  ListQueueTagsCommand,
  ReceiveMessageCommand,
  SendMessageCommand,
  SQSClient,
  TagQueueCommand,
} from '@aws-sdk/client-sqs';
import { afterAll, describe, expect, it } from '@jest/globals';
import { type RunningCloud, startLocalCloud } from '../src/index.js';
import { sqliteModule } from '../src/persistence/database.js';
import { clientConfig } from './fixtures/cloud.js';

const HAVE_SQLITE = sqliteModule() !== undefined;
if (!HAVE_SQLITE) {
  console.warn(
    `persistence tests skipped: node:sqlite needs Node.js 22.13+, this is ${process.versions.node}`,
  );
}
const describeSqlite = HAVE_SQLITE ? describe : describe.skip;

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function stateDir(): string {
  const d = mkdtempSync(path.join(tmpdir(), 'local-cloud-state-'));
  dirs.push(d);
  return d;
}

async function withCloud<T>(
  dir: string,
  work: (sqs: SQSClient, cloud: RunningCloud) => Promise<T>,
): Promise<T> {
  const cloud = await startLocalCloud({ port: 0, logLevel: 'quiet', stateDir: dir });
  const sqs = new SQSClient(clientConfig(cloud.url));
  try {
    return await work(sqs, cloud);
  } finally {
    sqs.destroy();
    await cloud.stop();
  }
}

const count = (attrs: Record<string, string> | undefined, name: string) => Number(attrs?.[name]);

describeSqlite('SQS with --state-dir', () => {
  it('keeps queues, messages and their delivery state across a restart', async () => {
    const dir = stateDir();
    const before = await withCloud(dir, async (sqs) => {
      const { QueueUrl } = await sqs.send(
        new CreateQueueCommand({ QueueName: 'kept', Attributes: { VisibilityTimeout: '600' } }),
      );
      await sqs.send(new TagQueueCommand({ QueueUrl, Tags: { team: 'a' } }));
      await sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: 'first' }));
      await sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: 'second' }));
      await sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: 'gone' }));
      // 'first' stays in flight for 600 s; 'gone' is deleted; 'second' is received and made visible again.
      const got = await sqs.send(new ReceiveMessageCommand({ QueueUrl, MaxNumberOfMessages: 3 }));
      const by = Object.fromEntries((got.Messages ?? []).map((m) => [m.Body, m]));
      await sqs.send(new DeleteMessageCommand({ QueueUrl, ReceiptHandle: by.gone.ReceiptHandle }));
      await sqs.send(
        new ChangeMessageVisibilityCommand({
          QueueUrl,
          ReceiptHandle: by.second.ReceiptHandle,
          VisibilityTimeout: 0,
        }),
      );
      return { QueueUrl: QueueUrl!, firstReceipt: by.first.ReceiptHandle!, firstId: by.first.MessageId };
    });

    await withCloud(dir, async (sqs) => {
      const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: 'kept' }));
      expect(new URL(QueueUrl!).pathname).toBe(new URL(before.QueueUrl).pathname);
      const attrs = (await sqs.send(new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['All'] })))
        .Attributes;
      expect(attrs?.VisibilityTimeout).toBe('600');
      expect(count(attrs, 'ApproximateNumberOfMessages')).toBe(1);
      expect(count(attrs, 'ApproximateNumberOfMessagesNotVisible')).toBe(1);
      expect((await sqs.send(new ListQueueTagsCommand({ QueueUrl }))).Tags).toEqual({ team: 'a' });

      const got = await sqs.send(
        new ReceiveMessageCommand({
          QueueUrl,
          MaxNumberOfMessages: 10,
          MessageSystemAttributeNames: ['ApproximateReceiveCount'],
        }),
      );
      expect(got.Messages?.map((m) => [m.Body, m.Attributes?.ApproximateReceiveCount])).toEqual([
        ['second', '2'],
      ]);
      // The in-flight message's handle from before the restart still deletes it.
      await sqs.send(new DeleteMessageCommand({ QueueUrl, ReceiptHandle: before.firstReceipt }));
      const after = (await sqs.send(new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['All'] })))
        .Attributes;
      expect(count(after, 'ApproximateNumberOfMessagesNotVisible')).toBe(1);
    });

    // The delete through the old handle was kept: only 'second' (in flight again) is left.
    await withCloud(dir, async (sqs) => {
      const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: 'kept' }));
      const attrs = (await sqs.send(new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['All'] })))
        .Attributes;
      expect(
        count(attrs, 'ApproximateNumberOfMessages') + count(attrs, 'ApproximateNumberOfMessagesNotVisible'),
      ).toBe(1);
    });
  });

  it('keeps a message attribute of bytes as it was sent', async () => {
    const dir = stateDir();
    await withCloud(dir, async (sqs) => {
      const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: 'bytes' }));
      await sqs.send(
        new SendMessageCommand({
          QueueUrl,
          MessageBody: 'b',
          MessageAttributes: { bin: { DataType: 'Binary', BinaryValue: new Uint8Array([0, 1, 255]) } },
        }),
      );
    });
    await withCloud(dir, async (sqs) => {
      const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: 'bytes' }));
      const got = await sqs.send(new ReceiveMessageCommand({ QueueUrl, MessageAttributeNames: ['All'] }));
      expect([...(got.Messages?.[0].MessageAttributes?.bin.BinaryValue ?? [])]).toEqual([0, 1, 255]);
    });
  });

  it('keeps FIFO order, sequence numbers and the deduplication window', async () => {
    const dir = stateDir();
    const sent = await withCloud(dir, async (sqs) => {
      const { QueueUrl } = await sqs.send(
        new CreateQueueCommand({ QueueName: 'kept.fifo', Attributes: { FifoQueue: 'true' } }),
      );
      const out: { id?: string; seq?: string }[] = [];
      for (const n of [1, 2, 3]) {
        const r = await sqs.send(
          new SendMessageCommand({
            QueueUrl,
            MessageBody: `m${n}`,
            MessageGroupId: 'g',
            MessageDeduplicationId: `d${n}`,
          }),
        );
        out.push({ id: r.MessageId, seq: r.SequenceNumber });
      }
      return out;
    });
    await withCloud(dir, async (sqs) => {
      const { QueueUrl } = await sqs.send(
        new CreateQueueCommand({ QueueName: 'kept.fifo', Attributes: { FifoQueue: 'true' } }),
      );
      // The same deduplication id within five minutes answers the first message's id and number.
      const again = await sqs.send(
        new SendMessageCommand({
          QueueUrl,
          MessageBody: 'm2',
          MessageGroupId: 'g',
          MessageDeduplicationId: 'd2',
        }),
      );
      expect({ id: again.MessageId, seq: again.SequenceNumber }).toEqual(sent[1]);
      const next = await sqs.send(
        new SendMessageCommand({
          QueueUrl,
          MessageBody: 'm4',
          MessageGroupId: 'g',
          MessageDeduplicationId: 'd4',
        }),
      );
      expect(BigInt(next.SequenceNumber!)).toBeGreaterThan(BigInt(sent[2].seq!));
      const got = await sqs.send(new ReceiveMessageCommand({ QueueUrl, MaxNumberOfMessages: 10 }));
      expect(got.Messages?.map((m) => m.Body)).toEqual(['m1', 'm2', 'm3', 'm4']);
    });
  });
});
