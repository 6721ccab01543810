// The pieces of CloudWatch that time would make slow to test through the API: the bounded datapoint
// store, and alarm evaluation at a given moment (missing data, M of N, the look-back of `missing`).
import type { MetricAlarm } from '@aws-sdk/client-cloudwatch';
import { describe, expect, it } from '@jest/globals';
import { evaluate, LOOK_BACK_PERIODS } from '../src/cloudwatch/evaluate.js';
import { type Datapoint, MetricStore } from '../src/cloudwatch/metricStore.js';

const MINUTE = 60_000;
const T0 = Date.UTC(2026, 2, 9, 12, 0, 0);
const point = (time: number, value: number): Datapoint => ({
  time,
  unit: 'Count',
  sampleCount: 1,
  sum: value,
  min: value,
  max: value,
  values: [[value, 1]],
});

describe('the metric store', () => {
  it('drops the datapoints received first once it holds its limit, and forgets emptied metrics', () => {
    const store = new MetricStore(3);
    store.put('r', 'N', 'old', [], point(T0, 1));
    store.put('r', 'N', 'new', [], point(T0, 2));
    store.put('r', 'N', 'new', [], point(T0, 3));
    store.put('r', 'N', 'new', [], point(T0, 4));
    expect(store.size).toBe(3);
    expect(store.find('r', 'N', 'old', [])).toBeUndefined();
    expect(store.list('r').map((s) => s.name)).toEqual(['new']);
  });

  it('names a metric by its dimensions as a set, in any order', () => {
    const store = new MetricStore();
    store.put(
      'r',
      'N',
      'm',
      [
        { Name: 'b', Value: '2' },
        { Name: 'a', Value: '1' },
      ],
      point(T0, 1),
    );
    expect(
      store.find('r', 'N', 'm', [
        { Name: 'a', Value: '1' },
        { Name: 'b', Value: '2' },
      ]),
    ).toBeDefined();
    expect(store.find('r', 'N', 'm', [{ Name: 'a', Value: '1' }])).toBeUndefined();
  });
});

const alarm = (extra: Partial<MetricAlarm> = {}): MetricAlarm => ({
  AlarmName: 'a',
  Namespace: 'N',
  MetricName: 'm',
  Dimensions: [],
  Statistic: 'Sum',
  Period: 60,
  EvaluationPeriods: 3,
  Threshold: 1,
  ComparisonOperator: 'GreaterThanOrEqualToThreshold',
  ...extra,
});

/** A store whose metric has the given values in the minutes before T0 (index 0 = the minute of T0). */
function seriesWith(values: (number | undefined)[]) {
  const store = new MetricStore();
  values.forEach((v, i) => {
    if (v !== undefined) store.put('r', 'N', 'm', [], point(T0 - i * MINUTE + 1000, v));
  });
  return store.find('r', 'N', 'm', []);
}

describe('alarm evaluation', () => {
  const now = T0 + 30_000;

  it('goes to ALARM with DatapointsToAlarm of the last EvaluationPeriods breaching', () => {
    const v = evaluate(alarm({ DatapointsToAlarm: 2 }), seriesWith([1, 0, 1]), now, 'OK');
    expect(v?.state).toBe('ALARM');
    expect(v?.reason).toMatch(
      /^Threshold Crossed: 2 out of the last 3 datapoints \[1\.0 \(09\/03\/26 12:00:00\), 1\.0 \(09\/03\/26 11:58:00\)\]/,
    );
    expect(evaluate(alarm({ DatapointsToAlarm: 3 }), seriesWith([1, 0, 1]), now, 'OK')?.state).toBe('OK');
  });

  it('with missing data (the default) uses the newest datapoints of a longer range, else INSUFFICIENT_DATA', () => {
    const old = Array<number | undefined>(LOOK_BACK_PERIODS + 2).fill(undefined);
    old[LOOK_BACK_PERIODS + 1] = 5;
    const oneAgo = [undefined, 5];
    expect(evaluate(alarm({ EvaluationPeriods: 1 }), seriesWith(oneAgo), now, 'OK')?.state).toBe('ALARM');
    const v = evaluate(alarm({ EvaluationPeriods: 1 }), seriesWith(old), now, 'ALARM');
    expect(v).toMatchObject({
      state: 'INSUFFICIENT_DATA',
      reason: 'Insufficient Data: 1 datapoint was unknown.',
    });
  });

  it('keeps the state with TreatMissingData ignore and no data, and counts missing data as told otherwise', () => {
    expect(evaluate(alarm({ TreatMissingData: 'ignore' }), undefined, now, 'ALARM')).toBeUndefined();
    expect(evaluate(alarm({ TreatMissingData: 'breaching' }), undefined, now, 'OK')?.state).toBe('ALARM');
    expect(evaluate(alarm({ TreatMissingData: 'notBreaching' }), undefined, now, 'ALARM')?.state).toBe('OK');
  });

  it('does not evaluate metric math or anomaly bands', () => {
    const math = alarm({
      MetricName: undefined,
      Namespace: undefined,
      Statistic: undefined,
      Period: undefined,
      Metrics: [
        { Id: 'e', Expression: 'm1 * 2' },
        { Id: 'm1', ReturnData: false },
      ],
    });
    expect(evaluate(math, seriesWith([5]), now, 'INSUFFICIENT_DATA')).toBeUndefined();
    expect(
      evaluate(
        alarm({ ComparisonOperator: 'LessThanLowerOrGreaterThanUpperThreshold' }),
        seriesWith([5]),
        now,
        'OK',
      ),
    ).toBeUndefined();
  });
});
