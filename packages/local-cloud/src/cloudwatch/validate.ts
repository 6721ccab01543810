// The checks several CloudWatch operations share: required members, enums, periods, dimensions.
import { ComparisonOperator, type Dimension, StandardUnit, StateValue } from '@aws-sdk/client-cloudwatch';
import { invalidValue, missingParameter, validationError } from './errors.js';
import { isStatistic } from './statistics.js';

/** The member, or MissingParameter. */
export function required<T>(value: T | undefined | null, parameter: string): T {
  if (value === undefined || value === null || value === '') throw missingParameter(parameter);
  return value;
}

/** An enum member: AWS's JSON validation message lists the allowed values. */
function oneOf<T extends string>(values: Record<string, T>, member: string, value: unknown): T {
  const allowed = Object.values(values);
  if (!allowed.includes(value as T)) {
    throw validationError(member, value, `Member must satisfy enum value set: [${allowed.join(', ')}]`);
  }
  return value as T;
}

export const comparisonOperator = (v: unknown) => oneOf(ComparisonOperator, 'comparisonOperator', v);
export const stateValue = (v: unknown) => oneOf(StateValue, 'stateValue', v);

export function unit(v: unknown): StandardUnit | undefined {
  return v === undefined ? undefined : oneOf(StandardUnit, 'unit', v);
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
