import {
  CreateEventBusCommand,
  DeleteEventBusCommand,
  DeleteRuleCommand,
  DescribeEventBusCommand,
  DescribeRuleCommand,
  DisableRuleCommand,
  EnableRuleCommand,
  EventBridgeClient,
  ListEventBusesCommand,
  ListRulesCommand,
  ListTagsForResourceCommand,
  ListTargetsByRuleCommand,
  PutEventsCommand,
  PutRuleCommand,
  PutTargetsCommand,
  RemoveTargetsCommand,
  TagResourceCommand,
  TestEventPatternCommand,
  UntagResourceCommand,
} from '@aws-sdk/client-eventbridge';
import { CreateTopicCommand, SNSClient, SubscribeCommand } from '@aws-sdk/client-sns';
import {
  CreateQueueCommand,
  GetQueueAttributesCommand,
  ReceiveMessageCommand,
  SQSClient,
} from '@aws-sdk/client-sqs';
import { describe, expect, it } from '@jest/globals';
import { clientConfig, useCloud } from './fixtures/cloud.js';

let eb: EventBridgeClient;
let sqs: SQSClient;
let sns: SNSClient;
const cloud = useCloud({}, ({ url }) => {
  [eb, sqs, sns] = [
    new EventBridgeClient(clientConfig(url)),
    new SQSClient(clientConfig(url)),
    new SNSClient(clientConfig(url)),
  ];
  return [eb, sqs, sns];
});

async function queue(name: string): Promise<{ url: string; arn: string }> {
  const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: name }));
  const attrs = await sqs.send(new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['QueueArn'] }));
  return { url: QueueUrl as string, arn: attrs.Attributes?.QueueArn as string };
}

async function receiveAll(url: string): Promise<string[]> {
  const out = await sqs.send(
    new ReceiveMessageCommand({ QueueUrl: url, MaxNumberOfMessages: 10, WaitTimeSeconds: 0 }),
  );
  return (out.Messages ?? []).map((m) => m.Body as string);
}

describe('EventBridge buses', () => {
  it('has a default bus in every region', async () => {
    const out = await eb.send(new DescribeEventBusCommand({}));
    expect(out.Name).toBe('default');
    expect(out.Arn).toBe('arn:aws:events:us-east-1:000000000000:event-bus/default');
  });

  it('creates, lists, describes and deletes a custom bus', async () => {
    const created = await eb.send(new CreateEventBusCommand({ Name: 'orders', Description: 'order events' }));
    expect(created.EventBusArn).toBe('arn:aws:events:us-east-1:000000000000:event-bus/orders');
    const described = await eb.send(new DescribeEventBusCommand({ Name: created.EventBusArn }));
    expect(described).toMatchObject({ Name: 'orders', Description: 'order events' });
    expect(described.CreationTime).toBeInstanceOf(Date);
    const listed = await eb.send(new ListEventBusesCommand({ NamePrefix: 'ord' }));
    expect(listed.EventBuses?.map((b) => b.Name)).toEqual(['orders']);
    await eb.send(new DeleteEventBusCommand({ Name: 'orders' }));
    await expect(eb.send(new DescribeEventBusCommand({ Name: 'orders' }))).rejects.toMatchObject({
      name: 'ResourceNotFoundException',
      message: 'Event bus orders does not exist.',
    });
  });

  it('refuses a second bus of the same name', async () => {
    await eb.send(new CreateEventBusCommand({ Name: 'twice' }));
    await expect(eb.send(new CreateEventBusCommand({ Name: 'twice' }))).rejects.toMatchObject({
      name: 'ResourceAlreadyExistsException',
      message: 'Event bus twice already exists.',
    });
  });

  it('refuses to delete the default bus', async () => {
    await expect(eb.send(new DeleteEventBusCommand({ Name: 'default' }))).rejects.toMatchObject({
      name: 'ValidationException',
      message: 'Cannot delete event bus default.',
    });
  });
});

