// Shape checks shared by the operations, with SQS's own codes and messages; behaviour lives elsewhere.
import type { MessageAttributeValue } from '@aws-sdk/client-sqs';
import {
  batchEntryIdsNotDistinct,
  emptyBatchRequest,
  invalidBatchEntryId,
  invalidMessageContents,
  invalidParameter,
  invalidParameterValue,
  missingParameter,
  tooManyEntriesInBatchRequest,
} from './errors.js';

// Anything outside #x9 | #xA | #xD | #x20-#xD7FF | #xE000-#xFFFD | #x10000-#x10FFFF (lone surrogates too).
const INVALID_CHARS = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

export function hasInvalidChars(text: string): boolean {
  return INVALID_CHARS.test(text);
}

export function checkQueueName(name: unknown, fifo: boolean): string {
  if (name === undefined || name === null || name === '') throw missingParameter('QueueName');
  const s = String(name);
  if (fifo) {
    if (!/^[A-Za-z0-9_-]{1,75}\.fifo$/.test(s)) {
      throw invalidParameterValue(
        'The name of a FIFO queue can only include alphanumeric characters, hyphens, or underscores, must end with .fifo suffix and be 1 to 80 in length.',
      );
    }
  } else if (!/^[A-Za-z0-9_-]{1,80}$/.test(s)) {
    throw invalidParameterValue(
      'Can only include alphanumeric characters, hyphens, or underscores. 1 to 80 in length',
    );
  }
  return s;
}

/** An optional integer parameter within bounds, or AWS's `Value X for parameter P is invalid`. */
export function optionalInt(
  name: string,
  value: unknown,
  min: number,
  max: number,
  reason: string,
): number | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const n = typeof value === 'number' ? value : /^-?\d+$/.test(String(value)) ? Number(value) : Number.NaN;
  if (!Number.isInteger(n) || n < min || n > max) throw invalidParameter(name, value, reason);
  return n;
}

/** Checks message attributes; answers their size as SQS counts it (names, types and values). */
export function checkMessageAttributes(attrs: Record<string, MessageAttributeValue> | undefined): number {
  if (!attrs) return 0;
  const names = Object.keys(attrs);
  if (names.length > 10) {
    throw invalidParameterValue(
      `Number of message attributes [${names.length}] exceeds the allowed maximum [10].`,
    );
  }
  let size = 0;
  for (const name of names) {
    const a = attrs[name];
    if (
      name.length === 0 ||
      name.length > 256 ||
      !/^[A-Za-z0-9_.-]+$/.test(name) ||
      name.startsWith('.') ||
      name.endsWith('.') ||
      name.includes('..')
    ) {
      throw invalidParameterValue(
        `Message (user) attribute name '${name}' is invalid. Reason: can only contain alphanumeric characters, hyphens (-), underscores (_), and periods (.). It must not start or end with a period and must not have successive periods.`,
      );
    }
    if (/^(aws\.|amazon\.)/i.test(name)) {
      throw invalidParameterValue(
        `You can't use the message attribute name '${name}'. Reason: Message attribute names starting with 'AWS.' or 'Amazon.' are reserved for use by AWS.`,
      );
    }
    if (!a || typeof a !== 'object') {
      throw invalidParameterValue(
        `The message attribute '${name}' must contain non-empty message attribute value.`,
      );
    }
    const type = a.DataType;
    if (!type) {
      throw invalidParameterValue(
        `The message attribute '${name}' must contain non-empty message attribute type.`,
      );
    }
    const base = String(type).split('.')[0];
    if (base !== 'String' && base !== 'Number' && base !== 'Binary') {
      throw invalidParameterValue(
        `The type of message (user) attribute '${name}' is invalid. You must use only the following supported type prefixes: Binary, Number, String.`,
      );
    }
    if (base === 'Binary') {
      if (a.BinaryValue === undefined || a.BinaryValue.length === 0) {
        throw invalidParameterValue(
          `Message (user) attribute '${name}' must contain a non-empty value of type 'Binary'.`,
        );
      }
    } else {
      if (a.StringValue === undefined || a.StringValue === '') {
        throw invalidParameterValue(
          `Message (user) attribute '${name}' must contain a non-empty value of type '${base}'.`,
        );
      }
      const v = String(a.StringValue);
      if (base === 'Number' && !/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(v.trim())) {
        throw invalidParameterValue(
          `Can't cast the value of message (user) attribute '${name}' to a number.`,
        );
      }
      if (hasInvalidChars(v)) throw invalidMessageContents();
    }
    size += attributeBytes(name, a);
  }
  return size;
}

/** The bytes SQS counts for one message attribute: its name, its type and its value. */
export function attributeBytes(name: string, a: MessageAttributeValue): number {
  const type = a.DataType ?? '';
  const value =
    type.split('.')[0] === 'Binary'
      ? (a.BinaryValue?.length ?? 0)
      : a.StringValue === undefined
        ? 0
        : Buffer.byteLength(String(a.StringValue));
  return Buffer.byteLength(name) + Buffer.byteLength(type) + value;
}

/** The checks every *Batch operation makes on its entries before looking at any of them. */
export function checkBatch<T extends { Id?: string }>(entries: T[] | undefined, entryShape: string): T[] {
  if (!Array.isArray(entries) || entries.length === 0) throw emptyBatchRequest(entryShape);
  if (entries.length > 10) throw tooManyEntriesInBatchRequest(entries.length);
  const seen = new Set<string>();
  for (const e of entries) {
    const id = e?.Id;
    if (typeof id !== 'string' || !/^[A-Za-z0-9_-]{1,80}$/.test(id)) throw invalidBatchEntryId();
    if (seen.has(id)) throw batchEntryIdsNotDistinct(id);
    seen.add(id);
  }
  return entries;
}
