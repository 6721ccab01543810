// The internal API other services record metrics through: a datapoint straight into the store, AWS
// namespaces allowed (they are how AWS's own services publish).
import type { CloudWatchInternal } from '../internal.js';
import type { MetricStore } from './metricStore.js';

export function cloudWatchInternal(store: MetricStore): CloudWatchInternal {
  return {
    putMetric(region, namespace, name, dimensions, value, unit = 'None') {
      store.put(
        region,
        namespace,
        name,
        Object.entries(dimensions).map(([Name, Value]) => ({ Name, Value })),
        { time: Date.now(), sampleCount: 1, sum: value, min: value, max: value, unit, values: [[value, 1]] },
      );
    },
  };
}
