// Lambda's own metrics in CloudWatch, read back with GetMetricStatistics through the SDK after
// asynchronous invocations that succeed, fail (with a retry) and meet zero reserved concurrency, and a
// synchronous one: Invocations, Duration, ConcurrentExecutions, AsyncEventsReceived, AsyncEventAge and
// AsyncEventsDropped under AWS/Lambda by FunctionName, with AWS's units.
import {
  CloudWatchClient,
  type Datapoint,
  GetMetricStatisticsCommand,
  type Statistic,
} from '@aws-sdk/client-cloudwatch';
import { InvokeCommand, PutFunctionConcurrencyCommand } from '@aws-sdk/client-lambda';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { clientConfig } from './fixtures/cloud.js';
import {
  configureDestinations,
  createFunction,
  createQueue,
  invokeEvent,
  receive,
  useHarness,
} from './fixtures/destinations/harness.js';

const h = useHarness();
let cw: CloudWatchClient;
const STATS: Statistic[] = ['Sum', 'SampleCount', 'Minimum', 'Maximum'];

/** Every datapoint of the metric in the last hour, whatever the minute boundaries. */
async function points(name: string, fn: string): Promise<Datapoint[]> {
  const now = Date.now();
  const out = await cw.send(
    new GetMetricStatisticsCommand({
      Namespace: 'AWS/Lambda',
      MetricName: name,
      Dimensions: [{ Name: 'FunctionName', Value: fn }],
      StartTime: new Date(now - 3_600_000),
      EndTime: new Date(now + 60_000),
      Period: 60,
      Statistics: STATS,
    }),
  );
  return out.Datapoints ?? [];
}

/** The points summed up: total, count, extremes, and the units seen. */
async function summary(name: string, fn: string) {
  const p = await points(name, fn);
  return {
    sum: p.reduce((n, d) => n + (d.Sum ?? 0), 0),
    count: p.reduce((n, d) => n + (d.SampleCount ?? 0), 0),
    min: Math.min(...p.map((d) => d.Minimum ?? Number.POSITIVE_INFINITY)),
    max: Math.max(...p.map((d) => d.Maximum ?? Number.NEGATIVE_INFINITY)),
    units: [...new Set(p.map((d) => d.Unit))],
  };
}

beforeAll(async () => {
  cw = new CloudWatchClient(clientConfig(h.cloud.url));
  const done = await createQueue(h, 'metrics-done');
  await createFunction(h, 'm-ok', 'node');
  await createFunction(h, 'm-fail', 'node');
  await createFunction(h, 'm-zero', 'node');
  await configureDestinations(h, 'm-ok', 0, { onSuccess: done.arn });
  await configureDestinations(h, 'm-fail', 1, { onFailure: done.arn });
  await configureDestinations(h, 'm-zero', 0, { onFailure: done.arn });
  await h.lambda.send(
    new PutFunctionConcurrencyCommand({ FunctionName: 'm-zero', ReservedConcurrentExecutions: 0 }),
  );
  for (let i = 0; i < 3; i++) await invokeEvent(h, 'm-ok', `{"n":${i}}`);
  for (let i = 0; i < 2; i++) await invokeEvent(h, 'm-fail', `{"fail":true,"n":${i}}`);
  await invokeEvent(h, 'm-zero', '{}');
  await h.lambda.send(new InvokeCommand({ FunctionName: 'm-ok', Payload: Buffer.from('{"sync":true}') }));
  await h.lambda
    .send(new InvokeCommand({ FunctionName: 'm-zero', Payload: Buffer.from('{}') }))
    .catch(() => {});
  // 3 successes, 2 failures after their retry, 1 zero-concurrency failure: every event is done.
  await receive(h, done, 6);
});
afterAll(() => cw.destroy());

describe('AWS/Lambda metrics by FunctionName', () => {
  it('Invocations (Count): every run, sync and async, each retry too; throttles none', async () => {
    expect(await summary('Invocations', 'm-ok')).toMatchObject({ sum: 4, count: 4, units: ['Count'] });
    expect(await summary('Invocations', 'm-fail')).toMatchObject({ sum: 4, units: ['Count'] });
    expect(await points('Invocations', 'm-zero')).toEqual([]);
  });

  it('Duration (Milliseconds): one per run', async () => {
    const d = await summary('Duration', 'm-ok');
    expect(d).toMatchObject({ count: 4, units: ['Milliseconds'] });
    expect(d.min).toBeGreaterThanOrEqual(0);
  });

  it('ConcurrentExecutions (Count): the function’s runs in progress as each starts', async () => {
    const c = await summary('ConcurrentExecutions', 'm-ok');
    expect(c).toMatchObject({ count: 4, min: 1, units: ['Count'] });
  });

  it('AsyncEventsReceived (Count): each event queued', async () => {
    expect(await summary('AsyncEventsReceived', 'm-ok')).toMatchObject({ sum: 3, units: ['Count'] });
    expect(await summary('AsyncEventsReceived', 'm-fail')).toMatchObject({ sum: 2 });
    expect(await summary('AsyncEventsReceived', 'm-zero')).toMatchObject({ sum: 1 });
  });

  it('AsyncEventAge (Milliseconds): before each attempt, growing with the retry delay', async () => {
    expect(await summary('AsyncEventAge', 'm-ok')).toMatchObject({ count: 3, units: ['Milliseconds'] });
    const failing = await summary('AsyncEventAge', 'm-fail');
    expect(failing.count).toBe(4);
    // The retry waits 60 s scaled by --time-scale 0.001: its attempt is at least that old.
    expect(failing.max).toBeGreaterThanOrEqual(60);
  });

  it('AsyncEventsDropped (Count): events that end without a successful run, destination or not', async () => {
    expect(await points('AsyncEventsDropped', 'm-ok')).toEqual([]);
    expect(await summary('AsyncEventsDropped', 'm-fail')).toMatchObject({ sum: 2, units: ['Count'] });
    expect(await summary('AsyncEventsDropped', 'm-zero')).toMatchObject({ sum: 1 });
  });

  it('keeps the counters cloud.count feeds: Errors for each failed attempt', async () => {
    expect(await summary('Errors', 'm-fail')).toMatchObject({ sum: 4, units: ['Count'] });
  });
});
