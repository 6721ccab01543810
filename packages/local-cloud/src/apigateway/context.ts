// What every API Gateway operation receives besides its input: the store, who asks in which region, and
// lookups that answer API Gateway's NotFoundException for an unknown identifier.
import type { Call } from '../protocol/call.js';
import type { Operation } from '../protocol/service.js';
import { invalidIdentifier, v2NotFound } from './errors.js';
import type { ApiGatewayStore, HttpApiRecord, ResourceRecord, RestApiRecord } from './store.js';

export class ApiGatewayContext {
  constructor(
    readonly store: ApiGatewayStore,
    private readonly call: Call,
  ) {}

  get region(): string {
    return this.call.region;
  }

  get accountId(): string {
    return this.call.accountId;
  }

  restApi(id: string | undefined): RestApiRecord {
    const api = id ? this.store.restApis.get(this.region, id) : undefined;
    if (!api) throw invalidIdentifier('API', this.accountId, String(id));
    return api;
  }

  resource(api: RestApiRecord, id: string | undefined): ResourceRecord {
    const r = id ? api.resources.get(id) : undefined;
    if (!r) throw invalidIdentifier('Resource', this.accountId, String(id));
    return r;
  }

  httpApi(id: string | undefined): HttpApiRecord {
    const api = id ? this.store.httpApis.get(this.region, id) : undefined;
    if (!api) throw v2NotFound('API', String(id));
    return api;
  }

  /** `https://<id>.execute-api.<region>.amazonaws.com`, the host both kinds of API answer on. */
  executeApiHost(id: string): string {
    const suffix = this.region.startsWith('cn-') ? 'amazonaws.com.cn' : 'amazonaws.com';
    return `${id}.execute-api.${this.region}.${suffix}`;
  }
}

export type ApiGatewayOperation<I, O> = Operation<ApiGatewayContext, I, O>;
