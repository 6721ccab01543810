// What a case changes on its function for its duration (a condition no payload can produce, or its own
// retry and event-age settings), and the change itself: recorded in the run state before it is made, so
// the run's end, a signal or `destinations cleanup` restores the function exactly.
import {
  GetFunctionConcurrencyCommand,
  GetFunctionEventInvokeConfigCommand,
  PutFunctionConcurrencyCommand,
  UpdateFunctionEventInvokeConfigCommand,
} from '@aws-sdk/client-lambda';
import type { Clients } from './clients.js';
import type { ResolvedFunction } from './resolve.js';
import { type RunState, recordCreated, recordRemoved, type TapResource } from './state.js';
import { restoreRecorded } from './tap/cleanup.js';
import type { CaseSpec } from './types.js';

/** AWS's lowest MaximumEventAgeInSeconds: the first retry, a minute after the first error, is always later. */
export const MINIMUM_EVENT_AGE_SECONDS = 60;

export interface Arrangement {
  /** 0 for ZeroReservedConcurrency. */
  reservedConcurrency?: number;
  maximumRetryAttempts?: number;
  maximumEventAgeInSeconds?: number;
}

/** The retry settings a case runs with: its own overrides, what its condition needs, else the function's. */
export function settingsFor(
  spec: CaseSpec,
  fn: ResolvedFunction,
): { maximumRetryAttempts: number; maximumEventAgeInSeconds: number } {
  const eventAge = spec.expect.condition === 'EventAgeExceeded';
  return {
    maximumRetryAttempts:
      spec.maximumRetryAttempts ??
      (eventAge ? Math.max(1, fn.maximumRetryAttempts) : fn.maximumRetryAttempts),
    maximumEventAgeInSeconds:
      spec.maximumEventAgeInSeconds ?? (eventAge ? MINIMUM_EVENT_AGE_SECONDS : fn.maximumEventAgeInSeconds),
  };
}

/** The function as the case sees it: its retry settings replaced by the case's. */
export function caseFunction(spec: CaseSpec, fn: ResolvedFunction): ResolvedFunction {
  return { ...fn, ...settingsFor(spec, fn) };
}

/** What the case must change on the function; undefined when it runs on the function as deployed. */
export function arrangementFor(spec: CaseSpec, fn: ResolvedFunction): Arrangement | undefined {
  const wanted = settingsFor(spec, fn);
  const a: Arrangement = {};
  if (spec.expect.condition === 'ZeroReservedConcurrency') a.reservedConcurrency = 0;
  if (wanted.maximumRetryAttempts !== fn.maximumRetryAttempts)
    a.maximumRetryAttempts = wanted.maximumRetryAttempts;
  if (wanted.maximumEventAgeInSeconds !== fn.maximumEventAgeInSeconds)
    a.maximumEventAgeInSeconds = wanted.maximumEventAgeInSeconds;
  return Object.keys(a).length ? a : undefined;
}

/** The change in words: `reserved concurrency 0, MaximumRetryAttempts 1 (now 2)`. */
export function describeArrangement(a: Arrangement, fn: ResolvedFunction): string {
  const parts: string[] = [];
  if (a.reservedConcurrency !== undefined) parts.push(`reserved concurrency ${a.reservedConcurrency}`);
  if (a.maximumRetryAttempts !== undefined)
    parts.push(`MaximumRetryAttempts ${a.maximumRetryAttempts} (now ${fn.maximumRetryAttempts})`);
  if (a.maximumEventAgeInSeconds !== undefined)
    parts.push(`MaximumEventAgeInSeconds ${a.maximumEventAgeInSeconds} (now ${fn.maximumEventAgeInSeconds})`);
  return `${parts.join(', ')} on ${fn.functionName}${fn.qualifier === '$LATEST' ? '' : `:${fn.qualifier}`}`;
}

/**
 * Makes the change, each part recorded before it is made; returns the records, for `restore`. A part that
 * fails is restored at once (it may have half applied) and the error thrown.
 */
export async function arrange(
  clients: Clients,
  state: RunState,
  fn: ResolvedFunction,
  a: Arrangement,
): Promise<TapResource[]> {
  const made: TapResource[] = [];
  const step = async (record: TapResource, change: () => Promise<unknown>) => {
    recordCreated(state, record);
    made.push(record);
    await change();
  };
  try {
    if (a.reservedConcurrency !== undefined) {
      const now = await clients.lambda.send(
        new GetFunctionConcurrencyCommand({ FunctionName: fn.functionName }),
      );
      await step(
        {
          type: 'functionConcurrency',
          functionName: fn.functionName,
          previous: now.ReservedConcurrentExecutions ?? null,
        },
        () =>
          clients.lambda.send(
            new PutFunctionConcurrencyCommand({
              FunctionName: fn.functionName,
              ReservedConcurrentExecutions: a.reservedConcurrency,
            }),
          ),
      );
    }
    if (a.maximumRetryAttempts !== undefined || a.maximumEventAgeInSeconds !== undefined) {
      const now = await clients.lambda.send(
        new GetFunctionEventInvokeConfigCommand({ FunctionName: fn.functionName, Qualifier: fn.qualifier }),
      );
      await step(
        {
          type: 'eventInvokeConfig',
          functionName: fn.functionName,
          qualifier: fn.qualifier,
          previous: {
            MaximumRetryAttempts: now.MaximumRetryAttempts,
            MaximumEventAgeInSeconds: now.MaximumEventAgeInSeconds,
            DestinationConfig: now.DestinationConfig,
          },
        },
        () =>
          clients.lambda.send(
            new UpdateFunctionEventInvokeConfigCommand({
              FunctionName: fn.functionName,
              Qualifier: fn.qualifier,
              MaximumRetryAttempts: a.maximumRetryAttempts,
              MaximumEventAgeInSeconds: a.maximumEventAgeInSeconds,
            }),
          ),
      );
    }
  } catch (err) {
    await restore(clients, state, made);
    throw err;
  }
  return made;
}

/** Puts the function back as it was, newest change first; returns what could not be restored. */
export async function restore(clients: Clients, state: RunState, made: TapResource[]): Promise<string[]> {
  const errors: string[] = [];
  for (const r of [...made].reverse()) {
    const error = await restoreRecorded(clients, r);
    if (error) errors.push(error);
    else recordRemoved(state, r);
  }
  return errors;
}
