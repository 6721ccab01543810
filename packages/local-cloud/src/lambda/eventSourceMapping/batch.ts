// An SQS batch as an event source mapping sees it: the event Lambda gives the function, and which of its
// messages to delete once the invocation answered (all, none, or all but the reported batchItemFailures).
import type { Message } from '@aws-sdk/client-sqs';

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
