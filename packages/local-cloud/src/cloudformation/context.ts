// What every CloudFormation operation receives besides its input: the stack engine (built at the API's
// first request that needs it) and the call (who asks, in which region).
import type { LocalCloud } from '../cloud.js';
import type { Call } from '../protocol/call.js';
import type { Operation } from '../protocol/service.js';
import type { StackEngine } from '../stacks/engine.js';

export class CloudFormationContext {
  constructor(
    private readonly engineOf: () => Promise<StackEngine>,
    private readonly call: Call,
  ) {}

  get region(): string {
    return this.call.region;
  }

  get cloud(): LocalCloud {
    return this.call.cloud;
  }

  /** The stack engine; loading it (and the SDK clients its resource handlers drive) waits for a first use. */
  engine(): Promise<StackEngine> {
    return this.engineOf();
  }
}

export type CloudFormationOperation<I, O> = Operation<CloudFormationContext, I, O>;
