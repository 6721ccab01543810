// Item keys as text, so a transaction can tell two operations on one item apart from two items.
import type { AttributeValue, KeySchemaElement } from '@aws-sdk/client-dynamodb';
import { missingKey } from './errors.js';

/** The key attributes of a whole item (a Put), in the table's key order; a missing one is refused as AWS does. */
export function keyOf(
  item: Record<string, AttributeValue>,
  schema: readonly KeySchemaElement[],
): Record<string, AttributeValue> {
  const key: Record<string, AttributeValue> = {};
  for (const { AttributeName } of schema) {
    const name = String(AttributeName);
    if (item[name] === undefined) throw missingKey(name);
    key[name] = item[name];
  }
  return key;
}

/** `table` and the key's values, the same text for equal keys (numbers compare by value, as DynamoDB does). */
export function itemIdentity(table: string, key: Record<string, AttributeValue>): string {
  const parts = Object.keys(key)
    .sort()
    .map((name) => `${name}=${valueText(key[name])}`);
  return `${table}\u0000${parts.join('\u0000')}`;
}

function valueText(v: AttributeValue): string {
  if (v.S !== undefined) return `S:${v.S}`;
  if (v.N !== undefined) {
    const n = Number(v.N);
    return `N:${Number.isSafeInteger(n) || String(n) === v.N ? String(n) : v.N}`;
  }
  if (v.B !== undefined) return `B:${Buffer.from(v.B).toString('base64')}`;
  return JSON.stringify(v);
}
