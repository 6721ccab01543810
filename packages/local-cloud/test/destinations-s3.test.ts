// Lambda destinations on S3 buckets: failure records only, one JSON object each under
// aws/lambda/async/<function>/YYYY/MM/DD/; an onSuccess bucket is refused when the config is put.
import {
  GetFunctionEventInvokeConfigCommand,
  PutFunctionEventInvokeConfigCommand,
  UpdateFunctionEventInvokeConfigCommand,
} from '@aws-sdk/client-lambda';
import { CreateBucketCommand, GetObjectCommand, ListObjectsV2Command } from '@aws-sdk/client-s3';
import { describe, expect, it } from '@jest/globals';
import {
  configureDestinations,
  createFunction,
  createQueue,
  eventually,
  expectRecord,
  type InvocationRecord,
  invokeEvent,
  metrics,
  type Runtime,
  receive,
  useHarness,
} from './fixtures/destinations/harness.js';

const h = useHarness();

/** The keys under the function's prefix once `count` are there (S3 has no long poll). */
async function recordKeys(bucket: string, functionName: string, count: number): Promise<string[]> {
  const keys = await eventually(async () => {
    const list = await h.s3.send(
      new ListObjectsV2Command({ Bucket: bucket, Prefix: `aws/lambda/async/${functionName}/` }),
    );
    const found = (list.Contents ?? []).map((o) => o.Key as string);
    return found.length >= count ? found : undefined;
  });
  expect(keys).toHaveLength(count);
  return keys as string[];
}

async function objectText(bucket: string, key: string): Promise<string> {
  const obj = await h.s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
  return obj.Body?.transformToString() as Promise<string>;
}

