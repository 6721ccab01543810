// The options shared by `verify`, `e2e` and `doctor`, parsed into VerifyOptions.
import type { ParseArgsConfig } from 'node:util';
import { isStageName, STAGE_RULE } from '@destinations-action/deploy';
import type { Cloud, VerifyOptions } from '../types.js';
import { UsageError } from './usage.js';

export const COMMON_OPTIONS = {
  stage: { type: 'string', short: 's' },
  region: { type: 'string', short: 'r' },
  cloud: { type: 'string' },
  endpoint: { type: 'string' },
  param: { type: 'string', multiple: true },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options'];

export const RUN_OPTIONS = {
  ...COMMON_OPTIONS,
  timeout: { type: 'string' },
  json: { type: 'string' },
  markdown: { type: 'string' },
  'fail-on-duplicates': { type: 'boolean' },
  concurrency: { type: 'string' },
  'state-file': { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
} as const satisfies ParseArgsConfig['options'];

export function parseCloud(value: string | undefined, fallback: Cloud): Cloud {
  if (value === undefined) return fallback;
  if (value !== 'aws' && value !== 'local')
    throw new UsageError(`--cloud must be aws or local; got '${value}'`);
  return value;
}

export function parseParams(values: string[] | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const v of values ?? []) {
    const i = v.indexOf('=');
    if (i <= 0) throw new UsageError(`--param must be key=value; got '${v}'`);
    out[v.slice(0, i)] = v.slice(i + 1);
  }
  return out;
}

export function parsePositive(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0)
    throw new UsageError(`--${name} must be a positive number; got '${value}'`);
  return n;
}

export function parseTimeScale(value: string | undefined): number | undefined {
  const timeScale = value === undefined ? undefined : Number(value);
  if (timeScale !== undefined && !(timeScale > 0))
    throw new UsageError(`--time-scale must be a positive number; got '${value}'`);
  return timeScale;
}

/** As the Action's 'stage' input: checked before anything is packaged or deployed. */
export function parseStage(value: string | undefined): string | undefined {
  if (value !== undefined && !isStageName(value))
    throw new UsageError(`--stage must be ${STAGE_RULE}; got '${value}'`);
  return value;
}

export function common(values: {
  stage?: string;
  region?: string;
  endpoint?: string;
  param?: string[];
}): Pick<VerifyOptions, 'stage' | 'region' | 'endpoint' | 'params'> {
  return {
    stage: parseStage(values.stage),
    region: values.region,
    endpoint: values.endpoint,
    params: parseParams(values.param),
  };
}
