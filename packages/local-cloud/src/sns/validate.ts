// Checks of SNS requests beyond their types, in AWS's words ("Invalid parameter: ...", NotFound, ...).
import type { MessageAttributeValue } from '@aws-sdk/client-sns';
import { arnElementCount, parseArn } from '../arn.js';
import type { MessageAttribute } from '../internal.js';
import type { SnsContext } from './context.js';
import { invalidParameter, invalidParameterValue, missingMember, notAnArn, notFound } from './errors.js';
import type { Subscription, Topic } from './store.js';

/** Publish's limit: message plus attributes (names, types and values), in UTF-8 bytes. */
export const MAX_MESSAGE_BYTES = 262_144;

/** AWS's model validation for a missing required member. */
export function required(value: string | undefined, member: string): string {
  if (value === undefined) throw missingMember(member);
  return value;
}

/** `arn:aws:sns:<region>:<account>:<name>` split, or undefined when it is not one. */
export function parseTopicArn(arn: string): { region: string; account: string; name: string } | undefined {
  const a = parseArn(arn);
  if (a?.service !== 'sns' || !a.region || !/^\d+$/.test(a.account) || !a.resourceName) return undefined;
  return a.subresource === undefined
    ? { region: a.region, account: a.account, name: a.resourceName }
    : undefined;
}

/**
 * A topic ARN of the caller's region, checked as AWS checks it: a value of fewer than six elements is
 * counted, any other that is no topic ARN of the region is `Invalid parameter: <member>`.
 */
export function checkTopicArn(ctx: SnsContext, arn: string, member = 'TopicArn'): void {
  const elements = arnElementCount(arn);
  if (elements < 6) throw notAnArn(member, elements);
  const parsed = parseTopicArn(arn);
  if (!parsed || parsed.region !== ctx.region) throw invalidParameter(member);
}

/** The topic an ARN names, in the caller's region; AWS's errors otherwise. */
export function topicFor(ctx: SnsContext, arn: string | undefined, member = 'TopicArn'): Topic {
  const value = required(arn, member.charAt(0).toLowerCase() + member.slice(1));
  checkTopicArn(ctx, value, member);
  const topic = ctx.store.topics.get(value);
  if (!topic) throw notFound('Topic does not exist');
  return topic;
}

/** A subscription ARN's shape: six elements or more, an SNS ARN with a subscription id after the topic. */
export function checkSubscriptionArn(arn: string): void {
  const elements = arnElementCount(arn);
  if (elements < 6) throw notAnArn('SubscriptionArn', elements);
  const parsed = parseArn(arn);
  if (parsed?.service !== 'sns' || !parsed.subresource) throw invalidParameter('SubscriptionId');
}

export function subscriptionFor(ctx: SnsContext, arn: string | undefined): Subscription {
  const value = required(arn, 'subscriptionArn');
  checkSubscriptionArn(value);
  const sub = ctx.store.subscriptions.get(value);
  if (!sub) throw notFound('Subscription does not exist');
  return sub;
}

const ATTR_NAME_CHAR = /[^A-Za-z0-9_.-]/u;
const ATTR_TYPE_RE = /^(String|Number|Binary)(\..+)?$/;

/** Publish's message attributes, checked as AWS checks them, as the internal shape. */
export function checkMessageAttributes(
  attrs: Record<string, MessageAttributeValue>,
  position?: number,
): Record<string, MessageAttribute> {
  const out: Record<string, MessageAttribute> = {};
  const names = Object.keys(attrs);
  if (names.length > 10) {
    throw invalidParameterValue(
      `Number of message attributes [${names.length}] exceeds the allowed maximum [10].`,
    );
  }
  for (const name of names) {
    const a = attrs[name];
    if (Buffer.byteLength(name) > 256) {
      throw invalidParameterValue('Length of message attribute name must be less than 256 bytes.');
    }
    checkAttributeName(name);
    if (a.DataType === undefined) {
      const at =
        position === undefined
          ? `messageAttributes.${name}.member.dataType`
          : `publishBatchRequestEntries.${position}.member.messageAttributes.${name}.member.dataType`;
      throw missingMember(at);
    }
    const type = a.DataType;
    if (!ATTR_TYPE_RE.test(type)) {
      throw invalidParameterValue(
        `The message attribute '${name}' has an invalid message attribute type, the set of supported type prefixes is Binary, Number, and String.`,
      );
    }
    const binary = type.startsWith('Binary');
    const value = binary ? a.BinaryValue : a.StringValue;
    if (value === undefined && (binary ? a.StringValue : a.BinaryValue) !== undefined) {
      throw invalidParameterValue(
        `The message attribute '${name}' with type '${type}' must use field '${binary ? 'Binary' : 'String'}'.`,
      );
    }
    if (value === undefined || value.length === 0) {
      throw invalidParameterValue(
        `The message attribute '${name}' must contain non-empty message attribute value for message attribute type '${type}'.`,
      );
    }
    if (typeof value === 'string') {
      if (type.startsWith('Number') && !Number.isFinite(Number(value))) {
        throw invalidParameterValue(`Could not cast message attribute '${name}' value to number.`);
      }
      if (type === 'String.Array') checkStringArray(name, value);
      out[name] = { DataType: type, StringValue: value };
    } else {
      out[name] = { DataType: type, BinaryValue: Buffer.from(value) };
    }
  }
  return out;
}

/** A message attribute name's characters and dots, each refused in AWS's own words. */
function checkAttributeName(name: string): void {
  const bad = ATTR_NAME_CHAR.exec(name)?.[0];
  if (bad !== undefined) {
    const code = (bad.codePointAt(0) ?? 0).toString(16).toUpperCase();
    throw invalidParameterValue(
      `Invalid non-alphanumeric character '#x${code}' was found in the message attribute name. Can only include alphanumeric characters, hyphens, underscores, or dots.`,
    );
  }
  if (name.startsWith('.')) {
    throw invalidParameterValue("Invalid message attribute name starting with character '.' was found.");
  }
  if (name.endsWith('.')) {
    throw invalidParameterValue("Invalid message attribute name ending with character '.' was found.");
  }
  if (name.includes('..')) {
    throw invalidParameterValue("Message attribute name can not have successive '.' character.");
  }
}

function checkStringArray(name: string, value: string): void {
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    parsed = undefined;
  }
  const ok =
    Array.isArray(parsed) &&
    parsed.every((v) => v === null || ['string', 'number', 'boolean'].includes(typeof v));
  if (!ok) {
    throw invalidParameterValue(
      `Invalid parameter: MessageAttributes Reason: String.Array attribute '${name}' must be a JSON array of strings, numbers, booleans or nulls.`,
    );
  }
}

export function publishSize(message: string, attrs: Record<string, MessageAttribute>): number {
  let size = Buffer.byteLength(message);
  for (const [name, a] of Object.entries(attrs)) {
    size += Buffer.byteLength(name) + Buffer.byteLength(a.DataType);
    size += a.BinaryValue ? a.BinaryValue.length : Buffer.byteLength(a.StringValue ?? '');
  }
  return size;
}

export function checkSubject(subject: string | undefined): void {
  if (subject === undefined) return;
  // Subjects are printable ASCII-ish text under 100 characters, never empty, no line breaks.
  if (subject === '' || subject.length >= 100 || /[\r\n\t\p{Cc}]/u.test(subject))
    throw invalidParameter('Subject');
}
