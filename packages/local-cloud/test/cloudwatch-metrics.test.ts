// CloudWatch metrics through the SDK (awsJson): PutMetricData in each of its forms, statistics per period,
// GetMetricData's MetricStat queries, ListMetrics' filters, and PutMetricData's refusals.
import {
  CloudWatchClient,
  GetMetricDataCommand,
  GetMetricStatisticsCommand,
  ListMetricsCommand,
  type ListMetricsInput,
  PutMetricDataCommand,
} from '@aws-sdk/client-cloudwatch';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { clientConfig, useCloud } from './fixtures/cloud.js';

let cw: CloudWatchClient;
useCloud({}, (up) => {
  cw = new CloudWatchClient(clientConfig(up.url));
  return [cw];
});

// Datapoints a few minutes back, each in its own minute, so the answers do not depend on the clock.
const MINUTE = 60_000;
const base = Math.floor(Date.now() / MINUTE) * MINUTE - 5 * MINUTE;
const at = (minute: number, second = 0) => new Date(base + minute * MINUTE + second * 1000);
const page = [{ Name: 'Page', Value: 'home' }];

beforeAll(async () => {
  await cw.send(
    new PutMetricDataCommand({
      Namespace: 'Shop',
      MetricData: [
        { MetricName: 'Latency', Dimensions: page, Timestamp: at(0, 5), Value: 10, Unit: 'Milliseconds' },
        { MetricName: 'Latency', Dimensions: page, Timestamp: at(0, 35), Value: 30, Unit: 'Milliseconds' },
        {
          MetricName: 'Latency',
          Dimensions: page,
          Timestamp: at(1, 10),
          Values: [100, 200],
          Counts: [3, 1],
          Unit: 'Milliseconds',
        },
        {
          MetricName: 'Latency',
          Dimensions: page,
          Timestamp: at(2, 0),
          StatisticValues: { SampleCount: 4, Sum: 40, Minimum: 5, Maximum: 15 },
          Unit: 'Milliseconds',
        },
        { MetricName: 'Orders', Dimensions: [{ Name: 'Region', Value: 'eu' }], Timestamp: at(0), Value: 1 },
        {
          MetricName: 'Orders',
          Dimensions: [
            { Name: 'Region', Value: 'us' },
            { Name: 'Channel', Value: 'web' },
          ],
          Timestamp: at(0),
          Value: 2,
        },
      ],
    }),
  );
});

describe('GetMetricStatistics', () => {
  it('answers each period with the statistics asked for, from every form of datum', async () => {
    const out = await cw.send(
      new GetMetricStatisticsCommand({
        Namespace: 'Shop',
        MetricName: 'Latency',
        Dimensions: page,
        StartTime: at(0),
        EndTime: at(3),
        Period: 60,
        Statistics: ['SampleCount', 'Sum', 'Average', 'Minimum', 'Maximum'],
      }),
    );
    expect(out.Label).toBe('Latency');
    expect(out.Datapoints).toEqual([
      {
        Timestamp: at(0),
        SampleCount: 2,
        Average: 20,
        Sum: 40,
        Minimum: 10,
        Maximum: 30,
        Unit: 'Milliseconds',
      },
      {
        Timestamp: at(1),
        SampleCount: 4,
        Average: 125,
        Sum: 500,
        Minimum: 100,
        Maximum: 200,
        Unit: 'Milliseconds',
      },
      {
        Timestamp: at(2),
        SampleCount: 4,
        Average: 10,
        Sum: 40,
        Minimum: 5,
        Maximum: 15,
        Unit: 'Milliseconds',
      },
    ]);
  });

  it('sums longer periods, reads percentiles from raw values and filters by unit', async () => {
    const ask = (Unit?: 'Milliseconds' | 'Seconds') =>
      cw.send(
        new GetMetricStatisticsCommand({
          Namespace: 'Shop',
          MetricName: 'Latency',
          Dimensions: page,
          StartTime: at(0),
          EndTime: at(2),
          Period: 120,
          ExtendedStatistics: ['p50', 'p99'],
          Unit,
        }),
      );
    const out = await ask('Milliseconds');
    expect(out.Datapoints).toEqual([
      { Timestamp: at(0), Unit: 'Milliseconds', ExtendedStatistics: { p50: 100, p99: 200 } },
    ]);
    expect((await ask('Seconds')).Datapoints).toEqual([]);
  });

  it('needs the exact dimension set: a subset names another metric', async () => {
    const out = await cw.send(
      new GetMetricStatisticsCommand({
        Namespace: 'Shop',
        MetricName: 'Orders',
        Dimensions: [{ Name: 'Region', Value: 'us' }],
        StartTime: at(0),
        EndTime: at(1),
        Period: 60,
        Statistics: ['Sum'],
      }),
    );
    expect(out.Datapoints).toEqual([]);
  });

  it('refuses more than 1,440 datapoints and a window that ends before it starts', async () => {
    const ask = (StartTime: Date, EndTime: Date, Period: number) =>
      cw.send(
        new GetMetricStatisticsCommand({
          Namespace: 'Shop',
          MetricName: 'Latency',
          StartTime,
          EndTime,
          Period,
          Statistics: ['Sum'],
        }),
      );
    await expect(ask(at(-1440), at(1), 60)).rejects.toMatchObject({
      name: 'InvalidParameterCombinationException',
      message: expect.stringContaining('which exceeds the limit of 1,440'),
      $metadata: { httpStatusCode: 400 },
    });
    await expect(ask(at(2), at(1), 60)).rejects.toMatchObject({
      name: 'InvalidParameterValueException',
      message: 'The parameter StartTime must be less than the parameter EndTime.',
    });
  });
});

