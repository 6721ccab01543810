// CreateResource: a path part under a parent resource; its path is the parent's plus the part.
import type { CreateResourceRequest, Resource } from '@aws-sdk/client-api-gateway';
import type { ApiGatewayContext } from '../context.js';
import { badRequest, conflict, missing } from '../errors.js';
import { newId, SHORT_ID_LENGTH } from '../ids.js';
import { resourceView } from './views.js';

/** A literal part, `{param}` or a greedy `{proxy+}`, as API Gateway allows. */
const PATH_PART = /^([a-zA-Z0-9._:-]+|\{[a-zA-Z0-9._-]+\+?\})$/;

export function createResource(ctx: ApiGatewayContext, input: CreateResourceRequest): Resource {
  const api = ctx.restApi(input.restApiId);
  const parent = ctx.resource(api, input.parentId);
  const part = input.pathPart;
  if (!part) throw missing('pathPart');
  if (!PATH_PART.test(part)) {
    throw badRequest(
      "Resource's path part only allow a-zA-Z0-9._- and curly braces at the beginning and the end and an optional plus sign before the closing brace.",
    );
  }
  for (const r of api.resources.values()) {
    if (r.parentId === parent.id && r.pathPart === part)
      throw conflict(`Another resource with the same parent already has this name: ${part}`);
  }
  const id = newId(SHORT_ID_LENGTH, (x) => api.resources.has(x));
  const record = {
    id,
    parentId: parent.id,
    pathPart: part,
    path: parent.path === '/' ? `/${part}` : `${parent.path}/${part}`,
    methods: new Map(),
  };
  api.resources.set(id, record);
  return resourceView(record, true);
}
