// What a schema describes, as one word the value codecs switch on.
import type { NormalizedSchema } from '@smithy/core/schema';

export type Kind =
  | 'string'
  | 'number'
  | 'boolean'
  | 'blob'
  | 'timestamp'
  | 'document'
  | 'bigInteger'
  | 'bigDecimal'
  | 'list'
  | 'map'
  | 'struct'
  | 'unit';

export function kindOf(ns: NormalizedSchema): Kind {
  if (ns.isStructSchema()) return 'struct';
  if (ns.isListSchema()) return 'list';
  if (ns.isMapSchema()) return 'map';
  if (ns.isStringSchema()) return 'string';
  if (ns.isNumericSchema()) return 'number';
  if (ns.isBooleanSchema()) return 'boolean';
  if (ns.isBlobSchema()) return 'blob';
  if (ns.isTimestampSchema()) return 'timestamp';
  if (ns.isDocumentSchema()) return 'document';
  if (ns.isBigIntegerSchema()) return 'bigInteger';
  if (ns.isBigDecimalSchema()) return 'bigDecimal';
  if (ns.isUnitSchema()) return 'unit';
  // Enums and int enums are strings and numbers with a trait; anything else is treated as a string.
  return 'string';
}

/** The `timestampFormat` a member declares (`date-time`, `http-date`, `epoch-seconds`), if any. */
export function timestampFormat(
  ns: NormalizedSchema,
): 'date-time' | 'http-date' | 'epoch-seconds' | undefined {
  const raw = ns.getSchema();
  if (raw === 5) return 'date-time';
  if (raw === 6) return 'http-date';
  if (raw === 7) return 'epoch-seconds';
  return undefined;
}

/** Struct members as [name, schema] pairs, computed once per schema. */
export function membersOf(ns: NormalizedSchema): [string, NormalizedSchema][] {
  return ns.isUnitSchema() ? [] : [...ns.structIterator()];
}
