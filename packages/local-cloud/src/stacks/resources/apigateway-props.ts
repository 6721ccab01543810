// Template values as API Gateway's API takes them: maps of booleans and strings, lists, and the stage
// method settings turned into UpdateStage patch operations. Shared by the AWS::ApiGateway* handlers.
import type { PatchOperation } from '@aws-sdk/client-api-gateway';

type Props = Record<string, unknown>;

export const list = (v: unknown): string[] | undefined => (Array.isArray(v) ? v.map(String) : undefined);

/** `{ "method.request.header.X": "true" }` -> booleans (templates often hold strings). */
export function boolMap(v: unknown): Record<string, boolean> | undefined {
  if (!v || typeof v !== 'object') return undefined;
  return Object.fromEntries(Object.entries(v).map(([k, b]) => [k, b === true || b === 'true']));
}

export function stringMap(v: unknown): Record<string, string> | undefined {
  if (!v || typeof v !== 'object') return undefined;
  return Object.fromEntries(Object.entries(v).map(([k, s]) => [k, String(s)]));
}

/** JSON documents (a policy, a model schema) may be written as objects in the template. */
export const jsonString = (v: unknown): string | undefined =>
  v === undefined || v === '' ? undefined : typeof v === 'string' ? v : JSON.stringify(v);

const SETTINGS: [string, string][] = [
  ['MetricsEnabled', 'metrics/enabled'],
  ['LoggingLevel', 'logging/loglevel'],
  ['DataTraceEnabled', 'logging/dataTrace'],
  ['ThrottlingBurstLimit', 'throttling/burstLimit'],
  ['ThrottlingRateLimit', 'throttling/rateLimit'],
  ['CachingEnabled', 'caching/enabled'],
  ['CacheTtlInSeconds', 'caching/ttlInSeconds'],
  ['CacheDataEncrypted', 'caching/dataEncrypted'],
];

/** A stage's MethodSettings and AccessLogSetting as UpdateStage's patch operations. */
export function stagePatches(p: Props): PatchOperation[] {
  const ops: PatchOperation[] = [];
  for (const s of (p.MethodSettings as Props[] | undefined) ?? []) {
    const path = String(s.ResourcePath ?? '/*');
    const resource = path === '/*' ? '*' : path.replace(/~/g, '~0').replace(/\//g, '~1');
    const prefix = `/${resource}/${String(s.HttpMethod ?? '*')}`;
    for (const [prop, suffix] of SETTINGS)
      if (s[prop] !== undefined)
        ops.push({ op: 'replace', path: `${prefix}/${suffix}`, value: String(s[prop]) });
  }
  const log = p.AccessLogSetting as Props | undefined;
  if (log?.DestinationArn !== undefined)
    ops.push({ op: 'replace', path: '/accessLogSettings/destinationArn', value: String(log.DestinationArn) });
  if (log?.Format !== undefined)
    ops.push({ op: 'replace', path: '/accessLogSettings/format', value: String(log.Format) });
  return ops;
}
