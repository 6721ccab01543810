// The MD5 digests SQS returns with every send and receive, computed exactly as AWS does.
import { hash } from 'node:crypto';
import type { MessageAttributeValue } from '@aws-sdk/client-sqs';

export function md5Hex(data: string | Buffer): string {
  // One-shot hashing: no Hash object per message (the hot path of every send).
  return hash('md5', data, 'hex');
}

function lengthPrefixed(bytes: Uint8Array): Uint8Array[] {
  const len = Buffer.allocUnsafe(4);
  len.writeUInt32BE(bytes.length, 0);
  return [len, bytes];
}

/**
 * MD5OfMessageAttributes (and MD5OfMessageSystemAttributes): attributes sorted by name; each as
 * length + name, length + data type, one transport byte (1 string/number, 2 binary), length + value.
 * Undefined when there are no attributes, as AWS then leaves the field out.
 */
export function md5OfAttributes(
  attributes: Record<string, MessageAttributeValue> | undefined,
): string | undefined {
  if (!attributes) return undefined;
  const names = Object.keys(attributes).sort();
  if (names.length === 0) return undefined;
  const parts: Uint8Array[] = [];
  for (const name of names) {
    const a = attributes[name];
    parts.push(...lengthPrefixed(Buffer.from(name, 'utf8')));
    parts.push(...lengthPrefixed(Buffer.from(a.DataType ?? '', 'utf8')));
    if (a.StringValue !== undefined) {
      parts.push(Buffer.from([1]), ...lengthPrefixed(Buffer.from(a.StringValue, 'utf8')));
    } else if (a.BinaryValue !== undefined) {
      parts.push(Buffer.from([2]), ...lengthPrefixed(a.BinaryValue));
    } else if (a.StringListValues?.length) {
      parts.push(Buffer.from([3]));
      for (const v of a.StringListValues) parts.push(...lengthPrefixed(Buffer.from(v, 'utf8')));
    } else if (a.BinaryListValues?.length) {
      parts.push(Buffer.from([4]));
      for (const v of a.BinaryListValues) parts.push(...lengthPrefixed(v));
    }
  }
  return md5Hex(Buffer.concat(parts));
}
