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

/** Routing facts of services not yet on the one operation contract (they list what they serve by hand). */
const LEGACY_TARGETS: Record<string, string> = {
  AmazonSQS: 'sqs',
  AWSEvents: 'events',
  Logs_20140328: 'logs',
  AWSSecurityTokenServiceV20110615: 'sts',
};
const LEGACY_ACTIONS: [RegExp, string][] = [
  [
    /^(CreateTopic|DeleteTopic|ListTopics|GetTopicAttributes|SetTopicAttributes|Subscribe|Unsubscribe|ListSubscriptions|ListSubscriptionsByTopic|GetSubscriptionAttributes|SetSubscriptionAttributes|Publish|PublishBatch|ConfirmSubscription|TagResource|UntagResource|ListTagsForResource)$/,
    'sns',
  ],
  [/^(GetCallerIdentity|AssumeRole|GetSessionToken)$/, 'sts'],
  [/Role|Policy|User|Simulate/, 'iam'],
];
const LEGACY_PATH = /^\/20\d\d-\d\d-\d\d\/(functions|event-source-mappings|tags|layers|account-settings)/;

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
  private readonly targets = new Map<string, string>(Object.entries(LEGACY_TARGETS));
  private readonly actions = new Map<string, string>();
  private readonly restFaces: [string, Face][] = [];

  constructor(services: Iterable<Service>) {
    for (const service of services) {
      for (const face of service.faces ?? []) {
        if (face.targetPrefix) this.targets.set(face.targetPrefix, service.name);
        // The first service to serve an action keeps it: an unsigned request can't say more.
        for (const action of face.actions ?? [])
          if (!this.actions.has(action)) this.actions.set(action, service.name);
        // S3 answers any path: it is the fallback, never a candidate here.
        if (face.matchesPath && service.name !== 's3') this.restFaces.push([service.name, face]);
      }
    }
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
    if (LEGACY_PATH.test(facts.path) && !this.restFaces.some(([s]) => s === 'lambda'))
      return { service: 'lambda' };

    const action = facts.formAction();
    if (action) {
      const service = this.actions.get(action);
      if (service) return { service };
      for (const [pattern, legacy] of LEGACY_ACTIONS) if (pattern.test(action)) return { service: legacy };
    }
    return { service: 's3' };
  }
}
