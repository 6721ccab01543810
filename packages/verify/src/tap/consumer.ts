// A destination queue's consumers: the functions its event source mappings feed, which may take and
// delete a record before the verifier sees it. Such a record is followed to the consumer: its invocation
// with that record, read from its log (the record in the event it logged, or at least its request id).
// An SQS mapping invokes its function synchronously, so the function's own destinations never see it.
import { ListEventSourceMappingsCommand } from '@aws-sdk/client-lambda';
import { functionNameOf } from '../arn.js';
import type { Clients } from '../clients.js';
import type { InvocationRecord } from '../types.js';
import { jsonInLine, logGroupOf, readLogGroup, startedSince } from './logs.js';
import { asRecord, parseRecord, type TapContext } from './types.js';

export interface Consumer {
  uuid: string;
  functionArn: string;
  state?: string;
}

/** States in which a mapping polls, or is about to. */
const POLLING = new Set(['Enabled', 'Enabling', 'Creating', 'Updating']);

/** The queue's polling consumers; undefined when the caller may not list event source mappings. */
export async function consumersOf(clients: Clients, queueArn: string): Promise<Consumer[] | undefined> {
  const out: Consumer[] = [];
  try {
    let Marker: string | undefined;
    do {
      const page = await clients.lambda.send(
        new ListEventSourceMappingsCommand({ EventSourceArn: queueArn, Marker }),
      );
      for (const m of page.EventSourceMappings ?? [])
        if (m.UUID && m.FunctionArn && POLLING.has(m.State ?? 'Enabled'))
          out.push({ uuid: m.UUID, functionArn: m.FunctionArn, state: m.State });
      Marker = page.NextMarker;
    } while (Marker);
  } catch {
    return undefined;
  }
  return out;
}

/** The consumers in words: `f (event source mapping <uuid>)`. */
export function describeConsumers(consumers: Consumer[]): string {
  return consumers.map((c) => `${functionNameOf(c.functionArn)} (event source mapping ${c.uuid})`).join(', ');
}

/** Reads the consumer's log for the records of this run it took from the queue. */
export async function readConsumerLog(
  clients: Clients,
  queueArn: string,
  consumer: Consumer,
  ctx: TapContext,
): Promise<void> {
  const logGroupName = await logGroupOf(clients, consumer.functionArn);
  const name = functionNameOf(consumer.functionArn);
  // The invocation a line belongs to: the last START of its stream (Python prints no request id).
  const current = new Map<string, string>();
  await readLogGroup(clients, logGroupName, ctx, (e, openedAt) => {
    const message = e.message ?? '';
    const start = /^START RequestId: (\S+)/.exec(message);
    if (start) {
      current.set(e.logStreamName ?? '', start[1]);
      if (startedSince(e, openedAt)) ctx.onInvoked?.(queueArn);
      return;
    }
    if (!ctx.mentionsOurs(message)) return;
    const invocation = nodeRequestId(message) ?? current.get(e.logStreamName ?? '');
    const by = `the queue's consumer ${name}${invocation ? ` (invocation ${invocation})` : ''}`;
    const ours = recordsInConsumerLine(message).filter((r) => ctx.isOurs(r));
    for (const record of ours)
      ctx.onArrival({ destinationArn: queueArn, record, arrivedAt: Date.now(), via: by });
    if (ours.length === 0)
      ctx.onUnreadable({ destinationArn: queueArn, line: message.trim(), text: message, by });
  });
}

/** The records a consumer's log line holds: the SQS event it logged (each body a record), or a record. */
export function recordsInConsumerLine(line: string): InvocationRecord[] {
  const out: InvocationRecord[] = [];
  for (const value of jsonInLine(line)) {
    const record = asRecord(value);
    if (record) out.push(record);
    const records = (value as { Records?: unknown } | null)?.Records;
    if (Array.isArray(records))
      for (const r of records) {
        const body = (r as { body?: unknown } | null)?.body;
        const inner = typeof body === 'string' ? parseRecord(body) : asRecord(body);
        if (inner) out.push(inner);
      }
    if (out.length) break;
  }
  return out;
}

/** The request id the Node.js runtime puts before each line: `<time>\t<request id>\t<level>\t...`. */
function nodeRequestId(line: string): string | undefined {
  const id = line.split('\t')[1];
  return id && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id) ? id : undefined;
}
