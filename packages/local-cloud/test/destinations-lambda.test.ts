// Lambda destinations on another function: the record is the event of an asynchronous invocation,
// read back from the destination function's own success record (its requestPayload), in an SQS queue.
import { describe, expect, it } from '@jest/globals';
import {
  configureDestinations,
  createFunction,
  createQueue,
  expectRecord,
  type InvocationRecord,
  invokeEvent,
  receive,
  useHarness,
} from './fixtures/destinations/harness.js';

const h = useHarness();

describe('a Lambda function as destination', () => {
  it('is invoked asynchronously with the success record and with the failure record', async () => {
    const echoed = await createQueue(h, 'echo-records');
    const echoArn = await createFunction(h, 'echo', 'echo');
    await configureDestinations(h, 'echo', 0, { onSuccess: echoed.arn });
    await createFunction(h, 'to-function', 'node');
    await configureDestinations(h, 'to-function', 1, { onSuccess: echoArn, onFailure: echoArn });
    const okId = await invokeEvent(h, 'to-function', '{"n":1}');
    const failId = await invokeEvent(h, 'to-function', '{"fail":true,"message":"function says no"}');

    const outer = (await receive(h, echoed, 2)).map((m) => JSON.parse(m.Body as string) as InvocationRecord);
    // The echo function's own records: a fresh request each, its event being the first record.
    for (const r of outer) {
      expect(r.requestContext.condition).toBe('Success');
      expect([okId, failId]).not.toContain(r.requestContext.requestId);
      expect(r.responsePayload).toEqual(r.requestPayload);
    }
    const inner = Object.fromEntries(
      outer.map((r) => {
        const record = r.requestPayload as InvocationRecord;
        return [record.requestContext.requestId, record];
      }),
    );
    expect(Object.keys(inner).sort()).toEqual([okId, failId].sort());
    expectRecord(inner[okId], {
      requestId: okId,
      functionName: 'to-function',
      runtime: 'node',
      condition: 'Success',
      approximateInvokeCount: 1,
      requestPayload: { n: 1 },
    });
    expectRecord(inner[failId], {
      requestId: failId,
      functionName: 'to-function',
      runtime: 'node',
      condition: 'RetriesExhausted',
      approximateInvokeCount: 2,
      requestPayload: { fail: true, message: 'function says no' },
      errorMessage: 'function says no',
    });
  });
});
