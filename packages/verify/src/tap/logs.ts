// Reading a function's log group: the loop every log reader shares (new events since the tap opened,
// each once), and the log tap of a Lambda destination whose handler logs each record as one JSON line
// (the fallback when the function's own invocation records cannot be read); a line that names one of our
// invocations but is no JSON record is reported as unreadable.
import { type FilteredLogEvent, FilterLogEventsCommand } from '@aws-sdk/client-cloudwatch-logs';
import { GetFunctionCommand } from '@aws-sdk/client-lambda';
import { functionNameOf } from '../arn.js';
import { type Clients, errorCode } from '../clients.js';
import type { InvocationRecord } from '../types.js';
import { asRecord, sleep, type Tap, type TapContext } from './types.js';

/** Log lines may come from before the tap opened (clock skew between here and the service). */
const LOOK_BACK_MS = 60_000;

/** The function's log group: its LoggingConfig's, else `/aws/lambda/<name>`. */
export async function logGroupOf(clients: Clients, functionArn: string): Promise<string> {
  try {
    const out = await clients.lambda.send(new GetFunctionCommand({ FunctionName: functionArn }));
    return out.Configuration?.LoggingConfig?.LogGroup ?? `/aws/lambda/${functionNameOf(functionArn)}`;
  } catch {
    // The preflight reports a missing function; the default group name is still worth reading.
    return `/aws/lambda/${functionNameOf(functionArn)}`;
  }
}

/**
 * Reads the group until ctx.signal aborts, handing each new event over once, in the order the service
 * answers them; `openedAt` tells a START line of this run from an older one.
 */
export async function readLogGroup(
  clients: Clients,
  logGroupName: string,
  ctx: TapContext,
  onEvent: (event: FilteredLogEvent, openedAt: number) => void,
): Promise<void> {
  const openedAt = Date.now();
  const startTime = openedAt - LOOK_BACK_MS;
  const seen = new Set<string>();
  while (!ctx.signal.aborted) {
    try {
      let nextToken: string | undefined;
      do {
        const out = await clients.logs.send(
          new FilterLogEventsCommand({ logGroupName, startTime, nextToken }),
          { abortSignal: ctx.signal },
        );
        for (const e of out.events ?? []) {
          const id = e.eventId ?? `${e.logStreamName}/${e.timestamp}/${e.message}`;
          if (seen.has(id)) continue;
          seen.add(id);
          onEvent(e, openedAt);
        }
        nextToken = out.nextToken;
      } while (nextToken && !ctx.signal.aborted);
    } catch (err) {
      // The group appears with the function's first invocation; until then there is nothing to read.
      if (ctx.signal.aborted) return;
      if (errorCode(err) !== 'ResourceNotFoundException') await sleep(ctx.pollIntervalMs, ctx.signal);
    }
    await sleep(ctx.pollIntervalMs, ctx.signal);
  }
}

/** Whether a log event is a START line of an invocation that began while the tap ran. */
export function startedSince(e: FilteredLogEvent, openedAt: number): boolean {
  return (e.message ?? '').startsWith('START RequestId:') && (e.timestamp ?? 0) >= openedAt;
}

/** A Lambda destination read in its log: the handler must log the record as one JSON line. */
export async function openLogTap(clients: Clients, destinationArn: string, why?: string): Promise<Tap> {
  const logGroupName = await logGroupOf(clients, destinationArn);
  return {
    destinationArn,
    type: 'lambda',
    via: `its log group ${logGroupName}, where it must log each record as one JSON line${why ? ` (${why})` : ''}`,
    run: (ctx) =>
      readLogGroup(clients, logGroupName, ctx, (e, openedAt) => {
        const arrivedAt = Date.now();
        const message = e.message ?? '';
        const record = recordInLine(message);
        if (record && ctx.isOurs(record)) ctx.onArrival({ destinationArn, record, arrivedAt });
        else if (!record && ctx.mentionsOurs(message))
          ctx.onUnreadable({ destinationArn, line: message.trim(), text: message });
        else if (startedSince(e, openedAt)) ctx.onInvoked?.(destinationArn);
      }),
  };
}

/** The JSON values a log line may hold: the whole line, then the JSON after the runtime's prefix. */
export function jsonInLine(line: string): unknown[] {
  const text = line.trim();
  const out: unknown[] = [];
  const parse = (t: string) => {
    try {
      out.push(JSON.parse(t));
    } catch {}
  };
  parse(text);
  const start = text.indexOf('{');
  const end = text.lastIndexOf('}');
  if (start > 0 || (end >= 0 && end < text.length - 1)) parse(text.slice(start, end + 1));
  return out;
}

/** The record in a log line: the whole line, or the JSON after the runtime's prefix (time, id, level). */
export function recordInLine(line: string): InvocationRecord | undefined {
  for (const value of jsonInLine(line)) {
    const record = asRecord(value);
    if (record) return record;
  }
  return undefined;
}
