// The metrics of the local cloud: timestamped datapoints per region, namespace, metric name and
// dimension set, bounded in size (the datapoints received first are dropped first).
import type { Dimension } from '@aws-sdk/client-cloudwatch';
import { Deque } from '../sqs/deque.js';

/** How many datapoints the store keeps in all; docs/FIDELITY.md states it. */
export const MAX_DATAPOINTS = 100_000;

/** One PutMetricData datum (or one count of the local cloud's own), already summarised. */
export interface Datapoint {
  /** Epoch milliseconds of the datum's timestamp. */
  time: number;
  sampleCount: number;
  sum: number;
  min: number;
  max: number;
  unit: string;
  /** The raw values and how often each was seen (percentiles need them; a StatisticSet has none). */
  values?: [value: number, count: number][];
}

export interface Series {
  region: string;
  namespace: string;
  name: string;
  /** Sorted by name: CloudWatch treats a metric's dimensions as a set. */
  dimensions: Dimension[];
  key: string;
  /** In the order received. */
  points: Deque<Datapoint>;
  /** When the last datapoint arrived (ListMetrics' RecentlyActive). */
  lastReceived: number;
}

/** A metric's identity within a region. */
export function seriesKey(namespace: string, name: string, dimensions: readonly Dimension[]): string {
  const dims = sortDimensions(dimensions)
    .map((d) => `${d.Name}=${d.Value}`)
    .join('\u0001');
  return `${namespace}\u0000${name}\u0000${dims}`;
}

export function sortDimensions(dimensions: readonly Dimension[]): Dimension[] {
  return [...dimensions].sort((a, b) => ((a.Name ?? '') < (b.Name ?? '') ? -1 : 1));
}

export class MetricStore {
  private readonly series = new Map<string, Series>();
  /** One entry per stored datapoint, in arrival order, naming its series (the eviction order). */
  private readonly arrivals = new Deque<Series>();
  private readonly listeners: ((series: Series) => void)[] = [];

  constructor(readonly limit = MAX_DATAPOINTS) {}

  /** Called after every datapoint stored (alarms on that metric re-evaluate). */
  onPut(listener: (series: Series) => void): void {
    this.listeners.push(listener);
  }

  put(
    region: string,
    namespace: string,
    name: string,
    dimensions: readonly Dimension[],
    point: Datapoint,
  ): void {
    const key = `${region}\u0000${seriesKey(namespace, name, dimensions)}`;
    let s = this.series.get(key);
    if (!s) {
      s = {
        region,
        namespace,
        name,
        dimensions: sortDimensions(dimensions),
        key,
        points: new Deque(),
        lastReceived: 0,
      };
      this.series.set(key, s);
    }
    s.points.push(point);
    s.lastReceived = Date.now();
    this.arrivals.push(s);
    while (this.arrivals.length > this.limit) this.evictOldest();
    for (const l of this.listeners) l(s);
  }

  find(
    region: string,
    namespace: string,
    name: string,
    dimensions: readonly Dimension[],
  ): Series | undefined {
    return this.series.get(`${region}\u0000${seriesKey(namespace, name, dimensions)}`);
  }

  /** Every metric of a region that still holds datapoints. */
  list(region: string): Series[] {
    return [...this.series.values()].filter((s) => s.region === region);
  }

  get size(): number {
    return this.arrivals.length;
  }

  private evictOldest(): void {
    const s = this.arrivals.shift();
    if (!s) return;
    s.points.shift();
    if (s.points.length === 0) this.series.delete(s.key);
  }
}

/** The datapoints of a series in `[from, to)`, of one unit when given. */
export function pointsIn(s: Series, from: number, to: number, unit?: string): Datapoint[] {
  const out: Datapoint[] = [];
  for (let i = 0; i < s.points.length; i++) {
    const p = s.points.at(i) as Datapoint;
    if (p.time >= from && p.time < to && (unit === undefined || p.unit === unit)) out.push(p);
  }
  return out;
}
