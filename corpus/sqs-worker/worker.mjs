// The worker: each job of an SQS batch is resized and its result sent to the results queue. A job that
// can't be read is reported as a batch item failure (SQS redelivers it, then its dead-letter queue keeps
// it); a batch where every job fails throws, so an asynchronous invocation fails to its destination.
import { SendMessageBatchCommand, SQSClient } from '@aws-sdk/client-sqs';

const sqs = new SQSClient({});

function resize(body) {
  const job = JSON.parse(body);
  if (!Number.isInteger(job.width) || job.width <= 0)
    throw new Error(`job ${job.id}: width must be a positive integer`);
  return { id: job.id, width: job.width, thumbnail: Math.ceil(job.width / 4) };
}

export const handler = async (event) => {
  const done = [];
  const failed = [];
  for (const record of event.Records ?? []) {
    try {
      done.push({ messageId: record.messageId, result: resize(record.body) });
    } catch (err) {
      failed.push({ messageId: record.messageId, reason: err.message });
    }
  }
  if (done.length) {
    const out = await sqs.send(
      new SendMessageBatchCommand({
        QueueUrl: process.env.RESULTS_QUEUE_URL,
        Entries: done.map((d, i) => ({ Id: String(i), MessageBody: JSON.stringify(d.result) })),
      }),
    );
    if (out.Failed?.length) throw new Error(`${out.Failed.length} results could not be sent`);
  }
  if (failed.length && !done.length)
    throw new Error(`every job failed: ${failed.map((f) => f.reason).join('; ')}`);
  return {
    resized: done.map((d) => d.result.id),
    batchItemFailures: failed.map((f) => ({ itemIdentifier: f.messageId })),
  };
};
