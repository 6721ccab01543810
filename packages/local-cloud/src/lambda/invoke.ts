// Invoke: RequestResponse runs the function and answers its result, Event queues it (202), DryRun
// only checks (204); payload limits and JSON checks as Lambda makes them.
import type { InvocationType } from '@aws-sdk/client-lambda';
import { AwsError } from '../protocol/errors.js';
import { header, type LocalRequest } from '../protocol/request.js';
import type { RestAnswer } from '../protocol/restJson.js';
import type { LambdaContext } from './context.js';

const ASYNC_LIMIT = 1_048_576;
const SYNC_LIMIT = 6_291_456;
const TAIL_BYTES = 4096;

function checkPayload(body: Buffer, type: InvocationType): void {
  const limit = type === 'Event' ? ASYNC_LIMIT : SYNC_LIMIT;
  if (body.length > limit) {
    throw new AwsError(
      'RequestEntityTooLargeException',
      `${body.length} byte payload is too large for the ${type} invocation type (limit ${limit} bytes)`,
      413,
    );
  }
  if (body.length === 0) return;
  try {
    JSON.parse(body.toString('utf8'));
  } catch (err) {
    throw new AwsError(
      'InvalidRequestContentException',
      `Could not parse request body into json: Could not parse payload into json: ${err instanceof Error ? err.message : String(err)}`,
      400,
    );
  }
}

function throttled(reason: string): AwsError {
  return new AwsError('TooManyRequestsException', 'Rate Exceeded.', 429, {
    headers: { 'Retry-After': '1' },
    fields: { Reason: reason },
  });
}

export async function invoke(
  ctx: LambdaContext,
  req: LocalRequest,
  params: Record<string, string>,
): Promise<RestAnswer> {
  const type = (header(req, 'x-amz-invocation-type') ?? 'RequestResponse') as InvocationType;
  if (type !== 'Event' && type !== 'RequestResponse' && type !== 'DryRun') {
    throw new AwsError(
      'ValidationException',
      `1 validation error detected: Value '${type}' at 'invocationType' failed to satisfy constraint: Member must satisfy enum value set: [Event, RequestResponse, DryRun]`,
      400,
    );
  }
  const resolved = ctx.store.get(params.FunctionName, req.region, req.query.get('Qualifier'), true);
  checkPayload(req.body, type);
  if (type === 'DryRun') return { status: 204 };
  if (type === 'Event') {
    ctx.queue.enqueue(resolved, req.body, req.requestId);
    return { status: 202 };
  }
  const { fn, version } = resolved;
  if (fn.reservedConcurrency === 0) throw throttled('ReservedFunctionConcurrentInvocationLimitExceeded');
  let clientContext: string | undefined;
  const cc = header(req, 'x-amz-client-context');
  if (cc) clientContext = Buffer.from(cc, 'base64').toString('utf8');
  const tail = header(req, 'x-amz-log-type') === 'Tail';
  const result = await ctx.pool.invoke(fn, version, {
    requestId: req.requestId,
    payload: req.body,
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
  const headers: Record<string, string> = { 'X-Amz-Executed-Version': version.version };
  if (result.functionError) headers['X-Amz-Function-Error'] = result.functionError;
  if (tail) {
    const log = Buffer.from(result.logTail ?? '');
    headers['X-Amz-Log-Result'] = log.subarray(Math.max(0, log.length - TAIL_BYTES)).toString('base64');
  }
  return { status: 200, body: result.payload, headers };
}
