import {
  CloudWatchLogsClient,
  CreateLogGroupCommand,
  CreateLogStreamCommand,
  DeleteLogGroupCommand,
  DeleteRetentionPolicyCommand,
  DescribeLogGroupsCommand,
  DescribeLogStreamsCommand,
  FilterLogEventsCommand,
  GetLogEventsCommand,
  InvalidParameterException,
  PutLogEventsCommand,
  PutRetentionPolicyCommand,
} from '@aws-sdk/client-cloudwatch-logs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type RunningCloud, startLocalCloud } from '../src/index.js';
import { clientConfig } from './fixtures/lambda/helpers.js';

let cloud: RunningCloud;
let logs: CloudWatchLogsClient;
/** An hour ago: PutLogEvents keeps events up to 14 days old. */
const T0 = Date.now() - 60 * 60 * 1000;

beforeAll(async () => {
  cloud = await startLocalCloud({ port: 0, logLevel: 'quiet' });
  logs = new CloudWatchLogsClient(clientConfig(cloud.url));
  await logs.send(new CreateLogGroupCommand({ logGroupName: '/app/one' }));
  await logs.send(new CreateLogStreamCommand({ logGroupName: '/app/one', logStreamName: 'a' }));
  await logs.send(new CreateLogStreamCommand({ logGroupName: '/app/one', logStreamName: 'b' }));
  await logs.send(
    new PutLogEventsCommand({
      logGroupName: '/app/one',
      logStreamName: 'a',
      logEvents: [
        { timestamp: T0, message: 'START request 1' },
        { timestamp: T0 + 10, message: 'ERROR something failed badly' },
        { timestamp: T0 + 20, message: '{"level":"info","count":3}' },
      ],
    }),
  );
  await logs.send(
    new PutLogEventsCommand({
      logGroupName: '/app/one',
      logStreamName: 'b',
      logEvents: [
        { timestamp: T0 + 5, message: 'ERROR another failure' },
        { timestamp: T0 + 30, message: 'all good' },
      ],
    }),
  );
});
afterAll(() => cloud.stop());

async function error(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (err) {
    return `${(err as Error).name}: ${(err as Error).message}`;
  }
  throw new Error('expected an error');
}

describe('log groups', () => {
  it('describes groups by prefix, with paging', async () => {
    await logs.send(new CreateLogGroupCommand({ logGroupName: '/app/two' }));
    await logs.send(new CreateLogGroupCommand({ logGroupName: '/other' }));
    const first = await logs.send(new DescribeLogGroupsCommand({ logGroupNamePrefix: '/app/', limit: 1 }));
    expect(first.logGroups?.map((g) => g.logGroupName)).toEqual(['/app/one']);
    expect(first.logGroups?.[0].arn).toBe('arn:aws:logs:us-east-1:000000000000:log-group:/app/one:*');
    const second = await logs.send(
      new DescribeLogGroupsCommand({ logGroupNamePrefix: '/app/', limit: 1, nextToken: first.nextToken }),
    );
    expect(second.logGroups?.map((g) => g.logGroupName)).toEqual(['/app/two']);
    expect(second.nextToken).toBeUndefined();
  });

  it('answers members in the order the operation writes them, not the schema order', async () => {
    const res = await fetch(cloud.url, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-amz-json-1.1',
        'X-Amz-Target': 'Logs_20140328.DescribeLogGroups',
      },
      body: JSON.stringify({ logGroupNamePrefix: '/app/one' }),
    });
    const { logGroups } = (await res.json()) as { logGroups: Record<string, unknown>[] };
    expect(Object.keys(logGroups[0])).toEqual([
      'logGroupName',
      'creationTime',
      'metricFilterCount',
      'arn',
      'logGroupArn',
      'storedBytes',
      'logGroupClass',
      'deletionProtectionEnabled',
    ]);
  });

  it('refuses a duplicate group and deletes one', async () => {
    expect(await error(logs.send(new CreateLogGroupCommand({ logGroupName: '/app/one' })))).toBe(
      'ResourceAlreadyExistsException: The specified log group already exists',
    );
    await logs.send(new DeleteLogGroupCommand({ logGroupName: '/other' }));
    expect(await error(logs.send(new DeleteLogGroupCommand({ logGroupName: '/other' })))).toBe(
      'ResourceNotFoundException: The specified log group does not exist.',
    );
  });
});

