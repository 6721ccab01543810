// Invoke: RequestResponse runs the function and answers its result, Event queues it (202), DryRun
// only checks (204); payload limits and JSON checks as Lambda makes them.
import type { InvocationRequest, InvocationResponse, InvocationType } from '@aws-sdk/client-lambda';
import type { LambdaContext } from './context.js';
import { invalidInvocationType, invalidRequestContent, payloadTooLarge, throttled } from './errors.js';

const ASYNC_LIMIT = 1_048_576;
const SYNC_LIMIT = 6_291_456;
const TAIL_BYTES = 4096;
const EMPTY = Buffer.alloc(0);

function checkPayload(body: Buffer, type: InvocationType): void {
  const limit = type === 'Event' ? ASYNC_LIMIT : SYNC_LIMIT;
  if (body.length > limit) throw payloadTooLarge(body.length, type, limit);
  if (body.length === 0) return;
  try {
    JSON.parse(body.toString('utf8'));
  } catch (err) {
    throw invalidRequestContent(err instanceof Error ? err.message : String(err));
  }
}

/** The payload as the codec hands it over (the raw body); any other byte array is viewed, not copied. */
function bytes(payload: Uint8Array | undefined): Buffer {
  if (payload === undefined) return EMPTY;
  if (Buffer.isBuffer(payload)) return payload;
  return Buffer.from(payload.buffer, payload.byteOffset, payload.byteLength);
}

export async function invoke(ctx: LambdaContext, input: InvocationRequest): Promise<InvocationResponse> {
  const type = input.InvocationType ?? 'RequestResponse';
  if (type !== 'Event' && type !== 'RequestResponse' && type !== 'DryRun') throw invalidInvocationType(type);
  const resolved = ctx.store.get(input.FunctionName!, ctx.region, input.Qualifier, true);
  const payload = bytes(input.Payload);
  checkPayload(payload, type);
  if (type === 'DryRun') return { StatusCode: 204 };
  if (type === 'Event') {
    // The event's request id is this request's, so the 202's x-amzn-RequestId names the record.
    ctx.queue.enqueue(resolved, payload, ctx.requestId);
    return { StatusCode: 202 };
  }
  const { fn, version } = resolved;
  if (fn.reservedConcurrency === 0)
    throw throttled('ReservedFunctionConcurrentInvocationLimitExceeded', false);
  const clientContext = input.ClientContext
    ? Buffer.from(input.ClientContext, 'base64').toString('utf8')
    : undefined;
  const tail = input.LogType === 'Tail';
  const result = await ctx.pool.invoke(fn, version, {
    requestId: ctx.requestId,
    payload,
    invokedArn: resolved.invokedArn,
    clientContext,
    tail,
  });
  if ('throttled' in result) {
    throw throttled(
      result.throttled === 'function'
        ? 'ReservedFunctionConcurrentInvocationLimitExceeded'
        : 'ConcurrentInvocationLimitExceeded',
    );
  }
  const out: InvocationResponse = {
    StatusCode: 200,
    ExecutedVersion: version.version,
    Payload: result.payload,
  };
  if (result.functionError) out.FunctionError = result.functionError;
  if (tail) {
    const log = Buffer.from(result.logTail ?? '');
    out.LogResult = log.subarray(Math.max(0, log.length - TAIL_BYTES)).toString('base64');
  }
  return out;
}
