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
  private readonly queryFaces: [string, Face][] = [];
  private readonly restFaces: [string, Face][] = [];

  constructor(services: Iterable<Service>) {
    for (const service of services) {
      for (const face of service.faces) {
        if (face.targetPrefix) this.targets.set(face.targetPrefix, service.name);
        if (!face.knows) continue;
        if (face.protocol === 'awsQuery') this.queryFaces.push([service.name, face]);
        // S3 answers any path: it is the fallback, never asked.
        else if (service.name !== 's3') this.restFaces.push([service.name, face]);
      }
    }
  }

  /** Signed and JSON requests are routed at once; the rest ask the faces, which may load their models. */
  route(facts: RoutingFacts): Route | Promise<Route> {
    const scope = credentialScope(facts.headers, facts.query);
    if (scope) return scope;
    const target = String(facts.headers['x-amz-target'] ?? '');
    if (target) {
      const service = this.targets.get(target.slice(0, target.indexOf('.')));
      if (service) return { service };
    }
    return this.ask(facts);
  }

  private async ask(facts: RoutingFacts): Promise<Route> {
    const action = facts.formAction();
    if (action) {
      // A service that serves the Action keeps it; one that only knows it (and answers 501) gets it
      // when no other serves it.
      let known: string | undefined;
      for (const [service, face] of this.queryFaces) {
        const answer = await face.knows?.({ method: facts.method, path: facts.path, action });
        if (answer === 'serves') return { service };
        if (answer === 'knows') known ??= service;
      }
      if (known) return { service: known };
    }
    for (const [service, face] of this.restFaces)
      if (await face.knows?.({ method: facts.method, path: facts.path })) return { service };
    return { service: 's3' };
  }
}
