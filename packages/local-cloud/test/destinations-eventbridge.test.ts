// Lambda destinations on EventBridge buses: one event from source `lambda` per record, its detail-type
// saying success or failure, the bus and the qualified function as resources, the record as detail.
import { CreateEventBusCommand, PutRuleCommand, PutTargetsCommand } from '@aws-sdk/client-eventbridge';
import { GetQueueAttributesCommand } from '@aws-sdk/client-sqs';
import { describe, expect, it } from '@jest/globals';
import {
  ACCOUNT,
  configureDestinations,
  createFunction,
  createQueue,
  expectRecord,
  FUNCTION_ARN,
  type InvocationRecord,
  invokeEvent,
  type Queue,
  REGION,
  type Runtime,
  receive,
  useHarness,
} from './fixtures/destinations/harness.js';

interface LambdaResultEvent {
  version: string;
  id: string;
  'detail-type': string;
  source: string;
  account: string;
  time: string;
  region: string;
  resources: string[];
  detail: InvocationRecord;
}

const h = useHarness();

/** A rule on the bus matching `pattern`, targeting a new queue. */
async function ruleToQueue(bus: string, rule: string, pattern: object): Promise<Queue> {
  const queue = await createQueue(h, `${bus}-${rule}`);
  await h.events.send(
    new PutRuleCommand({ Name: rule, EventBusName: bus, EventPattern: JSON.stringify(pattern) }),
  );
  await h.events.send(
    new PutTargetsCommand({ Rule: rule, EventBusName: bus, Targets: [{ Id: 'queue', Arn: queue.arn }] }),
  );
  return queue;
}

function expectEnvelope(event: LambdaResultEvent, busArn: string, functionName: string, success: boolean) {
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
  expect(event).toMatchObject({
    version: '0',
    'detail-type': `Lambda Function Invocation Result - ${success ? 'Success' : 'Failure'}`,
    source: 'lambda',
    account: ACCOUNT,
    region: REGION,
    resources: [busArn, `${FUNCTION_ARN}:${functionName}:$LATEST`],
  });
  expect(event.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  expect(event.time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  // Whole seconds, not after the record was made.
  const lag = Date.parse(event.detail.timestamp) - Date.parse(event.time);
  expect(lag).toBeGreaterThanOrEqual(0);
  expect(lag).toBeLessThan(1000);
}

describe('an EventBridge bus as destination', () => {
  it.each([
    ['node', 1, 2],
    ['python', 0, 1],
  ] as [Runtime, 0 | 1, number][])(
    'gets a Success and a Failure event from a %s function, read through a rule on source lambda',
    async (runtime, retries, attempts) => {
      const bus = `results-${runtime}`;
      const { EventBusArn } = await h.events.send(new CreateEventBusCommand({ Name: bus }));
      const queue = await ruleToQueue(bus, 'from-lambda', { source: ['lambda'] });
      const ok = `eb-${runtime}-ok`;
      const fail = `eb-${runtime}-fail`;
      await createFunction(h, ok, runtime);
      await createFunction(h, fail, runtime);
      await configureDestinations(h, ok, retries, { onSuccess: EventBusArn });
      await configureDestinations(h, fail, retries, { onFailure: EventBusArn });
      const okId = await invokeEvent(h, ok, '{"Success":true,"n":[1,2]}');
      const failId = await invokeEvent(h, fail, '{"fail":true,"message":"bus says no"}');

      const events = (await receive(h, queue, 2)).map(
        (m) => JSON.parse(m.Body as string) as LambdaResultEvent,
      );
      const byId = Object.fromEntries(events.map((e) => [e.detail.requestContext.requestId, e]));
      expect(Object.keys(byId).sort()).toEqual([okId, failId].sort());

      expectEnvelope(byId[okId], EventBusArn as string, ok, true);
      expectRecord(byId[okId].detail, {
        requestId: okId,
        functionName: ok,
        runtime,
        condition: 'Success',
        approximateInvokeCount: 1,
        requestPayload: { Success: true, n: [1, 2] },
      });
      expectEnvelope(byId[failId], EventBusArn as string, fail, false);
      expectRecord(byId[failId].detail, {
        requestId: failId,
        functionName: fail,
        runtime,
        condition: 'RetriesExhausted',
        approximateInvokeCount: attempts,
        requestPayload: { fail: true, message: 'bus says no' },
        errorMessage: 'bus says no',
      });
    },
  );

  it('on the default bus, a rule on the Failure detail-type sees failures only', async () => {
    const busArn = `arn:aws:events:${REGION}:${ACCOUNT}:event-bus/default`;
    const all = await ruleToQueue('default', 'all-results', { source: ['lambda'] });
    const failures = await ruleToQueue('default', 'failures-only', {
      source: ['lambda'],
      'detail-type': ['Lambda Function Invocation Result - Failure'],
    });
    await createFunction(h, 'eb-default', 'node');
    await configureDestinations(h, 'eb-default', 0, { onSuccess: busArn, onFailure: busArn });
    const okId = await invokeEvent(h, 'eb-default', '{}');
    const failId = await invokeEvent(h, 'eb-default', '{"fail":true,"message":"default bus"}');

    const [failure] = await receive(h, failures, 1);
    const failed = JSON.parse(failure.Body as string) as LambdaResultEvent;
    expectEnvelope(failed, busArn, 'eb-default', false);
    expect(failed.detail.requestContext.requestId).toBe(failId);

    const both = (await receive(h, all, 2)).map((m) => JSON.parse(m.Body as string) as LambdaResultEvent);
    const ids = both.map((e) => e.detail.requestContext.requestId);
    expect(ids.sort()).toEqual([okId, failId].sort());
    const success = both.find((e) => e.detail.requestContext.requestId === okId) as LambdaResultEvent;
    expectEnvelope(success, busArn, 'eb-default', true);
    expectRecord(success.detail, {
      requestId: okId,
      functionName: 'eb-default',
      runtime: 'node',
      condition: 'Success',
      approximateInvokeCount: 1,
      requestPayload: {},
    });
    // Both results are on the bus by now; the success never reached the failure rule's queue.
    const { Attributes } = await h.sqs.send(
      new GetQueueAttributesCommand({
        QueueUrl: failures.url,
        AttributeNames: ['ApproximateNumberOfMessages'],
      }),
    );
    expect(Attributes?.ApproximateNumberOfMessages).toBe('0');
  });
});