describe('an S3 bucket as failure destination', () => {
  it.each([
    ['node', 1, 2],
    ['python', 0, 1],
  ] as [Runtime, 0 | 1, number][])(
    'holds one object per failure of a %s function, and nothing for its successes',
    async (runtime, retries, attempts) => {
      const bucket = `failures-${runtime}`;
      const name = `s3-${runtime}`;
      await h.s3.send(new CreateBucketCommand({ Bucket: bucket }));
      const successes = await createQueue(h, `${name}-successes`);
      // The dead-letter queue tells when each failed event is done: Lambda sends to both.
      const dlq = await createQueue(h, `${name}-dlq`);
      await createFunction(h, name, runtime, { deadLetterArn: dlq.arn });
      await configureDestinations(h, name, retries, {
        onSuccess: successes.arn,
        onFailure: `arn:aws:s3:::${bucket}`,
      });
      const failPayload = '{ "fail" : true, "message": "to the bucket" }';
      const okId = await invokeEvent(h, name, '{"ok":1}');
      const failIds = [await invokeEvent(h, name, failPayload), await invokeEvent(h, name, failPayload)];

      const [success] = await receive(h, successes, 1);
      expect(JSON.parse(success.Body as string).requestContext.requestId).toBe(okId);
      await receive(h, dlq, 2);
      const keys = await recordKeys(bucket, name, 2);

      const seen: string[] = [];
      for (const key of keys) {
        const m = key.match(
          /^aws\/lambda\/async\/([^/]+)\/(\d{4})\/(\d\d)\/(\d\d)\/(\d{4})-(\d\d)-(\d\d)T(\d\d)\.(\d\d)\.(\d\d)-([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/,
        );
        expect(m).not.toBeNull();
        const [, fn, y, mo, d, y2, mo2, d2, hh, mm, ss] = m as RegExpMatchArray;
        expect(fn).toBe(name);
        expect([y2, mo2, d2]).toEqual([y, mo, d]);
        const text = await objectText(bucket, key);
        expect(text).toContain(`"requestPayload":${failPayload},"responseContext":{`);
        const record = JSON.parse(text) as InvocationRecord;
        const id = record.requestContext.requestId;
        seen.push(id);
        expectRecord(record, {
          requestId: id,
          functionName: name,
          runtime,
          condition: 'RetriesExhausted',
          approximateInvokeCount: attempts,
          requestPayload: JSON.parse(failPayload),
          errorMessage: 'to the bucket',
        });
        // The key is stamped with the record's own time, to the second.
        expect(`${y}-${mo}-${d}T${hh}:${mm}:${ss}`).toBe(record.timestamp.slice(0, 19));
      }
      expect(seen.sort()).toEqual([...failIds].sort());
    },
  );

  it('counts a missing bucket as a delivery failure', async () => {
    const dlq = await createQueue(h, 's3-missing-dlq');
    await createFunction(h, 's3-missing', 'node', { deadLetterArn: dlq.arn });
    await configureDestinations(h, 's3-missing', 0, { onFailure: 'arn:aws:s3:::never-created' });
    await invokeEvent(h, 's3-missing', '{"fail":true}');
    await receive(h, dlq, 1);
    const failures = await eventually(
      async () => (await metrics(h)).DestinationDeliveryFailures?.['s3-missing'],
    );
    expect(failures).toBe(1);
  });
});

describe('an S3 bucket as success destination', () => {
  const SUCCESS_BUCKET = 'arn:aws:s3:::wanted-successes';
  const FAILURE_BUCKET = 'arn:aws:s3:::wanted-failures';
  const invalid = (success: string, failure: string) =>
    `The provided destination config DestinationConfig(onSuccess=${success}, onFailure=${failure}) is invalid.`;

  async function refusal(send: Promise<unknown>) {
    const err = await send.then(
      () => undefined,
      (e: unknown) => e as { name: string; message: string; $metadata: { httpStatusCode?: number } },
    );
    expect(err).toBeDefined();
    return { name: err?.name, status: err?.$metadata.httpStatusCode, message: err?.message };
  }

  it.each([
    [
      'alone',
      { OnSuccess: { Destination: SUCCESS_BUCKET } },
      invalid(`OnSuccess(destination=${SUCCESS_BUCKET})`, 'null'),
    ],
    [
      'beside an S3 failure destination',
      { OnSuccess: { Destination: SUCCESS_BUCKET }, OnFailure: { Destination: FAILURE_BUCKET } },
      invalid(`OnSuccess(destination=${SUCCESS_BUCKET})`, `OnFailure(destination=${FAILURE_BUCKET})`),
    ],
  ])(
    'is refused by PutFunctionEventInvokeConfig (%s), and nothing is stored',
    async (_how, DestinationConfig, message) => {
      const name = `s3-refused-put-${Object.keys(DestinationConfig).length}`;
      await createFunction(h, name, 'node');
      const put = h.lambda.send(
        new PutFunctionEventInvokeConfigCommand({ FunctionName: name, DestinationConfig }),
      );
      expect(await refusal(put)).toEqual({ name: 'InvalidParameterValueException', status: 400, message });
      const get = h.lambda.send(new GetFunctionEventInvokeConfigCommand({ FunctionName: name }));
      expect((await refusal(get)).name).toBe('ResourceNotFoundException');
    },
  );

  it('is refused by UpdateFunctionEventInvokeConfig, and the config stays as it was', async () => {
    await createFunction(h, 's3-refused-update', 'node');
    await configureDestinations(h, 's3-refused-update', 0, { onFailure: FAILURE_BUCKET });
    const update = h.lambda.send(
      new UpdateFunctionEventInvokeConfigCommand({
        FunctionName: 's3-refused-update',
        DestinationConfig: { OnSuccess: { Destination: SUCCESS_BUCKET } },
      }),
    );
    // Whether AWS names the merged config or only the request's in this message is not recorded.
    const refused = await refusal(update);
    expect(refused).toMatchObject({ name: 'InvalidParameterValueException', status: 400 });
    expect(refused.message).toMatch(
      /^The provided destination config DestinationConfig\(onSuccess=OnSuccess\(destination=arn:aws:s3:::wanted-successes\), onFailure=.*\) is invalid\.$/,
    );
    const stored = await h.lambda.send(
      new GetFunctionEventInvokeConfigCommand({ FunctionName: 's3-refused-update' }),
    );
    expect(stored.DestinationConfig?.OnSuccess?.Destination).toBeUndefined();
    expect(stored.DestinationConfig?.OnFailure?.Destination).toBe(FAILURE_BUCKET);
  });
});
