// What every SSM operation receives: the caller's region's and account's parameters.
import type { Call } from '../protocol/call.js';
import type { Operation } from '../protocol/service.js';
import type { SsmStore, StoredParameter } from './store.js';

export class SsmContext {
  readonly parameters: Map<string, StoredParameter>;

  constructor(
    store: SsmStore,
    private readonly call: Call,
  ) {
    this.parameters = store.of(call.region, call.accountId);
  }

  get region(): string {
    return this.call.region;
  }

  get accountId(): string {
    return this.call.accountId;
  }

  /** Who changed a parameter, as LastModifiedUser shows it (the local cloud has one identity). */
  get user(): string {
    return `arn:aws:iam::${this.call.accountId}:root`;
  }
}

export type SsmOperation<I, O> = Operation<SsmContext, I, O>;