describe('GetMetricData', () => {
  it('answers each MetricStat query newest first, with its label, and marks math as not evaluated', async () => {
    const out = await cw.send(
      new GetMetricDataCommand({
        StartTime: at(0),
        EndTime: at(3),
        MetricDataQueries: [
          {
            Id: 'avg',
            MetricStat: {
              Metric: { Namespace: 'Shop', MetricName: 'Latency', Dimensions: page },
              Period: 60,
              Stat: 'Average',
            },
          },
          {
            Id: 'max',
            Label: 'Slowest',
            MetricStat: {
              Metric: { Namespace: 'Shop', MetricName: 'Latency', Dimensions: page },
              Period: 180,
              Stat: 'Maximum',
            },
          },
          {
            Id: 'hidden',
            ReturnData: false,
            MetricStat: {
              Metric: { Namespace: 'Shop', MetricName: 'Latency', Dimensions: page },
              Period: 60,
              Stat: 'Sum',
            },
          },
          { Id: 'math', Expression: 'avg * 2' },
        ],
      }),
    );
    expect(out.MetricDataResults).toEqual([
      {
        Id: 'avg',
        Label: 'Latency',
        Timestamps: [at(2), at(1), at(0)],
        Values: [10, 125, 20],
        StatusCode: 'Complete',
      },
      { Id: 'max', Label: 'Slowest', Timestamps: [at(0)], Values: [200], StatusCode: 'Complete' },
      {
        Id: 'math',
        Label: 'math',
        Timestamps: [],
        Values: [],
        StatusCode: 'InternalError',
        Messages: [
          { Code: 'Unsupported', Value: 'Metric math expressions are not evaluated by this local cloud.' },
        ],
      },
    ]);
  });
});

describe('ListMetrics', () => {
  it('lists the metrics by namespace, name and dimension filters', async () => {
    const list = async (input: ListMetricsInput) => (await cw.send(new ListMetricsCommand(input))).Metrics;
    // CloudWatch gives no order: compare as sets.
    const orders = await list({ Namespace: 'Shop', MetricName: 'Orders' });
    expect(orders).toHaveLength(2);
    expect(orders).toEqual(
      expect.arrayContaining([
        { Namespace: 'Shop', MetricName: 'Orders', Dimensions: [{ Name: 'Region', Value: 'eu' }] },
        {
          Namespace: 'Shop',
          MetricName: 'Orders',
          Dimensions: [
            { Name: 'Channel', Value: 'web' },
            { Name: 'Region', Value: 'us' },
          ],
        },
      ]),
    );
    expect(await list({ Dimensions: [{ Name: 'Channel' }] })).toHaveLength(1);
    expect(await list({ Dimensions: [{ Name: 'Page', Value: 'home' }], RecentlyActive: 'PT3H' })).toEqual([
      { Namespace: 'Shop', MetricName: 'Latency', Dimensions: page },
    ]);
    expect(await list({ Namespace: 'Nothing' })).toEqual([]);
  });
});

describe('PutMetricData refuses', () => {
  const put = (Namespace: string, datum: object) =>
    cw.send(new PutMetricDataCommand({ Namespace, MetricData: [{ MetricName: 'M', ...datum }] }));

  it("AWS's own namespaces", async () => {
    await expect(put('AWS/Lambda', { Value: 1 })).rejects.toMatchObject({
      name: 'InvalidParameterValueException',
      message: 'The value AWS/Lambda for parameter Namespace is invalid.',
      $metadata: { httpStatusCode: 400 },
    });
  });

  it('a datum with both a Value and a StatisticSet, and Values without as many Counts', async () => {
    await expect(
      put('Mine', { Value: 1, StatisticValues: { SampleCount: 1, Sum: 1, Minimum: 1, Maximum: 1 } }),
    ).rejects.toMatchObject({ name: 'InvalidParameterCombinationException' });
    await expect(put('Mine', { Values: [1, 2], Counts: [1] })).rejects.toMatchObject({
      name: 'InvalidParameterCombinationException',
      message:
        'The parameters MetricData.member.1.Values and MetricData.member.1.Counts must be of the same size.',
    });
  });

  it('an unknown unit, in the JSON protocol words', async () => {
    await expect(put('Mine', { Value: 1, Unit: 'Parsecs' })).rejects.toMatchObject({
      name: 'ValidationException',
      message: expect.stringMatching(
        /^1 validation error detected: Value 'Parsecs' at 'unit' failed to satisfy constraint: Member must satisfy enum value set: \[/,
      ),
    });
  });
});
