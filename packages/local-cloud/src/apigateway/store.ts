// API Gateway's records per region: REST APIs (v1) with their resource tree, methods, deployments and
// stages; HTTP and WebSocket APIs (v2) with their routes, integrations, stages and deployments; and
// v1's account-wide API keys, usage plans and settings. Kept in the SDK's own shapes.
import type {
  Account,
  ApiKey,
  Authorizer,
  Deployment,
  Method,
  Model,
  RequestValidator,
  RestApi,
  Stage,
  UsagePlan,
  UsagePlanKey,
} from '@aws-sdk/client-api-gateway';
import type * as v2 from '@aws-sdk/client-apigatewayv2';

export interface ResourceRecord {
  id: string;
  parentId?: string;
  pathPart?: string;
  /** `/`, `/items`, `/items/{id}`. */
  path: string;
  methods: Map<string, Method>;
}

export interface RestApiRecord {
  region: string;
  api: RestApi & { id: string; rootResourceId: string };
  resources: Map<string, ResourceRecord>;
  deployments: Map<string, Deployment & { id: string }>;
  stages: Map<string, Stage & { stageName: string }>;
  authorizers: Map<string, Authorizer & { id: string }>;
  validators: Map<string, RequestValidator & { id: string }>;
  models: Map<string, Model & { name: string }>;
}

export interface HttpApiRecord {
  region: string;
  api: v2.Api & { ApiId: string };
  routes: Map<string, v2.Route & { RouteId: string }>;
  integrations: Map<string, v2.Integration & { IntegrationId: string }>;
  stages: Map<string, v2.Stage & { StageName: string }>;
  deployments: Map<string, v2.Deployment & { DeploymentId: string }>;
  authorizers: Map<string, v2.Authorizer & { AuthorizerId: string }>;
}

export interface UsagePlanRecord {
  region: string;
  plan: UsagePlan & { id: string };
  keys: Map<string, UsagePlanKey & { id: string }>;
}

const key = (region: string, id: string) => `${region}\u0000${id}`;

/** One map per kind, keyed by region and id. */
class Regional<T extends { region: string }> {
  private readonly items = new Map<string, T>();

  get(region: string, id: string): T | undefined {
    return this.items.get(key(region, id));
  }

  has(region: string, id: string): boolean {
    return this.items.has(key(region, id));
  }

  set(region: string, id: string, item: T): void {
    this.items.set(key(region, id), item);
  }

  delete(region: string, id: string): boolean {
    return this.items.delete(key(region, id));
  }

  list(region: string): T[] {
    return [...this.items.values()].filter((i) => i.region === region);
  }
}

export class ApiGatewayStore {
  readonly restApis = new Regional<RestApiRecord>();
  readonly httpApis = new Regional<HttpApiRecord>();
  readonly apiKeys = new Regional<{ region: string; key: ApiKey & { id: string } }>();
  readonly usagePlans = new Regional<UsagePlanRecord>();
  /** The account's API Gateway settings per region (GetAccount, UpdateAccount). */
  readonly accounts = new Map<string, Account>();

  /** The region's settings, with API Gateway's defaults until updated. */
  account(region: string): Account {
    let a = this.accounts.get(region);
    if (!a) {
      a = {
        throttleSettings: { burstLimit: 5000, rateLimit: 10000 },
        features: ['UsagePlans'],
        apiKeyVersion: '4',
      };
      this.accounts.set(region, a);
    }
    return a;
  }

  /** API ids are unique across both kinds of API (they share the execute-api host names). */
  apiIdTaken(region: string, id: string): boolean {
    return this.restApis.has(region, id) || this.httpApis.has(region, id);
  }
}
