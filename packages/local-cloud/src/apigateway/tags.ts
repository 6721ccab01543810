// The tags of an API Gateway resource by ARN (`arn:aws:apigateway:<region>::/restapis/<id>/stages/<name>`,
// `/restapis/<id>`, `/apikeys/<id>`, `/usageplans/<id>`, `/apis/<id>`, `/apis/<id>/stages/<name>`): the
// record's own `tags` map, which TagResource, UntagResource and GetTags of both versions share.
import { notFound } from './errors.js';
import type { ApiGatewayStore } from './store.js';

type Tagged = { tags?: Record<string, string> } | { Tags?: Record<string, string> };

function holder(store: ApiGatewayStore, arn: string): Tagged | undefined {
  const m = /^arn:aws[\w-]*:apigateway:([^:]+)::(\/.+)$/.exec(arn);
  if (!m) return undefined;
  const [, region, path] = m;
  const parts = path.split('/').slice(1);
  if (parts[0] === 'restapis') {
    const api = store.restApis.get(region, parts[1]);
    if (parts.length === 2) return api?.api;
    if (parts.length === 4 && parts[2] === 'stages') return api?.stages.get(decodeURIComponent(parts[3]));
  }
  if (parts[0] === 'apis') {
    const api = store.httpApis.get(region, parts[1]);
    if (parts.length === 2) return api?.api;
    if (parts.length === 4 && parts[2] === 'stages') return api?.stages.get(decodeURIComponent(parts[3]));
  }
  if (parts[0] === 'apikeys' && parts.length === 2) return store.apiKeys.get(region, parts[1])?.key;
  if (parts[0] === 'usageplans' && parts.length === 2) return store.usagePlans.get(region, parts[1])?.plan;
  return undefined;
}

/** The live tag map of the resource (v1 records keep `tags`, v2 records `Tags`). */
export function tagsOf(store: ApiGatewayStore, arn: string | undefined): Record<string, string> {
  const h = arn ? holder(store, arn) : undefined;
  if (!h) throw notFound(`Invalid resource identifier specified ${String(arn)}`);
  const record = h as { tags?: Record<string, string>; Tags?: Record<string, string> };
  if ('ApiId' in record || 'StageName' in record) {
    record.Tags ??= {};
    return record.Tags;
  }
  record.tags ??= {};
  return record.tags;
}
