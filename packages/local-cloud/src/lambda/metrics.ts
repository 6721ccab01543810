// Lambda's CloudWatch metrics that are not counters of `cloud.count` (Invocations, Duration,
// ConcurrentExecutions and the asynchronous ones): one datapoint each time, under AWS/Lambda by
// FunctionName, in the function's region. A datapoint is a few numbers into CloudWatch's bounded store.
import type { LocalCloud } from '../cloud.js';
import type { LambdaFunction } from './store.js';

export type LambdaMetric =
  | 'Invocations'
  | 'Duration'
  | 'ConcurrentExecutions'
  | 'AsyncEventsReceived'
  | 'AsyncEventAge'
  | 'AsyncEventsDropped';

/** AWS's unit of each (docs/FIDELITY.md names the sources). */
const UNITS: Record<LambdaMetric, 'Count' | 'Milliseconds'> = {
  Invocations: 'Count',
  Duration: 'Milliseconds',
  ConcurrentExecutions: 'Count',
  AsyncEventsReceived: 'Count',
  AsyncEventAge: 'Milliseconds',
  AsyncEventsDropped: 'Count',
};

/** The dimensions of a function, made once: the invoke path sends several datapoints per invocation. */
const dimensions = new WeakMap<LambdaFunction, Record<string, string>>();

export function putLambdaMetric(
  cloud: LocalCloud,
  fn: LambdaFunction,
  name: LambdaMetric,
  value: number,
): void {
  let dims = dimensions.get(fn);
  if (!dims) {
    dims = { FunctionName: fn.name };
    dimensions.set(fn, dims);
  }
  cloud.putMetric('AWS/Lambda', name, dims, value, UNITS[name], fn.region);
}
