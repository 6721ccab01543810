// What v1 answers for a resource: its methods in full only when `embed=methods` asks (GetResources), else
// each method as an empty object, as API Gateway lists them.
import type { Method, Resource } from '@aws-sdk/client-api-gateway';
import type { ResourceRecord } from '../store.js';

export function resourceView(r: ResourceRecord, embedMethods: boolean): Resource {
  const out: Resource = { id: r.id };
  if (r.parentId) out.parentId = r.parentId;
  if (r.pathPart !== undefined) out.pathPart = r.pathPart;
  out.path = r.path;
  if (r.methods.size > 0) {
    const methods: Record<string, Method> = {};
    for (const [verb, m] of r.methods) methods[verb] = embedMethods ? m : {};
    out.resourceMethods = methods;
  }
  return out;
}
