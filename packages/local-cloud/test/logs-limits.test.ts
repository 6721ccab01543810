// CloudWatch Logs' caps: over the per-group, total and byte bounds the oldest events go first, GetLogEvents
// and FilterLogEvents still answer (their tokens survive events dropped between pages), and a reader of
// recent events, as the verifier is, still finds them all.
import {
  CloudWatchLogsClient,
  CreateLogGroupCommand,
  CreateLogStreamCommand,
  DeleteLogGroupCommand,
  FilterLogEventsCommand,
  GetLogEventsCommand,
  PutLogEventsCommand,
} from '@aws-sdk/client-cloudwatch-logs';
import { describe, expect, it } from '@jest/globals';
import { LogsStore } from '../src/logs/store.js';
import { clientConfig, useCloud } from './fixtures/cloud.js';

const PER_GROUP = 50;
const TOTAL = 120;

let logs: CloudWatchLogsClient;
const running = useCloud({ maxLogEventsPerGroup: PER_GROUP, maxLogEvents: TOTAL }, (c) => {
  logs = new CloudWatchLogsClient(clientConfig(c.url));
  return [logs];
});

/** An hour ago: PutLogEvents keeps events up to 14 days old. */
const T0 = Date.now() - 60 * 60 * 1000;

async function groupWithStreams(group: string, streams: string[]): Promise<void> {
  await logs.send(new CreateLogGroupCommand({ logGroupName: group }));
  for (const s of streams) {
    await logs.send(new CreateLogStreamCommand({ logGroupName: group, logStreamName: s }));
  }
}

/** Puts events `from`..`to - 1` as `<prefix><n>` at T0 + n, one call. */
async function put(group: string, stream: string, prefix: string, from: number, to: number): Promise<void> {
  const logEvents = [];
  for (let n = from; n < to; n++) logEvents.push({ timestamp: T0 + n, message: `${prefix}${n}` });
  await logs.send(new PutLogEventsCommand({ logGroupName: group, logStreamName: stream, logEvents }));
}

async function filterAll(
  group: string,
  extra: { startTime?: number; limit?: number } = {},
): Promise<string[]> {
  const out: string[] = [];
  let nextToken: string | undefined;
  do {
    const page = await logs.send(new FilterLogEventsCommand({ logGroupName: group, nextToken, ...extra }));
    out.push(...(page.events ?? []).map((e) => e.message ?? ''));
    nextToken = page.nextToken;
  } while (nextToken);
  return out;
}

const range = (prefix: string, from: number, to: number) =>
  Array.from({ length: to - from }, (_, i) => `${prefix}${from + i}`);

describe('CloudWatch Logs caps', () => {
  it('keeps the newest events of a group over its cap, across its streams, oldest dropped first', async () => {
    await groupWithStreams('/cap/group', ['a', 'b']);
    await put('/cap/group', 'a', 'a', 0, 30);
    await put('/cap/group', 'b', 'b', 30, 60);
    await put('/cap/group', 'a', 'a', 60, 70);
    // 70 events, 50 kept: a0..a19 went first, in the order they arrived.
    expect(await filterAll('/cap/group')).toEqual([
      ...range('a', 20, 30),
      ...range('b', 30, 60),
      ...range('a', 60, 70),
    ]);
    const head = await logs.send(
      new GetLogEventsCommand({ logGroupName: '/cap/group', logStreamName: 'a', startFromHead: true }),
    );
    expect(head.events?.map((e) => e.message)).toEqual([...range('a', 20, 30), ...range('a', 60, 70)]);
  });

  it('keeps the newest events of all groups over the total cap', async () => {
    await groupWithStreams('/cap/x', ['s']);
    await groupWithStreams('/cap/y', ['s']);
    // The first test left 50 events; 40 + 40 more make 130 of 120, so the 10 oldest in all go: /cap/group's.
    await put('/cap/x', 's', 'x', 0, 40);
    await put('/cap/y', 's', 'y', 0, 40);
    expect(await filterAll('/cap/group')).toEqual([...range('b', 30, 60), ...range('a', 60, 70)]);
    expect(await filterAll('/cap/x')).toEqual(range('x', 0, 40));
    expect(await filterAll('/cap/y')).toEqual(range('y', 0, 40));
    // A deleted group's events no longer count: 40 more, in a new group, fit without dropping any.
    await logs.send(new DeleteLogGroupCommand({ logGroupName: '/cap/group' }));
    await groupWithStreams('/cap/z', ['s']);
    await put('/cap/z', 's', 'z', 0, 40);
    expect(await filterAll('/cap/x')).toEqual(range('x', 0, 40));
    expect(await filterAll('/cap/y')).toEqual(range('y', 0, 40));
    expect(await filterAll('/cap/z')).toEqual(range('z', 0, 40));
  });

  it('pages FilterLogEvents and GetLogEvents on while older events are dropped between pages', async () => {
    await groupWithStreams('/cap/paged', ['s']);
    await put('/cap/paged', 's', 'p', 0, 40);
    const first = await logs.send(new FilterLogEventsCommand({ logGroupName: '/cap/paged', limit: 10 }));
    expect(first.events?.map((e) => e.message)).toEqual(range('p', 0, 10));
    const head = await logs.send(
      new GetLogEventsCommand({
        logGroupName: '/cap/paged',
        logStreamName: 's',
        startFromHead: true,
        limit: 10,
      }),
    );
    expect(head.events?.map((e) => e.message)).toEqual(range('p', 0, 10));
    // 20 more: p0..p9 go (the group's cap is 50), the pages go on where they stopped.
    await put('/cap/paged', 's', 'p', 40, 60);
    const second = await logs.send(
      new FilterLogEventsCommand({ logGroupName: '/cap/paged', limit: 10, nextToken: first.nextToken }),
    );
    expect(second.events?.map((e) => e.message)).toEqual(range('p', 10, 20));
    const next = await logs.send(
      new GetLogEventsCommand({
        logGroupName: '/cap/paged',
        logStreamName: 's',
        nextToken: head.nextForwardToken,
        limit: 10,
      }),
    );
    expect(next.events?.map((e) => e.message)).toEqual(range('p', 10, 20));
    // At the end, the forward token answers nothing until new events come, then exactly those.
    const tail = await logs.send(
      new GetLogEventsCommand({ logGroupName: '/cap/paged', logStreamName: 's', startFromHead: true }),
    );
    expect(tail.events).toHaveLength(PER_GROUP);
    const idle = await logs.send(
      new GetLogEventsCommand({
        logGroupName: '/cap/paged',
        logStreamName: 's',
        nextToken: tail.nextForwardToken,
      }),
    );
    expect(idle.events).toEqual([]);
    expect(idle.nextForwardToken).toBe(tail.nextForwardToken);
    await put('/cap/paged', 's', 'p', 60, 62);
    const fresh = await logs.send(
      new GetLogEventsCommand({
        logGroupName: '/cap/paged',
        logStreamName: 's',
        nextToken: idle.nextForwardToken,
      }),
    );
    expect(fresh.events?.map((e) => e.message)).toEqual(['p60', 'p61']);
  });

  it("lets a reader of recent events, as the verifier reads a destination function's group, find them all", async () => {
    // Lambda writes through the internal interface, creating the group and stream on first use.
    const since = Date.now();
    for (let n = 0; n < 200; n++) {
      running.cloud.logs?.putLogEvents('us-east-1', '/aws/lambda/busy', '2026/01/01/[$LATEST]abc', [
        { timestamp: since + n, message: `record ${n}` },
      ]);
    }
    // The verifier filters from a start time without a limit, paging on: it sees the newest 50, in order.
    expect(await filterAll('/aws/lambda/busy', { startTime: since + 100 })).toEqual(
      range('record ', 150, 200),
    );
  });
});

