// Reads serverless.yml enough to turn a function's logical name into its deployed name.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { ConfigError } from '../errors.js';
import { NAME_LIMITS, type ProducedName } from './nameLengths.js';

export interface ServerlessService {
  service: string;
  /** The stage the service would deploy to given the options: --stage, provider.stage, else dev. */
  stage: string;
  region?: string;
  /** Logical name -> deployed name. */
  functions: Record<string, string>;
  /** The names a deploy gives what AWS limits in length (see nameLengths.ts). */
  names: ProducedName[];
}

interface RawServerless {
  service?: string | { name?: string };
  provider?: { stage?: string; region?: string; role?: unknown; iam?: { role?: unknown } };
  params?: Record<string, Record<string, unknown>>;
  functions?: Record<string, { name?: string } | null>;
  resources?: { Resources?: Record<string, { Type?: string; Properties?: Record<string, unknown> } | null> };
}

const FILES = ['serverless.yml', 'serverless.yaml'];

export function serverlessFile(serviceDir: string): string | undefined {
  return FILES.map((f) => path.join(serviceDir, f)).find((f) => existsSync(f));
}

/** Reads serverless.yml of `serviceDir`, resolving the variables a function `name` usually holds. */
export async function readServerless(
  serviceDir: string,
  options: { stage?: string; region?: string; params?: Record<string, string> } = {},
): Promise<ServerlessService | undefined> {
  const file = serverlessFile(serviceDir);
  if (!file) return undefined;
  let raw: RawServerless;
  try {
    // CloudFormation tags (!Sub, !Ref, ...) only warn: their values are irrelevant here.
    raw = (parse(await readFile(file, 'utf8'), { logLevel: 'silent' }) ?? {}) as RawServerless;
  } catch (err) {
    throw new ConfigError(`cannot read ${file}: ${err instanceof Error ? err.message : String(err)}`);
  }
  const service = typeof raw.service === 'string' ? raw.service : (raw.service?.name ?? '');
  const ctx: Context = { raw, service, options, stage: 'dev' };
  const provStage = raw.provider?.stage;
  ctx.stage =
    options.stage ?? (typeof provStage === 'string' ? resolveVariables(provStage, ctx) : undefined) ?? 'dev';
  const serviceName = resolveVariables(service, ctx);
  ctx.service = serviceName;
  const functions: Record<string, string> = {};
  for (const [logical, fn] of Object.entries(raw.functions ?? {})) {
    functions[logical] =
      fn?.name !== undefined
        ? resolveVariables(String(fn.name), ctx)
        : `${serviceName}-${ctx.stage}-${logical}`;
  }
  const region = options.region ?? raw.provider?.region;
  const resolvedRegion = region ? resolveVariables(region, ctx) : undefined;
  return {
    service: serviceName,
    stage: ctx.stage,
    region: resolvedRegion,
    functions,
    names: producedNames(raw, ctx, functions, resolvedRegion ?? 'us-east-1'),
  };
}

/** The role the framework makes for the functions, their names, and the queues the resources name. */
function producedNames(
  raw: RawServerless,
  ctx: Context,
  functions: Record<string, string>,
  region: string,
): ProducedName[] {
  const names: ProducedName[] = Object.values(functions).map((name) => ({
    kind: 'function name',
    name,
    limit: NAME_LIMITS.function,
  }));
  const role = raw.provider?.iam?.role;
  const named = role && typeof role === 'object' ? (role as { name?: unknown }).name : undefined;
  if (typeof named === 'string') {
    names.push({ kind: 'IAM role name', name: resolveVariables(named, ctx), limit: NAME_LIMITS.role });
  } else if (names.length > 0 && raw.provider?.role === undefined && typeof role !== 'string') {
    // The framework's own role: `<service>-<stage>-<region>-lambdaRole` (its naming.getRoleName).
    const name = `${ctx.service}-${ctx.stage}-${region}-lambdaRole`;
    names.push({ kind: 'IAM role name', name, limit: NAME_LIMITS.role });
  }
  for (const r of Object.values(raw.resources?.Resources ?? {})) {
    const queueName = r?.Type === 'AWS::SQS::Queue' ? r.Properties?.QueueName : undefined;
    if (typeof queueName === 'string') {
      names.push({ kind: 'queue name', name: resolveVariables(queueName, ctx), limit: NAME_LIMITS.queue });
    }
  }
  // A name still holding a variable this reader does not resolve is not judged.
  return names.filter((n) => !n.name.includes('${'));
}

interface Context {
  raw: RawServerless;
  service: string;
  stage: string;
  options: { stage?: string; region?: string; params?: Record<string, string> };
}

/** Resolves `${sls:stage}`, `${opt:stage}`, `${self:...}`, `${param:...}` and fallbacks (`${opt:stage, 'dev'}`). */
export function resolveVariables(value: string, ctx: Context, depth = 0): string {
  if (depth > 10) return value;
  const out = value.replace(/\$\{([^${}]+)\}/g, (whole, inner: string) => {
    for (const source of inner.split(',').map((s) => s.trim())) {
      const v = lookup(source, ctx, depth);
      if (v !== undefined) return v;
    }
    return whole;
  });
  return out !== value && out.includes('${') ? resolveVariables(out, ctx, depth + 1) : out;
}

function lookup(source: string, ctx: Context, depth: number): string | undefined {
  const quoted = /^(['"])(.*)\1$/.exec(source);
  if (quoted) return quoted[2];
  if (source === 'sls:stage' || source === 'self:provider.stage') return ctx.stage;
  if (source === 'opt:stage') return ctx.options.stage;
  if (source === 'opt:region' || source === 'aws:region') return ctx.options.region;
  if (source === 'self:service') return ctx.service;
  if (source.startsWith('param:')) {
    const name = source.slice(6);
    const p =
      ctx.options.params?.[name] ?? ctx.raw.params?.[ctx.stage]?.[name] ?? ctx.raw.params?.default?.[name];
    return p === undefined ? undefined : String(p);
  }
  if (source.startsWith('self:')) {
    let node: unknown = ctx.raw;
    for (const k of source.slice(5).split('.')) node = (node as Record<string, unknown> | undefined)?.[k];
    if (typeof node === 'string') return resolveVariables(node, ctx, depth + 1);
    if (typeof node === 'number' || typeof node === 'boolean') return String(node);
  }
  return undefined;
}
