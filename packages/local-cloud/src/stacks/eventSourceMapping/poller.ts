// An SQS event source mapping: long-polls the queue, invokes the function synchronously with the batch,
// deletes what succeeded (all, or all but the reported batchItemFailures).
import { InvokeCommand, type LambdaClient } from '@aws-sdk/client-lambda';
import {
  DeleteMessageBatchCommand,
  type Message,
  ReceiveMessageCommand,
  type SQSClient,
} from '@aws-sdk/client-sqs';

export interface PollerOptions {
  functionName: string;
  queueUrl: string;
  queueArn: string;
  region: string;
  batchSize: number;
  reportBatchItemFailures: boolean;
  sqs: SQSClient;
  lambda: LambdaClient;
  /** Wait between polls after an error, so a missing queue does not spin. */
  errorBackoffMs?: number;
  onError?(message: string): void;
}

/** The event Lambda gives a function for an SQS batch. */
export function sqsEvent(messages: Message[], queueArn: string, region: string) {
  return {
    Records: messages.map((m) => ({
      messageId: m.MessageId,
      receiptHandle: m.ReceiptHandle,
      body: m.Body,
      attributes: m.Attributes ?? {},
      messageAttributes: Object.fromEntries(
        Object.entries(m.MessageAttributes ?? {}).map(([k, v]) => [
          k,
          {
            stringValue: v.StringValue,
            binaryValue: v.BinaryValue ? Buffer.from(v.BinaryValue).toString('base64') : undefined,
            stringListValues: [],
            binaryListValues: [],
            dataType: v.DataType,
          },
        ]),
      ),
      md5OfBody: m.MD5OfBody,
      eventSource: 'aws:sqs',
      eventSourceARN: queueArn,
      awsRegion: region,
    })),
  };
}

/** Which messages of a batch to delete after the invocation answered. */
export function succeeded(
  messages: Message[],
  functionError: string | undefined,
  payload: string,
  reportBatchItemFailures: boolean,
): Message[] {
  if (functionError) return [];
  if (!reportBatchItemFailures) return messages;
  let failures: unknown;
  try {
    failures = payload
      ? (JSON.parse(payload) as { batchItemFailures?: unknown })?.batchItemFailures
      : undefined;
  } catch {
    return []; // an answer Lambda can't read fails the whole batch
  }
  if (failures === undefined || failures === null) return messages;
  if (!Array.isArray(failures)) return [];
  const ids = new Set<string>();
  for (const f of failures) {
    const id = (f as { itemIdentifier?: unknown })?.itemIdentifier;
    if (typeof id !== 'string' || id === '' || !messages.some((m) => m.MessageId === id)) return [];
    ids.add(id);
  }
  return messages.filter((m) => !ids.has(m.MessageId!));
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
        const out = await this.o.lambda.send(
          new InvokeCommand({
            FunctionName: this.o.functionName,
            InvocationType: 'RequestResponse',
            Payload: Buffer.from(JSON.stringify(sqsEvent(messages, this.o.queueArn, this.o.region))),
          }),
          { abortSignal: signal },
        );
        const payload = out.Payload ? Buffer.from(out.Payload).toString('utf8') : '';
        const ok = succeeded(messages, out.FunctionError, payload, this.o.reportBatchItemFailures);
        for (let i = 0; i < ok.length; i += 10) {
          await this.o.sqs.send(
            new DeleteMessageBatchCommand({
              QueueUrl: this.o.queueUrl,
              Entries: ok
                .slice(i, i + 10)
                .map((m, n) => ({ Id: String(n), ReceiptHandle: m.ReceiptHandle! })),
            }),
          );
        }
      } catch (err) {
        if (signal.aborted) break;
        this.o.onError?.(
          `event source mapping ${this.o.queueArn} -> ${this.o.functionName}: ${(err as Error).message}`,
        );
        await sleep(this.o.errorBackoffMs ?? 1000, signal);
      }
    }
  }

  private async receive(signal: AbortSignal): Promise<Message[]> {
    const batch: Message[] = [];
    while (batch.length < this.o.batchSize && !signal.aborted) {
      const out = await this.o.sqs.send(
        new ReceiveMessageCommand({
          QueueUrl: this.o.queueUrl,
          MaxNumberOfMessages: Math.min(10, this.o.batchSize - batch.length),
          // long-poll for the first messages, then take what is there right now
          WaitTimeSeconds: batch.length === 0 ? 20 : 0,
          MessageSystemAttributeNames: ['All'],
          MessageAttributeNames: ['All'],
        }),
        { abortSignal: signal },
      );
      const got = out.Messages ?? [];
      batch.push(...got);
      if (got.length === 0 || batch.length >= this.o.batchSize || got.length < 10) break;
    }
    return batch;
  }
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const t = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(t);
      resolve();
    });
  });
}
