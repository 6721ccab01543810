// ParameterFilters (and DescribeParameters' older Filters): Name, Path, Type, KeyId, DataType, Tier, tag:<key>.
import type { ParameterStringFilter, ParametersFilter } from '@aws-sdk/client-ssm';
import { invalidFilterKey, invalidFilterOption } from './errors.js';
import { pathPrefix, underPath } from './path.js';
import type { StoredParameter } from './store.js';

export function filterParameters(
  params: StoredParameter[],
  filters: ParameterStringFilter[] | undefined,
  legacy: ParametersFilter[] = [],
): StoredParameter[] {
  const all: ParameterStringFilter[] = [
    ...(filters ?? []),
    ...legacy.map((f) => ({ Key: f.Key, Option: 'Equals', Values: f.Values })),
  ];
  if (all.length === 0) return params;
  const tests = all.map(compile);
  return params.filter((p) => tests.every((t) => t(p)));
}

function compile(f: ParameterStringFilter): (p: StoredParameter) => boolean {
  const key = String(f.Key);
  const values = f.Values ?? [];
  if (key === 'Path') {
    const option = f.Option ?? 'OneLevel';
    if (option !== 'OneLevel' && option !== 'Recursive') throw invalidFilterOption(option);
    const prefixes = values.map(pathPrefix);
    return (p) => prefixes.some((prefix) => underPath(p.name, prefix, option === 'Recursive'));
  }
  const read = field(key);
  const option = f.Option ?? 'Equals';
  if (option !== 'Equals' && option !== 'BeginsWith' && option !== 'Contains')
    throw invalidFilterOption(option);
  return (p) => {
    const v = read(p);
    if (v === undefined) return false;
    return values.some((x) =>
      option === 'Equals' ? v === x : option === 'BeginsWith' ? v.startsWith(x) : v.includes(x),
    );
  };
}

function field(key: string): (p: StoredParameter) => string | undefined {
  if (key.startsWith('tag:')) {
    const tag = key.slice(4);
    return (p) => p.tags.find((t) => t.Key === tag)?.Value;
  }
  switch (key) {
    case 'Name':
      return (p) => p.name;
    case 'Type':
      return (p) => p.current.Type;
    case 'KeyId':
      return (p) => p.current.KeyId;
    case 'DataType':
      return (p) => p.current.DataType;
    case 'Tier':
      return (p) => p.current.Tier;
    default:
      throw invalidFilterKey(key);
  }
}
