// The awsQuery face of SQS: form parameters to the SDK's input shapes, results to the 2012-11-05 XML.
import { type QueryForm, queryList, queryMap, queryStructs } from '../protocol/awsQuery.js';
import { element, type XmlValue } from '../protocol/xml.js';
import type { WireAttribute, WireMessage } from './shapes.js';

export const SQS_NAMESPACE = 'http://queue.amazonaws.com/doc/2012-11-05/';

type Shape = Record<string, unknown>;

/** `MessageAttribute.N.Name` / `.Value.StringValue` / `.Value.BinaryValue` / `.Value.DataType` ... */
function attributesFrom(form: QueryForm, prefix: string): Record<string, WireAttribute> | undefined {
  const out: Record<string, WireAttribute> = {};
  for (const s of queryStructs(form, prefix)) {
    if (s.Name === undefined) continue;
    const a: WireAttribute = { DataType: s['Value.DataType'] };
    if (s['Value.StringValue'] !== undefined) a.StringValue = s['Value.StringValue'];
    if (s['Value.BinaryValue'] !== undefined) a.BinaryValue = s['Value.BinaryValue'];
    const strings = queryList(s, 'Value.StringListValue');
    if (strings.length) a.StringListValues = strings;
    const binaries = queryList(s, 'Value.BinaryListValue');
    if (binaries.length) a.BinaryListValues = binaries;
    out[s.Name] = a;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

function sendEntry(form: QueryForm): Shape {
  return {
    MessageBody: form.MessageBody,
    DelaySeconds: form.DelaySeconds,
    MessageAttributes: attributesFrom(form, 'MessageAttribute'),
    MessageSystemAttributes: attributesFrom(form, 'MessageSystemAttribute'),
    MessageDeduplicationId: form.MessageDeduplicationId,
    MessageGroupId: form.MessageGroupId,
  };
}

const nonEmptyList = (l: string[]) => (l.length > 0 ? l : undefined);

/** Form -> input shape, per operation. Numbers stay strings: the operations accept both. */
export const QUERY_INPUT: Record<string, (form: QueryForm) => Shape> = {
  CreateQueue: (f) => ({
    QueueName: f.QueueName,
    Attributes: queryMap(f, 'Attribute'),
    tags: queryMap(f, 'Tag', 'Key', 'Value'),
  }),
  GetQueueUrl: (f) => ({ QueueName: f.QueueName, QueueOwnerAWSAccountId: f.QueueOwnerAWSAccountId }),
  ListQueues: (f) => ({
    QueueNamePrefix: f.QueueNamePrefix,
    MaxResults: f.MaxResults,
    NextToken: f.NextToken,
  }),
  GetQueueAttributes: (f) => ({ QueueUrl: f.QueueUrl, AttributeNames: queryList(f, 'AttributeName') }),
  SetQueueAttributes: (f) => ({ QueueUrl: f.QueueUrl, Attributes: queryMap(f, 'Attribute') }),
  SendMessage: (f) => ({ QueueUrl: f.QueueUrl, ...sendEntry(f) }),
  SendMessageBatch: (f) => ({
    QueueUrl: f.QueueUrl,
    Entries: queryStructs(f, 'SendMessageBatchRequestEntry').map((e) => ({ Id: e.Id, ...sendEntry(e) })),
  }),
  ReceiveMessage: (f) => ({
    QueueUrl: f.QueueUrl,
    AttributeNames: nonEmptyList(queryList(f, 'AttributeName')),
    MessageSystemAttributeNames: nonEmptyList(queryList(f, 'MessageSystemAttributeName')),
    MessageAttributeNames: nonEmptyList(queryList(f, 'MessageAttributeName')),
    MaxNumberOfMessages: f.MaxNumberOfMessages,
    VisibilityTimeout: f.VisibilityTimeout,
    WaitTimeSeconds: f.WaitTimeSeconds,
    ReceiveRequestAttemptId: f.ReceiveRequestAttemptId,
  }),
  DeleteMessage: (f) => ({ QueueUrl: f.QueueUrl, ReceiptHandle: f.ReceiptHandle }),
  DeleteMessageBatch: (f) => ({
    QueueUrl: f.QueueUrl,
    Entries: queryStructs(f, 'DeleteMessageBatchRequestEntry'),
  }),
  ChangeMessageVisibility: (f) => ({
    QueueUrl: f.QueueUrl,
    ReceiptHandle: f.ReceiptHandle,
    VisibilityTimeout: f.VisibilityTimeout,
  }),
  ChangeMessageVisibilityBatch: (f) => ({
    QueueUrl: f.QueueUrl,
    Entries: queryStructs(f, 'ChangeMessageVisibilityBatchRequestEntry'),
  }),
  PurgeQueue: (f) => ({ QueueUrl: f.QueueUrl }),
  DeleteQueue: (f) => ({ QueueUrl: f.QueueUrl }),
  TagQueue: (f) => ({ QueueUrl: f.QueueUrl, Tags: queryMap(f, 'Tag', 'Key', 'Value') }),
  UntagQueue: (f) => ({ QueueUrl: f.QueueUrl, TagKeys: queryList(f, 'TagKey') }),
  ListQueueTags: (f) => ({ QueueUrl: f.QueueUrl }),
  ListDeadLetterSourceQueues: (f) => ({
    QueueUrl: f.QueueUrl,
    MaxResults: f.MaxResults,
    NextToken: f.NextToken,
  }),
};

const el = (name: string, value: unknown): string => element(name, value as XmlValue);

const nameValues = (tag: string, map: Record<string, string> | undefined, key = 'Name', value = 'Value') =>
  Object.entries(map ?? {})
    .map(([k, v]) => `<${tag}>${el(key, k)}${el(value, v)}</${tag}>`)
    .join('');

function messageAttributeXml(attrs: Record<string, WireAttribute> | undefined): string {
  return Object.entries(attrs ?? {})
    .map(
      ([name, a]) =>
        `<MessageAttribute>${el('Name', name)}<Value>${el('StringValue', a.StringValue)}${el('BinaryValue', a.BinaryValue)}` +
        `${(a.StringListValues ?? []).map((v) => el('StringListValue', v)).join('')}` +
        `${(a.BinaryListValues ?? []).map((v) => el('BinaryListValue', v)).join('')}${el('DataType', a.DataType)}</Value></MessageAttribute>`,
    )
    .join('');
}

interface BatchOut {
  Successful?: Shape[];
  Failed?: { Id?: string; SenderFault?: boolean; Code?: string; Message?: string }[];
}

function batchXml(entryTag: string, out: BatchOut, fields: string[]): string {
  const ok = (out.Successful ?? []).map(
    (e) => `<${entryTag}>${fields.map((f) => el(f, e[f])).join('')}</${entryTag}>`,
  );
  const failed = (out.Failed ?? []).map(
    (e) =>
      `<BatchResultErrorEntry>${el('Id', e.Id)}${el('Code', e.Code)}${el('Message', e.Message)}${el('SenderFault', e.SenderFault)}</BatchResultErrorEntry>`,
  );
  return ok.join('') + failed.join('');
}

const SEND_FIELDS = [
  'MessageId',
  'MD5OfMessageBody',
  'MD5OfMessageAttributes',
  'MD5OfMessageSystemAttributes',
  'SequenceNumber',
];

/** Result shape -> the XML inside `<ActionResult>`; undefined for operations that have no result element. */
// biome-ignore lint/suspicious/noExplicitAny: results are the SDK output shapes of each operation
export const QUERY_OUTPUT: Record<string, (out: any) => string | undefined> = {
  CreateQueue: (o) => el('QueueUrl', o.QueueUrl),
  GetQueueUrl: (o) => el('QueueUrl', o.QueueUrl),
  ListQueues: (o) =>
    (o.QueueUrls ?? []).map((u: string) => el('QueueUrl', u)).join('') + el('NextToken', o.NextToken),
  GetQueueAttributes: (o) => nameValues('Attribute', o.Attributes),
  SetQueueAttributes: () => undefined,
  SendMessage: (o) => SEND_FIELDS.map((f) => el(f, o[f])).join(''),
  SendMessageBatch: (o) => batchXml('SendMessageBatchResultEntry', o, ['Id', ...SEND_FIELDS]),
  ReceiveMessage: (o) =>
    (o.Messages ?? [])
      .map(
        (m: WireMessage) =>
          `<Message>${el('MessageId', m.MessageId)}${el('ReceiptHandle', m.ReceiptHandle)}${el('MD5OfBody', m.MD5OfBody)}` +
          `${el('Body', m.Body)}${nameValues('Attribute', m.Attributes)}${el('MD5OfMessageAttributes', m.MD5OfMessageAttributes)}` +
          `${messageAttributeXml(m.MessageAttributes)}</Message>`,
      )
      .join(''),
  DeleteMessage: () => undefined,
  DeleteMessageBatch: (o) => batchXml('DeleteMessageBatchResultEntry', o, ['Id']),
  ChangeMessageVisibility: () => undefined,
  ChangeMessageVisibilityBatch: (o) => batchXml('ChangeMessageVisibilityBatchResultEntry', o, ['Id']),
  PurgeQueue: () => undefined,
  DeleteQueue: () => undefined,
  TagQueue: () => undefined,
  UntagQueue: () => undefined,
  ListQueueTags: (o) => nameValues('Tag', o.Tags, 'Key', 'Value'),
  ListDeadLetterSourceQueues: (o) =>
    (o.queueUrls ?? []).map((u: string) => el('QueueUrl', u)).join('') + el('NextToken', o.NextToken),
};
