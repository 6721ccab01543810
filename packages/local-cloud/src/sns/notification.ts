// What a subscriber receives: the JSON notification for SQS (AWS's own layout), or the Lambda event.
import { createHash } from 'node:crypto';
import { parseArn } from '../arn.js';
import type { MessageAttribute } from '../internal.js';
import type { SnsMessage, Subscription } from './store.js';

/** ISO-8601 UTC with milliseconds, as SNS stamps its notifications. */
export const snsTimestamp = (d: Date): string => d.toISOString();

/** A stand-in for the RSA signature: base64 of 256 bytes, the length real signatures have. */
function signature(msg: SnsMessage): string {
  const digest = createHash('sha256').update(`${msg.messageId}${msg.message}`).digest();
  return Buffer.concat(Array(8).fill(digest)).toString('base64');
}

function signingCertUrl(region: string): string {
  return `https://sns.${region}.amazonaws.com/SimpleNotificationService-0000000000000000000000000000000f.pem`;
}

/** Points at this local cloud, where a GET unsubscribes as it does on AWS. */
function unsubscribeUrl(endpoint: string, sub: Subscription): string {
  return `${endpoint}/?Action=Unsubscribe&SubscriptionArn=${sub.arn}`;
}

function regionOf(arn: string): string {
  return parseArn(arn)?.region ?? '';
}

/** The message text for a protocol: its own key under MessageStructure json, else `default`. */
export function messageFor(msg: SnsMessage, protocol: string): string {
  if (!msg.perProtocol) return msg.message;
  return msg.perProtocol[protocol] ?? msg.perProtocol.default;
}

function attributesView(
  attrs: Record<string, MessageAttribute>,
): Record<string, { Type: string; Value: string }> {
  const out: Record<string, { Type: string; Value: string }> = {};
  for (const [name, a] of Object.entries(attrs)) {
    out[name] = {
      Type: a.DataType,
      Value: a.BinaryValue ? Buffer.from(a.BinaryValue).toString('base64') : (a.StringValue ?? ''),
    };
  }
  return out;
}

/**
 * The notification body SNS puts in an SQS queue. AWS lays it out one key a line, `"Key" : value`,
 * which some consumers compare byte for byte, so it is written the same way here.
 */
export function sqsNotification(msg: SnsMessage, sub: Subscription, endpoint: string): string {
  const fields: [string, unknown][] = [
    ['Type', 'Notification'],
    ['MessageId', msg.messageId],
  ];
  if (msg.sequenceNumber !== undefined) fields.push(['SequenceNumber', msg.sequenceNumber]);
  fields.push(['TopicArn', msg.topicArn]);
  if (msg.subject !== undefined) fields.push(['Subject', msg.subject]);
  fields.push(['Message', messageFor(msg, 'sqs')], ['Timestamp', snsTimestamp(msg.timestamp)]);
  // FIFO topics' notifications carry no signature, as recorded on AWS.
  if (msg.sequenceNumber === undefined) {
    fields.push(
      ['SignatureVersion', msg.signatureVersion],
      ['Signature', signature(msg)],
      ['SigningCertURL', signingCertUrl(regionOf(msg.topicArn))],
    );
  }
  fields.push(['UnsubscribeURL', unsubscribeUrl(endpoint, sub)]);
  const lines = fields.map(([k, v]) => `  ${JSON.stringify(k)} : ${JSON.stringify(v)}`);
  const attrs = Object.entries(attributesView(msg.messageAttributes));
  if (attrs.length > 0) {
    const inner = attrs.map(([k, v]) => `    ${JSON.stringify(k)} : ${JSON.stringify(v)}`).join(',\n');
    lines.push(`  "MessageAttributes" : {\n${inner}\n  }`);
  }
  return `{\n${lines.join(',\n')}\n}`;
}

/** The event of the asynchronous invocation SNS makes for a lambda subscription. */
export function lambdaEvent(msg: SnsMessage, sub: Subscription, endpoint: string): string {
  return JSON.stringify({
    Records: [
      {
        EventSource: 'aws:sns',
        EventVersion: '1.0',
        EventSubscriptionArn: sub.arn,
        Sns: {
          Type: 'Notification',
          MessageId: msg.messageId,
          TopicArn: msg.topicArn,
          Subject: msg.subject ?? null,
          Message: messageFor(msg, 'lambda'),
          Timestamp: snsTimestamp(msg.timestamp),
          SignatureVersion: '1',
          Signature: signature(msg),
          SigningCertUrl: signingCertUrl(regionOf(msg.topicArn)),
          UnsubscribeUrl: unsubscribeUrl(endpoint, sub),
          MessageAttributes: attributesView(msg.messageAttributes),
        },
      },
    ],
  });
}
