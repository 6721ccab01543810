// A destination function read through its own invocation records: Lambda invokes a destination function
// asynchronously with our record as its event, so the record the function got is the `requestPayload`
// of the function's own record. This wraps a tap of the function's destinations so that it hands over
// the inner records, as arrivals at the function.
import type { InvocationRecord } from '../types.js';
import { asRecord, type Tap, type TapContext } from './types.js';

/** The record a destination function received, from that function's own invocation record. */
export function innerRecord(outer: InvocationRecord): InvocationRecord | undefined {
  return asRecord(outer.requestPayload);
}

/** `tap` reads the function's records; the result reads ours, as arrivals at `functionArn`. */
export function nested(tap: Tap, functionArn: string, via: string): Tap {
  return {
    destinationArn: functionArn,
    type: 'lambda',
    via,
    run(ctx: TapContext) {
      return tap.run({
        ...ctx,
        isOurs: (outer) => {
          const inner = innerRecord(outer);
          return inner !== undefined && ctx.isOurs(inner);
        },
        onArrival: (a) => {
          const inner = innerRecord(a.record);
          if (inner) ctx.onArrival({ ...a, destinationArn: functionArn, record: inner });
        },
        onUnreadable: (u) => ctx.onUnreadable({ ...u, destinationArn: functionArn }),
        onInvoked: () => ctx.onInvoked?.(functionArn),
      });
    },
  };
}
