// Fires each case's invocations with InvocationType Event, a few at a time, keeping every request id.
import { randomUUID } from 'node:crypto';
import { InvokeCommand } from '@aws-sdk/client-lambda';
import type { Clients } from './clients.js';
import type { ResolvedFunction } from './resolve.js';
import type { CaseSpec } from './types.js';

export interface Invocation {
  /** Index of the case in the run (across functions). */
  caseIndex: number;
  functionArn: string;
  /** From the 202 answer; empty when Invoke failed. */
  requestId: string;
  /** The marker value, when the spec asks for a marker field. */
  marker?: string;
  /** What was sent, as sent. */
  payload: unknown;
  firedAt: number;
  error?: string;
  /** Set when the case never got to Invoke: its function could not be changed as the case needs. */
  failedAt?: 'arrange';
}

export interface FireJob {
  caseIndex: number;
  fn: ResolvedFunction;
  spec: CaseSpec;
}

export interface FireOptions {
  markerField?: string;
  concurrency?: number;
  signal?: AbortSignal;
  onFired?: (done: number, total: number) => void;
}

/** The payload with the marker set, when the payload is an object that can carry it. */
export function withMarker(payload: unknown, markerField: string | undefined, marker: string): unknown {
  if (!markerField || !payload || typeof payload !== 'object' || Array.isArray(payload)) return payload;
  return { ...(payload as Record<string, unknown>), [markerField]: marker };
}

export async function fire(
  clients: Clients,
  jobs: FireJob[],
  options: FireOptions = {},
): Promise<Invocation[]> {
  const pending = jobs.flatMap((job) =>
    Array.from({ length: job.spec.invocations }, () => {
      const marker = options.markerField ? `destinations-${randomUUID()}` : undefined;
      return { job, marker, payload: withMarker(job.spec.payload, options.markerField, marker ?? '') };
    }),
  );
  const out: Invocation[] = new Array(pending.length);
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < pending.length) {
      if (options.signal?.aborted) return;
      const i = next++;
      const { job, marker, payload } = pending[i];
      const firedAt = Date.now();
      const base = { caseIndex: job.caseIndex, functionArn: job.fn.functionArn, marker, payload, firedAt };
      try {
        const res = await clients.lambda.send(
          new InvokeCommand({
            FunctionName: job.fn.functionName,
            Qualifier: job.fn.qualifier === '$LATEST' ? undefined : job.fn.qualifier,
            InvocationType: 'Event',
            Payload: new TextEncoder().encode(JSON.stringify(payload)),
          }),
          { abortSignal: options.signal },
        );
        out[i] = { ...base, requestId: res.$metadata.requestId ?? '' };
        if (res.StatusCode !== 202) out[i].error = `Invoke answered ${res.StatusCode}, not 202`;
      } catch (err) {
        out[i] = {
          ...base,
          requestId: '',
          error: err instanceof Error ? `${err.name}: ${err.message}` : String(err),
        };
      }
      options.onFired?.(++done, pending.length);
    }
  };
  await Promise.all(
    Array.from({ length: Math.max(1, Math.min(options.concurrency ?? 25, pending.length)) }, worker),
  );
  return out.filter(Boolean);
}
