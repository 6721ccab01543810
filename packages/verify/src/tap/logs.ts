// Lambda tap: the destination function's log group, where its handler logs each record as one JSON line;
// a line that names one of our invocations but is no JSON record is reported as unreadable.
import { FilterLogEventsCommand } from '@aws-sdk/client-cloudwatch-logs';
import { GetFunctionCommand } from '@aws-sdk/client-lambda';
import { functionNameOf } from '../arn.js';
import { type Clients, errorCode } from '../clients.js';
import type { InvocationRecord } from '../types.js';
import { parseRecord, sleep, type Tap } from './types.js';

/** Log lines may come from before the tap opened (clock skew between here and the service). */
const LOOK_BACK_MS = 60_000;

export async function openFunctionTap(clients: Clients, destinationArn: string): Promise<Tap> {
  const name = functionNameOf(destinationArn);
  let logGroupName = `/aws/lambda/${name}`;
  try {
    const out = await clients.lambda.send(new GetFunctionCommand({ FunctionName: destinationArn }));
    logGroupName = out.Configuration?.LoggingConfig?.LogGroup ?? logGroupName;
  } catch {
    // The preflight reports a missing destination; the default group name is still worth reading.
  }
  const openedAt = Date.now();
  const startTime = openedAt - LOOK_BACK_MS;
  const seen = new Set<string>();
  return {
    destinationArn,
    type: 'lambda',
    async run(ctx) {
      while (!ctx.signal.aborted) {
        try {
          let nextToken: string | undefined;
          do {
            const out = await clients.logs.send(
              new FilterLogEventsCommand({ logGroupName, startTime, nextToken }),
              { abortSignal: ctx.signal },
            );
            const arrivedAt = Date.now();
            for (const e of out.events ?? []) {
              const id = e.eventId ?? `${e.logStreamName}/${e.timestamp}/${e.message}`;
              if (seen.has(id)) continue;
              seen.add(id);
              const message = e.message ?? '';
              const record = recordInLine(message);
              if (record && ctx.isOurs(record)) ctx.onArrival({ destinationArn, record, arrivedAt });
              else if (!record && ctx.mentionsOurs(message))
                ctx.onUnreadable({ destinationArn, line: message.trim(), text: message });
              else if (message.startsWith('START RequestId:') && (e.timestamp ?? 0) >= openedAt)
                ctx.onInvoked?.(destinationArn);
            }
            nextToken = out.nextToken;
          } while (nextToken && !ctx.signal.aborted);
        } catch (err) {
          // The group appears with the destination's first invocation; until then there is nothing to read.
          if (ctx.signal.aborted) return;
          if (errorCode(err) !== 'ResourceNotFoundException') await sleep(ctx.pollIntervalMs, ctx.signal);
        }
        await sleep(ctx.pollIntervalMs, ctx.signal);
      }
    },
  };
}

/** The record in a log line: the whole line, or the JSON after the runtime's prefix (time, id, level). */
export function recordInLine(line: string): InvocationRecord | undefined {
  const text = line.trim();
  const direct = parseRecord(text);
  if (direct) return direct;
  const start = text.indexOf('{');
  const end = text.lastIndexOf('}');
  if (start < 0 || end <= start) return undefined;
  return parseRecord(text.slice(start, end + 1));
}
