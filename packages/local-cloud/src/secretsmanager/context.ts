// What every Secrets Manager operation receives: the caller's region's and account's secrets.
import type { Call } from '../protocol/call.js';
import type { Operation } from '../protocol/service.js';
import { secretNotFound } from './errors.js';
import type { Secret } from './secret.js';
import { findSecret, type SecretsStore } from './store.js';

export class SecretsContext {
  readonly secrets: Map<string, Secret>;

  constructor(
    store: SecretsStore,
    private readonly call: Call,
  ) {
    this.secrets = store.of(call.region, call.accountId);
  }

  get region(): string {
    return this.call.region;
  }

  get accountId(): string {
    return this.call.accountId;
  }

  /** The secret SecretId names, or AWS's ResourceNotFoundException. */
  secret(id: string | undefined): Secret {
    const s = findSecret(this.secrets, id);
    if (!s) throw secretNotFound();
    return s;
  }
}

export type SecretsOperation<I, O> = Operation<SecretsContext, I, O>;