describe('EventBridge rules and targets', () => {
  it('puts, describes, lists, disables and enables a rule', async () => {
    const pattern = JSON.stringify({ source: ['app.rules'] });
    const put = await eb.send(
      new PutRuleCommand({ Name: 'r-one', EventPattern: pattern, Description: 'first' }),
    );
    expect(put.RuleArn).toBe('arn:aws:events:us-east-1:000000000000:rule/r-one');
    await eb.send(new PutRuleCommand({ Name: 'r-two', ScheduleExpression: 'rate(5 minutes)' }));
    const described = await eb.send(new DescribeRuleCommand({ Name: 'r-one' }));
    expect(described).toMatchObject({
      Name: 'r-one',
      EventPattern: pattern,
      State: 'ENABLED',
      EventBusName: 'default',
    });
    await eb.send(new DisableRuleCommand({ Name: 'r-one' }));
    expect((await eb.send(new DescribeRuleCommand({ Name: 'r-one' }))).State).toBe('DISABLED');
    await eb.send(new EnableRuleCommand({ Name: 'r-one' }));
    const page1 = await eb.send(new ListRulesCommand({ NamePrefix: 'r-', Limit: 1 }));
    expect(page1.Rules?.map((r) => r.Name)).toEqual(['r-one']);
    const page2 = await eb.send(
      new ListRulesCommand({ NamePrefix: 'r-', Limit: 1, NextToken: page1.NextToken }),
    );
    expect(page2.Rules?.map((r) => [r.Name, r.ScheduleExpression])).toEqual([['r-two', 'rate(5 minutes)']]);
    expect(page2.NextToken).toBeUndefined();
  });

  it('names rules on a custom bus with the bus in the ARN', async () => {
    await eb.send(new CreateEventBusCommand({ Name: 'custom-rules' }));
    const put = await eb.send(
      new PutRuleCommand({ Name: 'r', EventBusName: 'custom-rules', EventPattern: '{"source":["x"]}' }),
    );
    expect(put.RuleArn).toBe('arn:aws:events:us-east-1:000000000000:rule/custom-rules/r');
  });

  it('refuses an invalid pattern with InvalidEventPatternException', async () => {
    await expect(
      eb.send(new PutRuleCommand({ Name: 'bad', EventPattern: '{"source":"not-a-list"}' })),
    ).rejects.toMatchObject({ name: 'InvalidEventPatternException', $metadata: { httpStatusCode: 400 } });
  });

  it('refuses to delete a rule that has targets, and deletes it once they are removed', async () => {
    await eb.send(new PutRuleCommand({ Name: 'guarded', EventPattern: '{"source":["g"]}' }));
    await eb.send(
      new PutTargetsCommand({
        Rule: 'guarded',
        Targets: [{ Id: 't1', Arn: 'arn:aws:sqs:us-east-1:000000000000:q' }],
      }),
    );
    await expect(eb.send(new DeleteRuleCommand({ Name: 'guarded' }))).rejects.toMatchObject({
      name: 'ValidationException',
      message: "Rule can't be deleted since it has targets.",
    });
    const listed = await eb.send(new ListTargetsByRuleCommand({ Rule: 'guarded' }));
    expect(listed.Targets).toEqual([{ Id: 't1', Arn: 'arn:aws:sqs:us-east-1:000000000000:q' }]);
    const removed = await eb.send(new RemoveTargetsCommand({ Rule: 'guarded', Ids: ['t1'] }));
    expect(removed.FailedEntryCount).toBe(0);
    await eb.send(new DeleteRuleCommand({ Name: 'guarded' }));
    await expect(eb.send(new DescribeRuleCommand({ Name: 'guarded' }))).rejects.toMatchObject({
      name: 'ResourceNotFoundException',
      message: 'Rule guarded does not exist on EventBus default.',
    });
  });

  it('refuses targets for a missing rule and more than five targets on one rule', async () => {
    await expect(
      eb.send(
        new PutTargetsCommand({
          Rule: 'nope',
          Targets: [{ Id: 'a', Arn: 'arn:aws:sqs:us-east-1:000000000000:q' }],
        }),
      ),
    ).rejects.toMatchObject({ name: 'ResourceNotFoundException' });
    await eb.send(new PutRuleCommand({ Name: 'crowded', EventPattern: '{"source":["c"]}' }));
    const targets = [1, 2, 3, 4, 5, 6].map((i) => ({
      Id: `t${i}`,
      Arn: `arn:aws:sqs:us-east-1:000000000000:q${i}`,
    }));
    await expect(eb.send(new PutTargetsCommand({ Rule: 'crowded', Targets: targets }))).rejects.toMatchObject(
      {
        name: 'LimitExceededException',
      },
    );
  });

  it('tags and untags a rule', async () => {
    const { RuleArn } = await eb.send(
      new PutRuleCommand({ Name: 'tagged', EventPattern: '{"source":["t"]}' }),
    );
    await eb.send(
      new TagResourceCommand({
        ResourceARN: RuleArn,
        Tags: [
          { Key: 'team', Value: 'a' },
          { Key: 'x', Value: 'y' },
        ],
      }),
    );
    await eb.send(new UntagResourceCommand({ ResourceARN: RuleArn, TagKeys: ['x'] }));
    const out = await eb.send(new ListTagsForResourceCommand({ ResourceARN: RuleArn }));
    expect(out.Tags).toEqual([{ Key: 'team', Value: 'a' }]);
  });
});

