// Judges each case from the records that arrived: counts, fields, destination, duplicates, latency, and
// for every failure the most likely cause (from the preflight when it found one).

import { destinationType, functionNameOf, unqualified } from './arn.js';
import { MINIMUM_EVENT_AGE_SECONDS } from './arrange.js';
import type { MatchedArrival, UnreadableSeen } from './collect.js';
import type { Invocation } from './fire.js';
import { deepEqual, isSubset } from './match.js';
import { DELIVERY_ACTIONS } from './preflight.js';
import type { ResolvedFunction } from './resolve.js';
import type {
  CaseResult,
  CaseSpec,
  Condition,
  DestinationKind,
  Failure,
  Latency,
  Problem,
  RecordSeen,
} from './types.js';

export interface JudgeInput {
  cases: { spec: CaseSpec; fn: ResolvedFunction }[];
  invocations: Invocation[];
  arrivals: MatchedArrival[];
  preflight: Problem[];
  deadlineSeconds: number;
  /** How long collecting really took (it ends early when every invocation is accounted for). */
  waitedMs?: number;
  failOnDuplicates?: boolean;
  /** Records that reached a destination but could not be read there (collect). */
  unreadable?: UnreadableSeen[];
  /** Invocations of each destination function seen while collecting (collect). */
  invoked?: Record<string, number>;
  /** Functions (by name) whose runtime failed to start, with the error their log shows (diagnose). */
  startFailures?: Map<string, string>;
}

/** The condition a case expects when the spec does not say. */
export function expectedCondition(spec: CaseSpec): Condition {
  return spec.expect.condition ?? (spec.expect.destination === 'onSuccess' ? 'Success' : 'RetriesExhausted');
}

/** The attempts a record should count when the spec does not say; undefined when it cannot be known. */
export function expectedInvokeCount(spec: CaseSpec, fn: ResolvedFunction): number | undefined {
  if (spec.expect.approximateInvokeCount !== undefined) return spec.expect.approximateInvokeCount;
  switch (expectedCondition(spec)) {
    case 'Success':
      return 1;
    case 'RetriesExhausted':
      return fn.maximumRetryAttempts + 1;
    case 'ZeroReservedConcurrency':
      return 0;
    case 'EventAgeExceeded':
      // At AWS's minimum age the first retry (a minute after the first error) is always too late; at a
      // longer age how many attempts fit depends on how long each took.
      return fn.maximumEventAgeInSeconds <= MINIMUM_EVENT_AGE_SECONDS && fn.maximumRetryAttempts > 0
        ? 1
        : undefined;
    default:
      return undefined;
  }
}

/** Which of the function's destinations an ARN is; by condition when one ARN serves both. */
export function destinationKindOf(
  fn: ResolvedFunction,
  arn: string,
  condition: string | undefined,
): DestinationKind | 'other' {
  const success = fn.destinations?.onSuccess === arn;
  const failure = fn.destinations?.onFailure === arn;
  if (success && failure) return condition === 'Success' ? 'onSuccess' : 'onFailure';
  return success ? 'onSuccess' : failure ? 'onFailure' : 'other';
}

