// Scheduled rules: PutRule checks rate and cron expressions with AWS's answer, and an enabled rule fires
// the Scheduled Event to its targets on the cloud's clock (here a thousand times faster than the wall's);
// the stack engine's AWS::Events::Rule takes them too.
import { CreateStackCommand } from '@aws-sdk/client-cloudformation';
import {
  CreateEventBusCommand,
  DescribeRuleCommand,
  EventBridgeClient,
  PutRuleCommand,
  PutTargetsCommand,
} from '@aws-sdk/client-eventbridge';
import {
  CreateQueueCommand,
  GetQueueAttributesCommand,
  ReceiveMessageCommand,
  SQSClient,
} from '@aws-sdk/client-sqs';
import { describe, expect, it } from '@jest/globals';
import { nextCronTime, parseSchedule } from '../src/events/schedule.js';
import { clientConfig, useCloud } from './fixtures/cloud.js';
import { clients, eventLines, eventually, settle } from './stacks-helpers.js';

let eb: EventBridgeClient;
let sqs: SQSClient;
let c: ReturnType<typeof clients>;
useCloud({ timeScale: 0.001 }, (up) => {
  eb = new EventBridgeClient(clientConfig(up.url));
  sqs = new SQSClient(clientConfig(up.url));
  c = clients(up.url);
  return [eb, sqs];
});

async function queue(name: string): Promise<{ url: string; arn: string }> {
  const url = (await sqs.send(new CreateQueueCommand({ QueueName: name }))).QueueUrl!;
  const attrs = await sqs.send(
    new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ['QueueArn'] }),
  );
  return { url, arn: attrs.Attributes!.QueueArn! };
}

/** Bodies received from the queue, once there are at least `n`. */
async function bodies(url: string, n: number): Promise<string[]> {
  const seen: string[] = [];
  return eventually(async () => {
    const out = await sqs.send(
      new ReceiveMessageCommand({ QueueUrl: url, MaxNumberOfMessages: 10, WaitTimeSeconds: 1 }),
    );
    seen.push(...(out.Messages ?? []).map((m) => m.Body!));
    return seen.length >= n ? seen : undefined;
  });
}

describe('PutRule with a ScheduleExpression', () => {
  it.each([
    'rate(1 minute)',
    'rate(5 minutes)',
    'rate(1 hour)',
    'rate(12 hours)',
    'rate(7 days)',
    'cron(0 12 * * ? *)',
    'cron(0/15 * * * ? *)',
    'cron(0 18 ? * MON-FRI *)',
    'cron(0 8 1 * ? *)',
    'cron(15 10 ? * 6L 2027-2030)',
    'cron(0 10 ? * 3#2 *)',
    'cron(0 10 15W * ? *)',
    'cron(0 10 L * ? *)',
  ])('accepts %s', async (expression) => {
    const name = `ok-${expression.replace(/[^\w]/g, '')}`.slice(0, 64);
    await eb.send(new PutRuleCommand({ Name: name, ScheduleExpression: expression, State: 'DISABLED' }));
    const rule = await eb.send(new DescribeRuleCommand({ Name: name }));
    expect(rule.ScheduleExpression).toBe(expression);
  });

  it.each([
    'rate(1 minutes)',
    'rate(5 minute)',
    'rate(0 minutes)',
    'rate(5 seconds)',
    'rate(five minutes)',
    'cron(0 12 * * * *)',
    'cron(0 12 ? * ? *)',
    'cron(0 12 * *)',
    'cron(60 12 * * ? *)',
    'cron(0 24 * * ? *)',
    'cron(0 12 * 13 ? *)',
    'cron(0 12 ? * 8 *)',
    'at(2026-01-01T00:00:00)',
  ])("refuses %s with AWS's answer", async (expression) => {
    await expect(
      eb.send(new PutRuleCommand({ Name: 'bad', ScheduleExpression: expression })),
    ).rejects.toMatchObject({
      name: 'ValidationException',
      message: 'Parameter ScheduleExpression is not valid.',
      $metadata: { httpStatusCode: 400 },
    });
  });

  it('refuses a schedule on a custom bus', async () => {
    await eb.send(new CreateEventBusCommand({ Name: 'sched-bus' }));
    await expect(
      eb.send(
        new PutRuleCommand({
          Name: 'on-bus',
          EventBusName: 'sched-bus',
          ScheduleExpression: 'rate(1 minute)',
        }),
      ),
    ).rejects.toMatchObject({
      name: 'ValidationException',
      message: 'ScheduleExpression is supported only on the default event bus.',
    });
  });
});

