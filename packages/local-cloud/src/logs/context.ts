// What every CloudWatch Logs operation receives besides its input: the store and the caller's region.
import type { Call } from '../protocol/call.js';
import type { LogsStore } from './store.js';

export class LogsContext {
  constructor(
    readonly store: LogsStore,
    private readonly call: Call,
  ) {}

  get region(): string {
    return this.call.region;
  }
}
