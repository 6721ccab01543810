// CloudWatch Logs answers as AWS recorded and documents them: model validation (members left out,
// limits, names over 512), parameters that exclude each other, PutLogEvents' rejected events and 24-hour
// span, the members DescribeLogGroups and DescribeLogStreams show, and deletion protection.
import {
  CloudWatchLogsClient,
  CreateLogGroupCommand,
  CreateLogStreamCommand,
  DeleteLogGroupCommand,
  DescribeLogGroupsCommand,
  DescribeLogStreamsCommand,
  FilterLogEventsCommand,
  GetLogEventsCommand,
  PutLogEventsCommand,
  PutLogGroupDeletionProtectionCommand,
} from '@aws-sdk/client-cloudwatch-logs';
import { describe, expect, it } from '@jest/globals';
import { clientConfig, useCloud } from './fixtures/cloud.js';

let logs: CloudWatchLogsClient;
const cloud = useCloud({}, ({ url }) => {
  logs = new CloudWatchLogsClient(clientConfig(url));
  return [logs];
});

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

/** One awsJson 1.1 call, answered as status and parsed body. */
async function call(operation: string, body: unknown) {
  const res = await fetch(`${cloud.url}/`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-amz-json-1.1', 'X-Amz-Target': `Logs_20140328.${operation}` },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

async function stream(group: string, name = 's'): Promise<void> {
  await logs.send(new CreateLogGroupCommand({ logGroupName: group }));
  await logs.send(new CreateLogStreamCommand({ logGroupName: group, logStreamName: name }));
}

describe('model validation', () => {
  it('refuses a member left out, as InvalidParameterException naming it', async () => {
    await stream('/conf/null');
    const res = await call('PutLogEvents', {
      logGroupName: '/conf/null',
      logStreamName: 's',
      logEvents: [{ message: 'no time' }],
    });
    expect(res).toEqual({
      status: 400,
      body: {
        __type: 'InvalidParameterException',
        message:
          "1 validation error detected: Value null at 'logEvents.1.member.timestamp' failed to satisfy constraint: Member must not be null",
      },
    });
    const group = await call('CreateLogGroup', {});
    expect(group.body.message).toBe(
      "1 validation error detected: Value null at 'logGroupName' failed to satisfy constraint: Member must not be null",
    );
  });

  it('refuses a limit over its maximum instead of lowering it', async () => {
    await stream('/conf/limit');
    await expect(
      logs.send(new GetLogEventsCommand({ logGroupName: '/conf/limit', logStreamName: 's', limit: 10001 })),
    ).rejects.toMatchObject({
      name: 'InvalidParameterException',
      message:
        "1 validation error detected: Value '10001' at 'limit' failed to satisfy constraint: Member must have value less than or equal to 10000",
    });
    await expect(logs.send(new DescribeLogGroupsCommand({ limit: 51 }))).rejects.toMatchObject({
      message:
        "1 validation error detected: Value '51' at 'limit' failed to satisfy constraint: Member must have value less than or equal to 50",
    });
    await expect(
      logs.send(new DescribeLogStreamsCommand({ logGroupName: '/conf/limit', limit: 0 })),
    ).rejects.toMatchObject({
      message:
        "1 validation error detected: Value '0' at 'limit' failed to satisfy constraint: Member must have value greater than or equal to 1",
    });
    await expect(
      logs.send(new FilterLogEventsCommand({ logGroupName: '/conf/limit', limit: 10001 })),
    ).rejects.toMatchObject({ name: 'InvalidParameterException' });
  });

  it('answers a name over 512 characters in the words AWS uses for it', async () => {
    await expect(
      logs.send(new CreateLogGroupCommand({ logGroupName: `/${'g'.repeat(512)}` })),
    ).rejects.toMatchObject({
      name: 'InvalidParameterException',
      message: 'Invalid LogGroup or LogStream, both must have length less than or equal to 512.',
    });
    await logs.send(new CreateLogGroupCommand({ logGroupName: '/conf/long-stream' }));
    await expect(
      logs.send(
        new CreateLogStreamCommand({ logGroupName: '/conf/long-stream', logStreamName: 's'.repeat(513) }),
      ),
    ).rejects.toMatchObject({
      message: 'Invalid LogGroup or LogStream, both must have length less than or equal to 512.',
    });
  });
});

describe('parameters that exclude each other', () => {
  it('refuses logGroupNamePrefix with logGroupNamePattern', async () => {
    await expect(
      logs.send(new DescribeLogGroupsCommand({ logGroupNamePrefix: '/a', logGroupNamePattern: 'a' })),
    ).rejects.toMatchObject({
      name: 'InvalidParameterException',
      message: 'LogGroup name prefix and LogGroup name pattern are mutually exclusive parameters.',
    });
  });

  it('refuses logGroupName with logGroupIdentifier as ValidationException', async () => {
    await stream('/conf/both');
    const res = await call('DescribeLogStreams', {
      logGroupName: '/conf/both',
      logGroupIdentifier: '/conf/both',
    });
    expect(res).toEqual({
      status: 400,
      body: {
        __type: 'ValidationException',
        message: 'LogGroup name and LogGroup ARN are mutually exclusive parameters.',
      },
    });
  });
});

describe('PutLogEvents', () => {
  it('rejects events over 14 days old or 2 hours ahead, keeping the rest, as rejectedLogEventsInfo', async () => {
    await stream('/conf/rejected');
    const now = Date.now();
    const old = await logs.send(
      new PutLogEventsCommand({
        logGroupName: '/conf/rejected',
        logStreamName: 's',
        logEvents: [
          { timestamp: now - 15 * DAY, message: 'too old' },
          { timestamp: now - 15 * DAY + 1, message: 'too old too' },
        ],
      }),
    );
    expect(old.rejectedLogEventsInfo).toEqual({ tooOldLogEventEndIndex: 2 });
    const mixed = await logs.send(
      new PutLogEventsCommand({
        logGroupName: '/conf/rejected',
        logStreamName: 's',
        logEvents: [
          { timestamp: now, message: 'kept' },
          { timestamp: now + 3 * HOUR, message: 'too new' },
        ],
      }),
    );
    expect(mixed.rejectedLogEventsInfo).toEqual({ tooNewLogEventStartIndex: 1 });
    const got = await logs.send(
      new GetLogEventsCommand({ logGroupName: '/conf/rejected', logStreamName: 's', startFromHead: true }),
    );
    expect(got.events?.map((e) => e.message)).toEqual(['kept']);
  });

  it('refuses a batch spanning more than 24 hours', async () => {
    await stream('/conf/span');
    const now = Date.now();
    await expect(
      logs.send(
        new PutLogEventsCommand({
          logGroupName: '/conf/span',
          logStreamName: 's',
          logEvents: [
            { timestamp: now - 2 * DAY, message: 'early' },
            { timestamp: now, message: 'late' },
          ],
        }),
      ),
    ).rejects.toMatchObject({
      name: 'InvalidParameterException',
      message: 'The batch of log events in a single PutLogEvents request cannot span more than 24 hours.',
    });
  });
});

describe('members shown', () => {
  it("shows deletionProtectionEnabled and the group's class in DescribeLogGroups", async () => {
    await logs.send(
      new CreateLogGroupCommand({ logGroupName: '/conf/class', logGroupClass: 'INFREQUENT_ACCESS' }),
    );
    const { logGroups } = await logs.send(
      new DescribeLogGroupsCommand({ logGroupNamePrefix: '/conf/class' }),
    );
    expect(logGroups?.[0]).toMatchObject({
      logGroupClass: 'INFREQUENT_ACCESS',
      deletionProtectionEnabled: false,
    });
  });

  it('shows an empty stream without an upload sequence token', async () => {
    await stream('/conf/empty-stream');
    const res = await call('DescribeLogStreams', { logGroupName: '/conf/empty-stream' });
    const [shown] = res.body.logStreams as Record<string, unknown>[];
    expect(Object.keys(shown).sort()).toEqual(['arn', 'creationTime', 'logStreamName', 'storedBytes']);
  });
});

describe('deletion protection', () => {
  it('refuses to delete a protected group until protection is turned off', async () => {
    await logs.send(
      new CreateLogGroupCommand({ logGroupName: '/conf/protected', deletionProtectionEnabled: true }),
    );
    await expect(
      logs.send(new DeleteLogGroupCommand({ logGroupName: '/conf/protected' })),
    ).rejects.toMatchObject({
      name: 'ValidationException',
      message: 'Cannot delete log group with deletion protection enabled. Disable deletion protection first.',
    });
    await logs.send(
      new PutLogGroupDeletionProtectionCommand({
        logGroupIdentifier: '/conf/protected',
        deletionProtectionEnabled: false,
      }),
    );
    await logs.send(new DeleteLogGroupCommand({ logGroupName: '/conf/protected' }));
    const { logGroups } = await logs.send(
      new DescribeLogGroupsCommand({ logGroupNamePrefix: '/conf/protected' }),
    );
    expect(logGroups).toEqual([]);
  });
});

describe("the codec's answers", () => {
  it('answers an operation CloudWatch Logs has but this local cloud does not serve with 501 NotImplemented', async () => {
    const res = await call('DescribeMetricFilters', {});
    expect(res.status).toBe(501);
    expect(res.body.__type).toBe('NotImplemented');
  });

  it('answers a member of the wrong type with SerializationException naming it', async () => {
    const res = await call('CreateLogGroup', { logGroupName: 5 });
    expect(res.status).toBe(400);
    expect(res.body.__type).toBe('SerializationException');
    expect(res.body.message).toContain('logGroupName');
  });
});
