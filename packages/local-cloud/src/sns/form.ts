// Reading SNS's query-form shapes: `Attributes.entry.N.key`, `MessageAttributes.entry.N.Name`, `Tags.member.N`.
import type { MessageAttributeValue } from '@aws-sdk/client-sns';
import { type QueryForm, queryList, queryStructs } from '../protocol/awsQuery.js';

/** A string-to-string map (`Prefix.entry.N.key` / `.value`). */
export function formMap(form: QueryForm, prefix: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const s of queryStructs(form, `${prefix}.entry`)) if (s.key !== undefined) out[s.key] = s.value ?? '';
  return out;
}

/** Message attributes with their DataType and value, as the SDK sends them (binary stays base64). */
export function formMessageAttributes(
  form: QueryForm,
  prefix = 'MessageAttributes',
): Record<string, Omit<MessageAttributeValue, 'BinaryValue'> & { BinaryValue?: string }> {
  const out: Record<string, Omit<MessageAttributeValue, 'BinaryValue'> & { BinaryValue?: string }> = {};
  for (const s of queryStructs(form, `${prefix}.entry`)) {
    if (s.Name === undefined) continue;
    out[s.Name] = {
      DataType: s['Value.DataType'],
      ...(s['Value.StringValue'] !== undefined ? { StringValue: s['Value.StringValue'] } : {}),
      ...(s['Value.BinaryValue'] !== undefined ? { BinaryValue: s['Value.BinaryValue'] } : {}),
    };
  }
  return out;
}

export function formTags(form: QueryForm, prefix = 'Tags'): { Key?: string; Value?: string }[] {
  return queryStructs(form, `${prefix}.member`).map((s) => ({ Key: s.Key, Value: s.Value }));
}

export function formList(form: QueryForm, prefix: string): string[] {
  return queryList(form, `${prefix}.member`);
}

/** The numbered members of a list of structures, each as a form of its own sub-keys. */
export function formMembers(form: QueryForm, prefix: string): QueryForm[] {
  return queryStructs(form, `${prefix}.member`);
}