describe('PutEvents', () => {
  it('answers one EventId per entry and per-entry errors for bad ones', async () => {
    const out = await eb.send(
      new PutEventsCommand({
        Entries: [
          { Source: 'app', DetailType: 'ok', Detail: '{"a":1}' },
          { Source: 'app', DetailType: 'bad', Detail: 'not json' },
          { Source: 'app', Detail: '{}' },
        ],
      }),
    );
    expect(out.FailedEntryCount).toBe(2);
    expect(out.Entries?.[0].EventId).toMatch(/^[0-9a-f-]{36}$/);
    expect(out.Entries?.[1]).toEqual({ ErrorCode: 'MalformedDetail', ErrorMessage: 'Detail is malformed.' });
    expect(out.Entries?.[2]).toEqual({
      ErrorCode: 'InvalidArgument',
      ErrorMessage: 'Parameter DetailType is not valid. Reason: DetailType is a required argument.',
    });
  });

  it('refuses more than 10 entries and more than 1 MB in total', async () => {
    const entry = { Source: 'app', DetailType: 't', Detail: '{}' };
    await expect(eb.send(new PutEventsCommand({ Entries: Array(11).fill(entry) }))).rejects.toMatchObject({
      name: 'ValidationException',
    });
    const big = { Source: 'app', DetailType: 't', Detail: JSON.stringify({ s: 'x'.repeat(600_000) }) };
    await expect(eb.send(new PutEventsCommand({ Entries: [big, big] }))).rejects.toMatchObject({
      name: 'ValidationException',
      message: 'Total size of the entries in the request is over the limit.',
    });
  });

  it("delivers a matching event to an SQS target as AWS's envelope, in key order", async () => {
    const q = await queue('eb-envelope');
    await eb.send(
      new PutRuleCommand({
        Name: 'to-queue',
        EventPattern: '{"source":["shop"],"detail":{"total":[{"numeric":[">",10]}]}}',
      }),
    );
    await eb.send(new PutTargetsCommand({ Rule: 'to-queue', Targets: [{ Id: 'q', Arn: q.arn }] }));
    const time = new Date('2026-03-09T22:01:53.075Z');
    const out = await eb.send(
      new PutEventsCommand({
        Entries: [
          { Source: 'shop', DetailType: 'Order', Detail: '{"total":42}', Resources: ['arn:x'], Time: time },
          { Source: 'shop', DetailType: 'Order', Detail: '{"total":5}' },
          { Source: 'other', DetailType: 'Order', Detail: '{"total":42}' },
        ],
      }),
    );
    const bodies = await receiveAll(q.url);
    expect(bodies).toHaveLength(1);
    const event = JSON.parse(bodies[0]);
    expect(Object.keys(event)).toEqual([
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
    expect(event).toEqual({
      version: '0',
      id: out.Entries?.[0].EventId,
      'detail-type': 'Order',
      source: 'shop',
      account: '000000000000',
      time: '2026-03-09T22:01:53Z',
      region: 'us-east-1',
      resources: ['arn:x'],
      detail: { total: 42 },
    });
  });

  it('sends Input, InputPath and InputTransformer results instead of the event', async () => {
    const q = await queue('eb-inputs');
    await eb.send(new PutRuleCommand({ Name: 'inputs', EventPattern: '{"source":["inputs"]}' }));
    await eb.send(
      new PutTargetsCommand({
        Rule: 'inputs',
        Targets: [
          { Id: 'constant', Arn: q.arn, Input: '{"fixed":true}' },
          { Id: 'path', Arn: q.arn, InputPath: '$.detail.order' },
          {
            Id: 'template',
            Arn: q.arn,
            InputTransformer: {
              InputPathsMap: { id: '$.detail.order.id', src: '$.source' },
              InputTemplate: '{"order":"<id>","from":"<src>"}',
            },
          },
        ],
      }),
    );
    await eb.send(
      new PutEventsCommand({
        Entries: [{ Source: 'inputs', DetailType: 't', Detail: '{"order":{"id":"o-1","n":2}}' }],
      }),
    );
    const bodies = (await receiveAll(q.url)).sort();
    expect(bodies).toEqual(
      ['{"fixed":true}', '{"id":"o-1","n":2}', '{"order":"o-1","from":"inputs"}'].sort(),
    );
  });

  it('does not deliver through a disabled rule', async () => {
    const q = await queue('eb-disabled');
    await eb.send(new PutRuleCommand({ Name: 'off', EventPattern: '{"source":["off"]}', State: 'DISABLED' }));
    await eb.send(new PutTargetsCommand({ Rule: 'off', Targets: [{ Id: 'q', Arn: q.arn }] }));
    await eb.send(new PutEventsCommand({ Entries: [{ Source: 'off', DetailType: 't', Detail: '{}' }] }));
    expect(await receiveAll(q.url)).toEqual([]);
  });

  it("routes events on a custom bus only to that bus's rules", async () => {
    const q = await queue('eb-custom-bus');
    await eb.send(new CreateEventBusCommand({ Name: 'payments' }));
    await eb.send(
      new PutRuleCommand({ Name: 'pay', EventBusName: 'payments', EventPattern: '{"source":["pay"]}' }),
    );
    await eb.send(
      new PutTargetsCommand({ Rule: 'pay', EventBusName: 'payments', Targets: [{ Id: 'q', Arn: q.arn }] }),
    );
    await eb.send(
      new PutEventsCommand({
        Entries: [
          { Source: 'pay', DetailType: 'on default', Detail: '{}' },
          {
            Source: 'pay',
            DetailType: 'on payments',
            Detail: '{}',
            EventBusName: 'arn:aws:events:us-east-1:000000000000:event-bus/payments',
          },
        ],
      }),
    );
    const bodies = await receiveAll(q.url);
    expect(bodies.map((b) => JSON.parse(b)['detail-type'])).toEqual(['on payments']);
  });

  it('publishes a matching event to an SNS target', async () => {
    const q = await queue('eb-via-sns');
    const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: 'eb-target' }));
    await sns.send(
      new SubscribeCommand({
        TopicArn,
        Protocol: 'sqs',
        Endpoint: q.arn,
        Attributes: { RawMessageDelivery: 'true' },
      }),
    );
    await eb.send(new PutRuleCommand({ Name: 'to-topic', EventPattern: '{"source":["via.sns"]}' }));
    await eb.send(new PutTargetsCommand({ Rule: 'to-topic', Targets: [{ Id: 'topic', Arn: TopicArn }] }));
    await eb.send(
      new PutEventsCommand({ Entries: [{ Source: 'via.sns', DetailType: 't', Detail: '{"x":1}' }] }),
    );
    const bodies = await receiveAll(q.url);
    expect(bodies.map((b) => JSON.parse(b).detail)).toEqual([{ x: 1 }]);
  });

  it('puts events for other services through cloud.events with the same envelope', async () => {
    const q = await queue('eb-internal');
    await eb.send(new PutRuleCommand({ Name: 'internal', EventPattern: '{"source":["lambda"]}' }));
    await eb.send(new PutTargetsCommand({ Rule: 'internal', Targets: [{ Id: 'q', Arn: q.arn }] }));
    const { eventId } = cloud.cloud.events!.putEvent({
      eventBusName: 'arn:aws:events:us-east-1:000000000000:event-bus/default',
      source: 'lambda',
      detailType: 'Lambda Function Invocation Result - Success',
      detail: '{"version":"1.0"}',
      resources: ['arn:bus', 'arn:fn'],
    });
    const [body] = await receiveAll(q.url);
    expect(JSON.parse(body)).toMatchObject({
      id: eventId,
      source: 'lambda',
      resources: ['arn:bus', 'arn:fn'],
    });
  });
});