describe('LogsStore accounting', () => {
  it('counts what it keeps exactly, and its arrival order stays bounded under a busy group', () => {
    const store = new LogsStore('000000000000', { maxEventsPerGroup: 100, maxEvents: 150, maxBytes: 1e9 });
    const busy = store.createGroup('us-east-1', 'busy');
    const busyStream = store.createStream(busy, 's');
    const quiet = store.createGroup('us-east-1', 'quiet');
    const quietStream = store.createStream(quiet, 's');
    store.append(quiet, quietStream, [{ timestamp: 1, message: 'kept' }]);
    // 100,000 events to a group capped at 100: the order would hold 100,000 entries without compaction.
    for (let n = 0; n < 100_000; n++) store.append(busy, busyStream, [{ timestamp: n, message: `${n}` }]);
    expect(busyStream.events.map((e) => e.message)).toEqual(range('', 99_900, 100_000));
    expect(store.size).toEqual({ events: 101, bytes: 100 * (5 + 26) + 4 + 26 });
    expect((store as unknown as { arrivals: { length: number } }).arrivals.length).toBeLessThan(
      2 * 101 + 1025,
    );
    // Over the total cap the oldest in all go: the quiet group's one event, then the busy group's oldest.
    const other = store.createGroup('us-east-1', 'other');
    const otherStream = store.createStream(other, 's');
    for (let n = 0; n < 100; n++) store.append(other, otherStream, [{ timestamp: n, message: 'o' }]);
    expect(quietStream.events).toEqual([]);
    expect(busyStream.events.map((e) => e.message)).toEqual(range('', 99_950, 100_000));
    expect(store.size.events).toBe(150);
    // Over its own cap a group drops its own oldest: the busy group keeps what it has.
    for (let n = 0; n < 50; n++) store.append(other, otherStream, [{ timestamp: n, message: 'o' }]);
    expect(otherStream.events).toHaveLength(100);
    expect(busyStream.events).toHaveLength(50);
    expect(store.size.events).toBe(150);
  });

  it('drops the oldest events over the byte bound', () => {
    const store = new LogsStore('000000000000', {
      maxEventsPerGroup: 1e6,
      maxEvents: 1e6,
      maxBytes: 10 * 126,
    });
    const g = store.createGroup('us-east-1', 'g');
    const s = store.createStream(g, 's');
    for (let n = 0; n < 15; n++) store.append(g, s, [{ timestamp: n, message: `${n}`.padEnd(100, '.') }]);
    expect(s.events.map((e) => Number.parseInt(e.message, 10))).toEqual(
      Array.from({ length: 10 }, (_, i) => i + 5),
    );
    expect(store.size).toEqual({ events: 10, bytes: 10 * 126 });
  });
});
