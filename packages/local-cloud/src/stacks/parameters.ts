// Template parameters: given values, defaults, AllowedValues and list types, checked as CloudFormation does.
import { AwsError } from '../protocol/errors.js';
import type { Template } from './template.js';

const invalid = (message: string) => new AwsError('ValidationError', message);

/** Values in use for every template parameter (strings; list types split on commas later). */
export function resolveParameters(
  template: Template,
  given: Record<string, string>,
  previous: Record<string, string> = {},
): Record<string, string> {
  const declared = template.Parameters ?? {};
  const unknown = Object.keys(given).filter((k) => !(k in declared));
  if (unknown.length > 0) throw invalid(`Parameters: [${unknown.join(', ')}] do not exist in the template`);
  const values: Record<string, string> = {};
  const missing: string[] = [];
  for (const [name, p] of Object.entries(declared)) {
    const v = given[name] ?? previous[name] ?? (p.Default === undefined ? undefined : stringify(p.Default));
    if (v === undefined) {
      missing.push(name);
      continue;
    }
    if (p.AllowedValues && !p.AllowedValues.map(stringify).includes(v)) {
      throw invalid(`Parameter '${name}' must be one of AllowedValues`);
    }
    if (p.AllowedPattern && !new RegExp(`^(?:${p.AllowedPattern})$`).test(v)) {
      throw invalid(`Parameter '${name}' must match pattern ${p.AllowedPattern}`);
    }
    if (p.Type === 'Number' && (v.trim() === '' || Number.isNaN(Number(v)))) {
      throw invalid(`Parameter '${name}' must be a number.`);
    }
    if (p.MinLength !== undefined && v.length < Number(p.MinLength)) {
      throw invalid(`Parameter '${name}' must contain at least ${p.MinLength} characters`);
    }
    if (p.MaxLength !== undefined && v.length > Number(p.MaxLength)) {
      throw invalid(`Parameter '${name}' must contain at most ${p.MaxLength} characters`);
    }
    values[name] = v;
  }
  if (missing.length > 0) throw invalid(`Parameters: [${missing.join(', ')}] must have values`);
  return values;
}

/** Parameter values as intrinsics see them: list types become lists. */
export function parameterValues(
  template: Template,
  values: Record<string, string>,
): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [name, v] of Object.entries(values)) {
    const type = template.Parameters?.[name]?.Type ?? 'String';
    out[name] =
      type === 'CommaDelimitedList' || type.startsWith('List<') ? v.split(',').map((s) => s.trim()) : v;
  }
  return out;
}

/** A parameter value as DescribeStacks shows it: NoEcho ones masked. */
export function shownValue(template: Template, name: string, value: string): string {
  const noEcho = template.Parameters?.[name]?.NoEcho;
  return noEcho === true || noEcho === 'true' ? '****' : value;
}

function stringify(v: unknown): string {
  return Array.isArray(v) ? v.join(',') : String(v);
}
