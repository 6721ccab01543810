// Firing a run's cases in rounds: every case that runs on its functions as deployed fires at once; a case
// that changes its function (a condition to arrange, its own retry settings) waits until that function's
// other records are in, then arranges, fires, waits for its own records and restores the function, one
// case after another per function (functions in parallel). Taps and collecting run throughout.
import { type Arrangement, arrange, describeArrangement, restore } from './arrange.js';
import type { Clients } from './clients.js';
import type { Collection } from './collect.js';
import { fire, type Invocation } from './fire.js';
import type { Emit } from './progress.js';
import type { ResolvedFunction } from './resolve.js';
import type { RunState } from './state.js';
import type { CaseSpec } from './types.js';

export interface Job {
  /** The function as the case sees it (its retry settings applied): what the judge expects of. */
  fn: ResolvedFunction;
  /** The function as deployed: what an arrangement changes and restores. */
  base: ResolvedFunction;
  spec: CaseSpec;
  arrangement?: Arrangement;
}

export interface RoundsOptions {
  markerField?: string;
  concurrency?: number;
  signal?: AbortSignal;
  /** How long one round may wait for its records, in seconds. */
  roundSeconds(jobs: Job[]): number;
  emit: Emit;
}

/** Fires every job (its index in `jobs` is its case index), adding the invocations to `collection`. */
export async function fireInRounds(
  clients: Clients,
  state: RunState,
  collection: Collection,
  jobs: Job[],
  options: RoundsOptions,
): Promise<void> {
  const indexed = jobs.map((j, caseIndex) => ({ ...j, caseIndex }));
  const plain = indexed.filter((j) => !j.arrangement);
  const shoot = (batch: typeof indexed) =>
    fire(clients, batch, {
      markerField: options.markerField,
      concurrency: options.concurrency,
      signal: options.signal,
      onFired: (done, all) => {
        if (done === all) options.emit('fire', `fired ${all} invocations`, { expected: all });
      },
    });
  const total = jobs.reduce((n, j) => n + j.spec.invocations, 0);
  options.emit('fire', `firing ${total} invocations`, { expected: total });
  const fired = plain.length ? await shoot(plain) : [];
  const firedAt = collection.add(fired);
  const chains = new Map<string, typeof indexed>();
  for (const j of indexed)
    if (j.arrangement) chains.set(j.base.functionName, [...(chains.get(j.base.functionName) ?? []), j]);
  await Promise.all(
    [...chains.values()].map(async (chain) => {
      const base = chain[0].base;
      const before = firedAt.filter((_, k) => fired[k].functionArn === base.functionArn);
      const others = plain.filter((j) => j.base.functionArn === base.functionArn);
      if (others.length) await collection.settled(before, options.roundSeconds(others) * 1000);
      for (const job of chain) {
        if (options.signal?.aborted) return;
        const what = describeArrangement(job.arrangement!, base);
        options.emit('fire', `case '${job.spec.name}': setting ${what} for the case`);
        let made: Awaited<ReturnType<typeof arrange>>;
        try {
          made = await arrange(clients, state, base, job.arrangement!);
        } catch (err) {
          collection.add(unarranged(job, err));
          continue;
        }
        try {
          const idx = collection.add(await shoot([job]));
          await collection.settled(idx, options.roundSeconds([job]) * 1000);
        } finally {
          const errors = await restore(clients, state, made);
          options.emit(
            'cleanup',
            errors.length ? errors.join('; ') : `case '${job.spec.name}': restored ${what}`,
          );
        }
      }
    }),
  );
}

/** The invocations of a case whose function could not be changed: none fired, each failed with why. */
function unarranged(job: Job & { caseIndex: number }, err: unknown): Invocation[] {
  const error = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  return Array.from({ length: job.spec.invocations }, () => ({
    caseIndex: job.caseIndex,
    functionArn: job.base.functionArn,
    requestId: '',
    payload: job.spec.payload,
    firedAt: Date.now(),
    error,
    failedAt: 'arrange' as const,
  }));
}
