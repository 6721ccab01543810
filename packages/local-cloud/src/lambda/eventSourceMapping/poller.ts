// The poller of one SQS event source mapping: long-polls the queue for a batch (up to BatchSize, within
// the batching window), has the function run it synchronously, and deletes what succeeded. It reads the
// queue through SQS's own API on the cloud's port, as AWS's pollers are SQS clients too: receive counts,
// visibility and redrive behave for it as for any other reader.
// The SQS client is loaded with the first mapping (eventSourceMappings.ts), not when the cloud starts.
import type { Message, SQSClient } from '@aws-sdk/client-sqs';
import { sqsEvent, succeeded } from './batch.js';

/** What running a batch gave: the function's answer, or a throttle (the batch stays in the queue). */
export type BatchOutcome = { functionError?: string; payload: Buffer } | { throttled: true };

export interface PollerOptions {
  queueUrl: string;
  queueArn: string;
  region: string;
  batchSize: number;
  /** Seconds to keep gathering a batch after its first message (0: take what one receive gives). */
  batchingWindowSeconds: number;
  reportBatchItemFailures: boolean;
  sqs: SQSClient;
  /** The SQS client's module, for its commands. */
  sdk: typeof import('@aws-sdk/client-sqs');
  /** Runs the function with the batch's event. */
  invoke(event: Buffer): Promise<BatchOutcome>;
  /** Wait after an error or a throttle, so a missing queue or function does not spin. */
  backoffMs?: number;
  onError?(message: string): void;
}

export class SqsPoller {
  private readonly abort = new AbortController();
  private readonly done: Promise<void>;

  constructor(private readonly o: PollerOptions) {
    this.done = this.loop();
  }

  async stop(): Promise<void> {
    this.abort.abort();
    await this.done;
  }

  private async loop(): Promise<void> {
    const signal = this.abort.signal;
    while (!signal.aborted) {
      try {
        const messages = await this.receive(signal);
        if (signal.aborted || messages.length === 0) continue;
        const event = Buffer.from(JSON.stringify(sqsEvent(messages, this.o.queueArn, this.o.region)));
        const out = await this.o.invoke(event);
        if (signal.aborted) break;
        // A throttled batch is left to come back when its visibility timeout ends, as on AWS.
        if ('throttled' in out) {
          await sleep(this.o.backoffMs ?? 1000, signal);
          continue;
        }
        const ok = succeeded(
          messages,
          out.functionError,
          out.payload.toString('utf8'),
          this.o.reportBatchItemFailures,
        );
        for (let i = 0; i < ok.length; i += 10) {
          await this.o.sqs.send(
            new this.o.sdk.DeleteMessageBatchCommand({
              QueueUrl: this.o.queueUrl,
              Entries: ok
                .slice(i, i + 10)
                .map((m, n) => ({ Id: String(n), ReceiptHandle: m.ReceiptHandle! })),
            }),
          );
        }
      } catch (err) {
        if (signal.aborted) break;
        this.o.onError?.((err as Error).message);
        await sleep(this.o.backoffMs ?? 1000, signal);
      }
    }
  }

  private async receive(signal: AbortSignal): Promise<Message[]> {
    const batch: Message[] = [];
    let windowEnds = 0;
    while (batch.length < this.o.batchSize && !signal.aborted) {
      // Long-poll for the first messages; then wait only as long as the batching window still runs.
      const left = batch.length === 0 ? 20 : Math.ceil((windowEnds - Date.now()) / 1000);
      const out = await this.o.sqs.send(
        new this.o.sdk.ReceiveMessageCommand({
          QueueUrl: this.o.queueUrl,
          MaxNumberOfMessages: Math.min(10, this.o.batchSize - batch.length),
          WaitTimeSeconds: Math.max(0, Math.min(20, left)),
          MessageSystemAttributeNames: ['All'],
          MessageAttributeNames: ['All'],
        }),
        { abortSignal: signal },
      );
      const got = out.Messages ?? [];
      if (batch.length === 0 && got.length > 0) windowEnds = Date.now() + this.o.batchingWindowSeconds * 1000;
      for (const m of got) {
        // A message whose visibility ended within the window comes again: keep it once, newest receipt.
        const seen = batch.findIndex((b) => b.MessageId === m.MessageId);
        if (seen >= 0) batch[seen] = m;
        else batch.push(m);
      }
      if (batch.length === 0) continue;
      if (Date.now() >= windowEnds && got.length < 10) break;
    }
    return batch;
  }
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const t = setTimeout(done, ms);
    function done() {
      clearTimeout(t);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });
}
