// The checks several CloudWatch operations share: required members, enums, periods, dimensions.
import type { ComparisonOperator, Dimension, StandardUnit, StateValue } from '@aws-sdk/client-cloudwatch';
import { invalidValue, missingParameter, validationError } from './errors.js';
import { isStatistic } from './statistics.js';

/** The member, or MissingParameter. */
export function required<T>(value: T | undefined | null, parameter: string): T {
  if (value === undefined || value === null || value === '') throw missingParameter(parameter);
  return value;
}

// The SDK's enums as exhaustive records (the compiler checks every value is listed), so validating one
// does not load the whole SDK client at start.
const COMPARISON_OPERATORS = {
  GreaterThanOrEqualToThreshold: 1,
  GreaterThanThreshold: 1,
  GreaterThanUpperThreshold: 1,
  LessThanLowerOrGreaterThanUpperThreshold: 1,
  LessThanLowerThreshold: 1,
  LessThanOrEqualToThreshold: 1,
  LessThanThreshold: 1,
} satisfies Record<ComparisonOperator, 1>;
const STATE_VALUES = { ALARM: 1, INSUFFICIENT_DATA: 1, OK: 1 } satisfies Record<StateValue, 1>;
const UNITS = {
  Bits: 1,
  'Bits/Second': 1,
  Bytes: 1,
  'Bytes/Second': 1,
  Count: 1,
  'Count/Second': 1,
  Gigabits: 1,
  'Gigabits/Second': 1,
  Gigabytes: 1,
  'Gigabytes/Second': 1,
  Kilobits: 1,
  'Kilobits/Second': 1,
  Kilobytes: 1,
  'Kilobytes/Second': 1,
  Megabits: 1,
  'Megabits/Second': 1,
  Megabytes: 1,
  'Megabytes/Second': 1,
  Microseconds: 1,
  Milliseconds: 1,
  None: 1,
  Percent: 1,
  Seconds: 1,
  Terabits: 1,
  'Terabits/Second': 1,
  Terabytes: 1,
  'Terabytes/Second': 1,
} satisfies Record<StandardUnit, 1>;

/** An enum member: AWS's JSON validation message lists the allowed values. */
function oneOf<T extends string>(values: Record<T, 1>, member: string, value: unknown): T {
  const allowed = Object.keys(values) as T[];
  if (!allowed.includes(value as T)) {
    throw validationError(member, value, `Member must satisfy enum value set: [${allowed.join(', ')}]`);
  }
  return value as T;
}

export const comparisonOperator = (v: unknown) => oneOf(COMPARISON_OPERATORS, 'comparisonOperator', v);
export const stateValue = (v: unknown) => oneOf(STATE_VALUES, 'stateValue', v);

export function unit(v: unknown): StandardUnit | undefined {
  return v === undefined ? undefined : oneOf(UNITS, 'unit', v);
}

/** A period in seconds: 1, 5, 10, 20, 30 (high resolution) or a multiple of 60. */
export function period(v: unknown, parameter = 'Period'): number {
  const n = Number(required(v, parameter));
  if (
    !Number.isInteger(n) ||
    n < 1 ||
    (n > 60 && n % 60 !== 0) ||
    (n < 60 && ![1, 5, 10, 20, 30].includes(n))
  )
    throw invalidValue(parameter, v);
  return n;
}

export function statisticName(v: unknown, parameter: string): string {
  if (typeof v !== 'string' || !isStatistic(v)) throw invalidValue(parameter, v);
  return v;
}

/** At most 30 dimensions, each with a name and a value, names not repeated. */
export function dimensions(v: Dimension[] | undefined, parameter = 'Dimensions'): Dimension[] {
  const dims = v ?? [];
  if (dims.length > 30) throw invalidValue(parameter, `${dims.length} dimensions`);
  const seen = new Set<string>();
  dims.forEach((d, i) => {
    const name = required(d.Name, `${parameter}.member.${i + 1}.Name`);
    required(d.Value, `${parameter}.member.${i + 1}.Value`);
    if (seen.has(name)) throw invalidValue(`${parameter}.member.${i + 1}.Name`, name);
    seen.add(name);
  });
  return dims;
}