describe('retention', () => {
  it('stores a retention policy, refuses a value CloudWatch does not offer, and deletes it', async () => {
    await logs.send(new CreateLogGroupCommand({ logGroupName: '/retention/kept' }));
    await logs.send(new PutRetentionPolicyCommand({ logGroupName: '/retention/kept', retentionInDays: 7 }));
    const described = async () =>
      (await logs.send(new DescribeLogGroupsCommand({ logGroupNamePrefix: '/retention/kept' })))
        .logGroups?.[0];
    expect((await described())?.retentionInDays).toBe(7);
    const refused = logs.send(
      new PutRetentionPolicyCommand({ logGroupName: '/retention/kept', retentionInDays: 8 }),
    );
    await expect(refused).rejects.toBeInstanceOf(InvalidParameterException);
    await expect(refused).rejects.toThrow(/Value '8' at 'retentionInDays'/);
    await logs.send(new DeleteRetentionPolicyCommand({ logGroupName: '/retention/kept' }));
    expect((await described())?.retentionInDays).toBeUndefined();
  });
});

describe('log streams and events', () => {
  it('orders streams by last event time, descending, with a limit', async () => {
    const out = await logs.send(
      new DescribeLogStreamsCommand({
        logGroupName: '/app/one',
        orderBy: 'LastEventTime',
        descending: true,
        limit: 2,
      }),
    );
    expect(out.logStreams?.map((s) => s.logStreamName)).toEqual(['b', 'a']);
    expect(out.logStreams?.[0]).toMatchObject({ firstEventTimestamp: T0 + 5, lastEventTimestamp: T0 + 30 });
    expect(
      await error(
        logs.send(
          new DescribeLogStreamsCommand({
            logGroupName: '/app/one',
            orderBy: 'LastEventTime',
            logStreamNamePrefix: 'a',
          }),
        ),
      ),
    ).toBe('InvalidParameterException: Cannot order by LastEventTime with a logStreamNamePrefix.');
  });

  it('gets events from the head or the tail, with tokens', async () => {
    const head = await logs.send(
      new GetLogEventsCommand({
        logGroupName: '/app/one',
        logStreamName: 'a',
        startFromHead: true,
        limit: 2,
      }),
    );
    expect(head.events?.map((e) => e.message)).toEqual(['START request 1', 'ERROR something failed badly']);
    const more = await logs.send(
      new GetLogEventsCommand({
        logGroupName: '/app/one',
        logStreamName: 'a',
        nextToken: head.nextForwardToken,
      }),
    );
    expect(more.events?.map((e) => e.message)).toEqual(['{"level":"info","count":3}']);
    const tail = await logs.send(
      new GetLogEventsCommand({ logGroupName: '/app/one', logStreamName: 'a', limit: 1 }),
    );
    expect(tail.events?.map((e) => e.message)).toEqual(['{"level":"info","count":3}']);
    expect(
      await error(logs.send(new GetLogEventsCommand({ logGroupName: '/app/one', logStreamName: 'zz' }))),
    ).toBe('ResourceNotFoundException: The specified log stream does not exist.');
  });

  it('filters across streams in time order by terms, phrases, alternatives and exclusions', async () => {
    const messages = async (filterPattern: string, extra: Record<string, unknown> = {}) =>
      (
        await logs.send(new FilterLogEventsCommand({ logGroupName: '/app/one', filterPattern, ...extra }))
      ).events?.map((e) => e.message);
    expect(await messages('ERROR')).toEqual(['ERROR another failure', 'ERROR something failed badly']);
    expect(await messages('"failed badly"')).toEqual(['ERROR something failed badly']);
    expect(await messages('ERROR -another')).toEqual(['ERROR something failed badly']);
    expect(await messages('?START ?good')).toEqual(['START request 1', 'all good']);
    expect(await messages('{ $.count = 3 }')).toEqual(['{"level":"info","count":3}']);
    expect(await messages('{ $.level = "inf*" }')).toEqual(['{"level":"info","count":3}']);
    expect(await messages('', { startTime: T0 + 5, endTime: T0 + 20, logStreamNames: ['a'] })).toEqual([
      'ERROR something failed badly',
      '{"level":"info","count":3}',
    ]);
  });

  it('pages filtered events with nextToken', async () => {
    const first = await logs.send(new FilterLogEventsCommand({ logGroupName: '/app/one', limit: 3 }));
    expect(first.events).toHaveLength(3);
    const rest = await logs.send(
      new FilterLogEventsCommand({ logGroupName: '/app/one', nextToken: first.nextToken }),
    );
    expect(rest.events?.map((e) => e.timestamp)).toEqual([T0 + 20, T0 + 30]);
    expect(rest.nextToken).toBeUndefined();
  });

  it('refuses events out of chronological order', async () => {
    expect(
      await error(
        logs.send(
          new PutLogEventsCommand({
            logGroupName: '/app/one',
            logStreamName: 'a',
            logEvents: [
              { timestamp: T0 + 100, message: 'x' },
              { timestamp: T0 + 50, message: 'y' },
            ],
          }),
        ),
      ),
    ).toBe(
      'InvalidParameterException: Log events in a single PutLogEvents request must be in chronological order.',
    );
  });
});