export function judge(input: JudgeInput): CaseResult[] {
  const byInvocation = new Map<number, MatchedArrival[]>();
  for (const a of input.arrivals) {
    const list = byInvocation.get(a.invocation) ?? [];
    list.push(a);
    byInvocation.set(a.invocation, list);
  }
  return input.cases.map(({ spec, fn }, caseIndex) => {
    const kind = spec.expect.destination;
    const destinationArn = fn.destinations?.[kind];
    const condition = expectedCondition(spec);
    const invokeCount = expectedInvokeCount(spec, fn);
    const failures: Failure[] = [];
    const records: RecordSeen[] = [];
    const latencies: number[] = [];
    const fieldMisses = new Map<
      string,
      { count: number; expected: unknown; got: unknown; requestId: string }
    >();
    const invokeErrors: Invocation[] = [];
    const unreadable: UnreadableSeen[] = [];
    const wrong: { inv: Invocation; got: MatchedArrival; kind: DestinationKind | 'other' }[] = [];
    let received = 0;
    let missing = 0;
    let duplicates = 0;
    let total = 0;

    input.invocations.forEach((inv, i) => {
      if (inv.caseIndex !== caseIndex) return;
      total++;
      if (inv.error) {
        invokeErrors.push(inv);
        return;
      }
      const arrivals = (byInvocation.get(i) ?? []).sort((a, b) => a.arrivedAt - b.arrivedAt);
      const seenAt = new Map<string, number>();
      for (const a of arrivals) {
        const n = (seenAt.get(a.destinationArn) ?? 0) + 1;
        seenAt.set(a.destinationArn, n);
        const rc = a.record.requestContext ?? {};
        records.push({
          requestId: rc.requestId ?? inv.requestId,
          destination: destinationKindOf(fn, a.destinationArn, rc.condition),
          destinationArn: a.destinationArn,
          condition: rc.condition,
          approximateInvokeCount: rc.approximateInvokeCount,
          functionError: a.record.responseContext?.functionError,
          latencyMs: a.arrivedAt - inv.firedAt,
          duplicate: n > 1,
          ...(a.via ? { via: a.via } : {}),
        });
      }
      const hits = arrivals.filter(
        (a) => destinationKindOf(fn, a.destinationArn, a.record.requestContext?.condition) === kind,
      );
      if (hits.length === 0) {
        if (arrivals.length > 0)
          wrong.push({
            inv,
            got: arrivals[0],
            kind: destinationKindOf(
              fn,
              arrivals[0].destinationArn,
              arrivals[0].record.requestContext?.condition,
            ),
          });
        else {
          const seen = (input.unreadable ?? []).find(
            (u) => u.invocation === i && u.destinationArn === destinationArn,
          );
          if (seen) unreadable.push(seen);
          else missing++;
        }
        return;
      }
      received++;
      duplicates += hits.length - 1;
      latencies.push(hits[0].arrivedAt - inv.firedAt);
      const r = hits[0].record;
      const check = (field: string, ok: boolean, expected: unknown, got: unknown) => {
        if (ok) return;
        const m = fieldMisses.get(field) ?? { count: 0, expected, got, requestId: inv.requestId };
        m.count++;
        fieldMisses.set(field, m);
      };
      const rc = r.requestContext ?? {};
      check('requestContext.condition', rc.condition === condition, condition, rc.condition);
      if (invokeCount !== undefined)
        check(
          'requestContext.approximateInvokeCount',
          rc.approximateInvokeCount === invokeCount,
          invokeCount,
          rc.approximateInvokeCount,
        );
      check(
        'requestContext.functionArn',
        !rc.functionArn || unqualified(rc.functionArn) === fn.functionArn,
        `${fn.functionArn}:${fn.qualifier}`,
        rc.functionArn,
      );
      // The function never ran: no response to report.
      if (condition === 'ZeroReservedConcurrency')
        check('responseContext', r.responseContext === undefined, null, r.responseContext);
      if (spec.expect.functionError !== undefined)
        check(
          'responseContext.functionError',
          r.responseContext?.functionError === spec.expect.functionError,
          spec.expect.functionError,
          r.responseContext?.functionError,
        );
      const sent = spec.expect.requestPayload !== undefined ? spec.expect.requestPayload : inv.payload;
      check('requestPayload', deepEqual(r.requestPayload, sent), sent, r.requestPayload);
      if (spec.expect.responsePayload !== undefined)
        check(
          'responsePayload',
          isSubset(spec.expect.responsePayload, r.responsePayload),
          spec.expect.responsePayload,
          r.responsePayload,
        );
    });

    const shownDest = `${kind}${destinationArn ? ` (${destinationArn})` : ''}`;
    if (invokeErrors.length && invokeErrors[0].failedAt === 'arrange')
      failures.push({
        kind: 'invokeError',
        message: `the case could not change its function for its duration, so nothing was fired: ${invokeErrors[0].error}`,
        cause:
          'the caller needs lambda:GetFunctionConcurrency and lambda:PutFunctionConcurrency (ZeroReservedConcurrency), or lambda:GetFunctionEventInvokeConfig and lambda:UpdateFunctionEventInvokeConfig (retry settings), as well as their restoring counterparts',
      });
    else if (invokeErrors.length)
      failures.push({
        kind: 'invokeError',
        message: `${invokeErrors.length} of ${total} Invoke calls failed: ${invokeErrors[0].error}`,
        cause: 'the caller may not invoke the function, or it does not exist in this region',
      });
    if (unreadable.length) {
      const by =
        unreadable[0].by ?? `the destination function ${functionNameOf(unreadable[0].destinationArn)}`;
      failures.push({
        kind: 'unreadable',
        requestId: input.invocations[unreadable[0].invocation].requestId,
        message: `${unreadable.length} of ${total} records reached ${shownDest}, ${unreadable[0].by ? `and were taken by ${by}, whose log names them but not as JSON` : 'but its log holds them in a form that is not JSON'}: ${clip(unreadable[0].line)}`,
        expected: { destination: kind, condition },
        got: unreadable[0].line,
        cause: `${by} ran and logged the record, but not as JSON (print(event) in Python, console.log(event) in Node.js): log it as one JSON line, print(json.dumps(event)) or console.log(JSON.stringify(event))`,
      });
    }
    if (missing) {
      const waited = Math.min(input.waitedMs ?? Infinity, input.deadlineSeconds * 1000) / 1000;
      failures.push({
        kind: 'missing',
        message: `${missing} of ${total} invocations left no record at ${shownDest} after ${Number(waited.toFixed(1))} s`,
        expected: { destination: kind, condition },
        got: null,
        cause: missingCause(fn, kind, destinationArn, input),
      });
    }
    if (wrong.length) {
      const first = wrong[0];
      const rc = first.got.record.requestContext ?? {};
      failures.push({
        kind: 'wrongDestination',
        requestId: first.inv.requestId,
        message: `${wrong.length} of ${total} records went to ${first.kind} (${first.got.destinationArn}) instead of ${kind}`,
        expected: { destination: kind, condition },
        got: { destination: first.kind, condition: rc.condition },
        cause:
          rc.condition === 'Success'
            ? 'the handler succeeded for this payload: it did not throw'
            : `the handler failed for this payload${errorMessageOf(first.got.record.responsePayload)}`,
      });
    }
    for (const [field, m] of fieldMisses)
      failures.push({
        kind: 'field',
        field,
        requestId: m.requestId,
        message: `${field} differs in ${m.count} of ${received} records`,
        expected: m.expected,
        got: m.got,
        cause: fieldCause(field, fn),
      });
    if (duplicates && input.failOnDuplicates)
      failures.push({
        kind: 'duplicate',
        message: `${duplicates} duplicate records (delivery is at least once)`,
        cause: 'Lambda delivers at least once; drop failOnDuplicates to count duplicates without failing',
      });

    return {
      name: spec.name,
      function: fn.ref,
      functionArn: fn.functionArn,
      passed: failures.length === 0,
      expected: {
        destination: kind,
        destinationArn,
        condition,
        approximateInvokeCount: invokeCount,
        functionError: spec.expect.functionError,
      },
      invocations: total,
      received,
      missing,
      wrongDestination: wrong.length,
      duplicates,
      latencyMs: summarise(latencies),
      records,
      failures,
    };
  });
}