describe('an enabled scheduled rule', () => {
  it('sends the Scheduled Event to its targets on the scaled clock', async () => {
    const q = await queue('sched-rate');
    const { RuleArn } = await eb.send(
      new PutRuleCommand({ Name: 'every-5', ScheduleExpression: 'rate(5 minutes)' }),
    );
    await eb.send(new PutTargetsCommand({ Rule: 'every-5', Targets: [{ Id: 'q', Arn: q.arn }] }));
    const [first, second] = (await bodies(q.url, 2)).map((b) => JSON.parse(b));
    expect(Object.keys(first)).toEqual([
      'version',
      'id',
      'detail-type',
      'source',
      'account',
      'time',
      'region',
      'resources',
      'detail',
    ]);
    expect(first).toMatchObject({
      version: '0',
      'detail-type': 'Scheduled Event',
      source: 'aws.events',
      account: '000000000000',
      region: 'us-east-1',
      resources: [RuleArn],
      detail: {},
    });
    expect(first.time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(second.id).not.toBe(first.id);
  });

  it('fires a cron schedule, and sends a target its Input', async () => {
    const q = await queue('sched-cron');
    await eb.send(new PutRuleCommand({ Name: 'every-minute', ScheduleExpression: 'cron(* * * * ? *)' }));
    await eb.send(
      new PutTargetsCommand({ Rule: 'every-minute', Targets: [{ Id: 'q', Arn: q.arn, Input: '{"k":"v"}' }] }),
    );
    expect((await bodies(q.url, 2)).slice(0, 2)).toEqual(['{"k":"v"}', '{"k":"v"}']);
  });
});

describe('AWS::Events::Rule with a ScheduleExpression', () => {
  it('creates the scheduled rule, and fails one AWS refuses with its words', async () => {
    const q = await queue('sched-stack');
    const body = (expression: string) =>
      JSON.stringify({
        Resources: {
          Tick: {
            Type: 'AWS::Events::Rule',
            Properties: { ScheduleExpression: expression, Targets: [{ Id: 'q', Arn: q.arn }] },
          },
        },
      });
    const ok = await c.cfn.send(
      new CreateStackCommand({ StackName: 'sched-ok', TemplateBody: body('rate(2 minutes)') }),
    );
    expect((await settle(c.cfn, ok.StackId!)).StackStatus).toBe('CREATE_COMPLETE');
    const [event] = await bodies(q.url, 1);
    expect(JSON.parse(event)).toMatchObject({ source: 'aws.events', 'detail-type': 'Scheduled Event' });

    const bad = await c.cfn.send(
      new CreateStackCommand({ StackName: 'sched-bad', TemplateBody: body('rate(2 minute)') }),
    );
    expect((await settle(c.cfn, bad.StackId!)).StackStatus).toBe('ROLLBACK_COMPLETE');
    expect((await eventLines(c.cfn, 'sched-bad')).find((l) => l.startsWith('Tick CREATE_FAILED'))).toBe(
      'Tick CREATE_FAILED Parameter ScheduleExpression is not valid. (Service: ValidationException)',
    );
  });
});

describe('the next time of a cron schedule (UTC)', () => {
  const next = (expression: string, after: string) => {
    const s = parseSchedule(expression);
    if (s?.kind !== 'cron') throw new Error(`not a cron: ${expression}`);
    return nextCronTime(s.cron, new Date(after))?.toISOString();
  };
  it.each([
    ['cron(0 12 * * ? *)', '2026-12-02T03:00:00Z', '2026-12-02T12:00:00.000Z'],
    ['cron(0 12 * * ? *)', '2026-12-02T12:00:00Z', '2026-12-03T12:00:00.000Z'],
    ['cron(0/15 * * * ? *)', '2026-12-02T03:00:00Z', '2026-12-02T03:15:00.000Z'],
    ['cron(0 18 ? * MON-FRI *)', '2026-12-04T19:00:00Z', '2026-12-07T18:00:00.000Z'],
    ['cron(0 8 1 * ? *)', '2026-12-02T00:00:00Z', '2027-01-01T08:00:00.000Z'],
    ['cron(0 10 L * ? *)', '2027-02-01T00:00:00Z', '2027-02-28T10:00:00.000Z'],
    // The 15th of August 2026 is a Saturday: the nearest weekday is Friday the 14th.
    ['cron(0 10 15W * ? *)', '2026-08-01T00:00:00Z', '2026-08-14T10:00:00.000Z'],
    // Tuesday is 3: the second Tuesday of December 2026 is the 8th.
    ['cron(0 10 ? * 3#2 *)', '2026-12-01T00:00:00Z', '2026-12-08T10:00:00.000Z'],
    // Friday is 6: the last Friday of January 2027 is the 29th.
    ['cron(15 10 ? * 6L 2027-2030)', '2026-12-02T00:00:00Z', '2027-01-29T10:15:00.000Z'],
  ])('%s after %s is %s', (expression, after, expected) => {
    expect(next(expression, after)).toBe(expected);
  });

  it('has none after its last year', () => {
    expect(next('cron(0 0 1 1 ? 2026)', '2026-06-01T00:00:00Z')).toBeUndefined();
  });
});
