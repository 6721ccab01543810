// Which service a request is for: the SigV4 credential scope, then X-Amz-Target, then the form's Action,
// then the path. The targets, actions and paths are learned from the services' own faces, so they
// cannot drift from what the services serve.
import type { IncomingHttpHeaders } from 'node:http';
import type { Service } from './cloud.js';
import type { Face } from './protocol/service.js';

export interface Route {
  service: string;
  region?: string;
}

/** Reads `Credential=AKID/20260101/us-east-1/sqs/aws4_request` from the Authorization header or query. */
export function credentialScope(headers: IncomingHttpHeaders, query: URLSearchParams): Route | undefined {
  const auth = String(headers.authorization ?? '');
  const m = /Credential=[^/,\s]+\/\d{8}\/([^/]+)\/([^/]+)\/aws4_request/.exec(auth);
  if (m) return { region: m[1], service: m[2] };
  const q = query.get('X-Amz-Credential');
  const parts = q?.split('/');
  if (parts && parts.length >= 5) return { region: parts[2], service: parts[3] };
  return undefined;
}

/** The request facts the router looks at; the form's Action is read only when nothing else decided. */
export interface RoutingFacts {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  query: URLSearchParams;
  formAction: () => string | undefined;
}

export class Router {
  private readonly targets = new Map<string, string>();
  private readonly actions = new Map<string, string>();
  private readonly restFaces: [string, Face][] = [];

  constructor(services: Iterable<Service>) {
    const unserved: [string, string][] = [];
    for (const service of services) {
      for (const face of service.faces) {
        if (face.targetPrefix) this.targets.set(face.targetPrefix, service.name);
        // An unsigned request can't say more than its Action: a service that serves it keeps it, and
        // one that only knows it (and answers 501) gets it when no other serves it.
        for (const [action, served] of face.actions ?? []) {
          if (!served) unserved.push([action, service.name]);
          else if (!this.actions.has(action)) this.actions.set(action, service.name);
        }
        // S3 answers any path: it is the fallback, never a candidate here.
        if (face.matchesPath && service.name !== 's3') this.restFaces.push([service.name, face]);
      }
    }
    for (const [action, service] of unserved)
      if (!this.actions.has(action)) this.actions.set(action, service);
  }

  route(facts: RoutingFacts): Route {
    const scope = credentialScope(facts.headers, facts.query);
    if (scope) return scope;

    const target = String(facts.headers['x-amz-target'] ?? '');
    if (target) {
      const service = this.targets.get(target.slice(0, target.indexOf('.')));
      if (service) return { service };
    }
    for (const [service, face] of this.restFaces)
      if (face.matchesPath?.(facts.method, facts.path)) return { service };

    const action = facts.formAction();
    if (action) {
      const service = this.actions.get(action);
      if (service) return { service };
    }
    return { service: 's3' };
  }
}