function missingCause(
  fn: ResolvedFunction,
  kind: DestinationKind,
  arn: string | undefined,
  input: JudgeInput,
): string {
  if (!fn.destinations) return `function ${fn.functionName} has no EventInvokeConfig`;
  if (!arn) return `function ${fn.functionName} has no ${kind} destination`;
  const preflight = input.preflight;
  // Two destinations may share an ARN: a finding about the other one is not this case's cause.
  const about = (p: Problem) => p.subject === arn && (p.destination === undefined || p.destination === kind);
  const found = preflight.find((p) => about(p) && p.level === 'error');
  if (found) return found.message;
  const failedStart = input.startFailures?.get(fn.functionName);
  if (failedStart) return `function ${fn.functionName} failed to start: ${failedStart}`;
  const type = destinationType(arn);
  if (type === 'lambda') {
    const target = functionNameOf(arn);
    const targetFailed = input.startFailures?.get(target);
    if (targetFailed) return `the destination function ${target} failed to start: ${targetFailed}`;
    const invoked = input.invoked?.[arn] ?? 0;
    if (invoked > 0)
      return `the destination function ${target} was invoked ${invoked} times while the verifier waited, but logged no record of this run: it must log the event it gets as one JSON line (print(json.dumps(event)), console.log(JSON.stringify(event)))`;
  }
  const consumer = preflight.find((p) => p.subject === arn && p.check === 'consumer');
  if (type === 'sqs' && consumer) {
    const invoked = input.invoked?.[arn] ?? 0;
    const seen = invoked
      ? `its consumer was invoked ${invoked} times while the verifier waited, but its log names none of these records`
      : 'its consumer logged no invocation while the verifier waited';
    return `${consumer.message}; ${seen}: a consumer that deletes a record first must log the event it gets as one JSON line (console.log(JSON.stringify(event)), print(json.dumps(event))) for the verifier to follow it`;
  }
  const actions = type ? DELIVERY_ACTIONS[type].map((a) => a.action).join(' and ') : 'delivery';
  const skipped = preflight.find((p) => about(p) && p.level === 'skipped' && p.check === 'permission');
  const base = `the record was not delivered: check that the role ${fn.role ?? ''} allows ${actions} on ${arn} (a denied delivery only shows as the DestinationDeliveryFailures metric)`;
  const slow =
    kind === 'onFailure'
      ? `, or that the deadline covers ${fn.maximumRetryAttempts} retries (raise --timeout)`
      : '';
  return `${base}${slow}${skipped ? `; the permission check was skipped: ${skipped.message}` : ''}`;
}

/** A log line shortened for a message. */
function clip(line: string): string {
  return line.length > 120 ? `${line.slice(0, 117)}...` : line;
}

function fieldCause(field: string, fn: ResolvedFunction): string | undefined {
  switch (field) {
    case 'requestContext.approximateInvokeCount':
      return `MaximumRetryAttempts is ${fn.maximumRetryAttempts} for this case; set approximateInvokeCount in the spec if that is intended`;
    case 'responseContext':
      return 'a ZeroReservedConcurrency record has no responseContext: the function must not have run';
    case 'requestPayload':
      return 'the record carries a different payload than was sent (a marker field, or a function that rewrites its event?)';
    case 'responsePayload':
      return 'the handler returned (or threw) something else for this payload';
    case 'requestContext.condition':
      return 'the invocation ended another way (EventAgeExceeded: maximumEventAge too low for the retries?)';
    default:
      return undefined;
  }
}

function errorMessageOf(payload: unknown): string {
  const m = (payload as { errorMessage?: unknown } | null)?.errorMessage;
  return typeof m === 'string' ? `: ${m}` : '';
}

export function summarise(values: number[]): Latency | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
  return { min: s[0], p50: at(0.5), p95: at(0.95), max: s[s.length - 1] };
}