describe('TestEventPattern', () => {
  const event = JSON.stringify({
    id: '1',
    account: '000000000000',
    source: 'aws.ec2',
    time: '2026-01-01T00:00:00Z',
    region: 'us-east-1',
    'detail-type': 'x',
    resources: [],
    detail: { state: 'running' },
  });

  it('answers whether the event matches', async () => {
    const yes = await eb.send(
      new TestEventPatternCommand({ Event: event, EventPattern: '{"detail":{"state":[{"prefix":"run"}]}}' }),
    );
    const no = await eb.send(
      new TestEventPatternCommand({ Event: event, EventPattern: '{"source":["aws.s3"]}' }),
    );
    expect([yes.Result, no.Result]).toEqual([true, false]);
  });

  it('refuses an event without the envelope fields', async () => {
    await expect(
      eb.send(new TestEventPatternCommand({ Event: '{"source":"x"}', EventPattern: '{"source":["x"]}' })),
    ).rejects.toMatchObject({ name: 'ValidationException' });
  });
});

describe('bad input', () => {
  it('answers malformed JSON members with a 4xx, never a 500', async () => {
    const bodies = [
      '{"Entries":[null, 5, "x"]}',
      '{"Entries":"x"}',
      '{"Name":{"a":1}}',
      '{"Rule":"r-one","Targets":[null]}',
    ];
    const targets = ['PutEvents', 'PutEvents', 'PutRule', 'PutTargets'];
    for (let i = 0; i < bodies.length; i++) {
      const res = await fetch(cloud.url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-amz-json-1.1', 'X-Amz-Target': `AWSEvents.${targets[i]}` },
        body: bodies[i],
      });
      expect([targets[i], res.status]).toEqual([targets[i], 400]);
    }
  });

  it('answers an entry whose Resources are not strings with ValidationException', async () => {
    const res = await fetch(cloud.url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-amz-json-1.1', 'X-Amz-Target': 'AWSEvents.PutEvents' },
      body: JSON.stringify({ Entries: [{ Source: 'app', DetailType: 't', Detail: '{}', Resources: [5] }] }),
    });
    expect([res.status, await res.json()]).toEqual([
      400,
      { __type: 'ValidationException', message: 'Parameter Resources is not valid.' },
    ]);
  });
});
