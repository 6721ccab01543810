// What every CloudWatch operation receives besides its input: the metric and alarm stores, the engine
// that keeps alarm states, and who asks in which region.
import type { Call } from '../protocol/call.js';
import type { Operation } from '../protocol/service.js';
import type { AlarmEngine } from './alarmEngine.js';

export class CloudWatchContext {
  constructor(
    readonly engine: AlarmEngine,
    private readonly call: Call,
  ) {}

  get metrics() {
    return this.engine.metrics;
  }

  get alarms() {
    return this.engine.alarms;
  }

  get region(): string {
    return this.call.region;
  }

  get accountId(): string {
    return this.call.accountId;
  }

  alarmArn(name: string): string {
    return `arn:aws:cloudwatch:${this.region}:${this.accountId}:alarm:${name}`;
  }
}

export type CloudWatchOperation<I, O> = Operation<CloudWatchContext, I, O>;
