// PutEvents: 1-10 entries, 1 MB in total; each entry is checked, enveloped and routed on its own.
import { randomUUID } from 'node:crypto';
import type {
  PutEventsRequest,
  PutEventsRequestEntry,
  PutEventsResponse,
  PutEventsResultEntry,
} from '@aws-sdk/client-eventbridge';
import type { EventsContext } from './context.js';
import { dispatch } from './deliver.js';
import { buildEnvelope } from './envelope.js';
import { constraintViolation, validationError } from './errors.js';
import type { Json } from './pattern.js';
import { required } from './validate.js';

/** The whole request's limit since January 2026 (it was 256 KB). */
export const PUT_EVENTS_MAX_BYTES = 1_048_576;

export function putEvents(ctx: EventsContext, input: PutEventsRequest): PutEventsResponse {
  const entries = required(input.Entries, 'entries');
  if (entries.length < 1 || entries.length > 10) {
    const bound = entries.length > 10 ? 'less than or equal to 10' : 'greater than or equal to 1';
    throw constraintViolation(
      `[${entries.map(javaEntry).join(', ')}]`,
      'entries',
      `Member must have length ${bound}`,
    );
  }
  if (entries.reduce((n, e) => n + entrySize(e), 0) > PUT_EVENTS_MAX_BYTES) {
    throw validationError('Total size of the entries in the request is over the limit.');
  }
  const results: PutEventsResultEntry[] = entries.map((e) => putOne(ctx, e));
  return { FailedEntryCount: results.filter((r) => r.ErrorCode).length, Entries: results };
}

/** An entry as AWS's model validation shows it: its service's Java text of the request entry. */
function javaEntry(e: PutEventsRequestEntry): string {
  const text = (v: string | undefined) => v ?? 'null';
  const time = e.Time === undefined ? 'null' : javaDate(e.Time);
  const resources = e.Resources === undefined ? 'null' : `[${e.Resources.join(', ')}]`;
  return (
    `PutEventsRequestEntry(time=${time}, source=${text(e.Source)}, resources=${resources}, ` +
    `detailType=${text(e.DetailType)}, detail=${text(e.Detail)}, eventBusName=${text(e.EventBusName)}, ` +
    `traceHeader=${text(e.TraceHeader)}, kmsKeyIdentifier=null, internalMetadata=null)`
  );
}

/** Java's Date text in UTC: `Fri Dec 06 16:53:20 UTC 2024`. */
function javaDate(d: Date): string {
  // toUTCString: `Fri, 06 Dec 2024 16:53:20 GMT`.
  const [day, date, month, year, time] = d.toUTCString().split(' ');
  return `${day.slice(0, 3)} ${month} ${date} ${time} UTC ${year}`;
}

/** AWS's documented entry size: 14 bytes for Time, then the UTF-8 bytes of each text member. */
function entrySize(e: PutEventsRequestEntry): number {
  const bytes = (s: string | undefined) => (s === undefined ? 0 : Buffer.byteLength(s));
  let size = e.Time !== undefined ? 14 : 0;
  size += bytes(e.Source) + bytes(e.DetailType) + bytes(e.Detail);
  for (const r of e.Resources ?? []) size += bytes(r);
  return size;
}

function putOne(ctx: EventsContext, e: PutEventsRequestEntry): PutEventsResultEntry {
  const failure = checkEntry(e);
  if (failure) return failure;
  // checkEntry saw each of these present.
  const { Source = '', DetailType = '', Detail = '' } = e;
  let detail: Json;
  try {
    detail = JSON.parse(Detail);
  } catch {
    return { ErrorCode: 'MalformedDetail', ErrorMessage: 'Detail is malformed.' };
  }
  if (detail === null || typeof detail !== 'object' || Array.isArray(detail)) {
    return { ErrorCode: 'MalformedDetail', ErrorMessage: 'Detail is malformed.' };
  }
  const bus = ctx.store.findBus(e.EventBusName, ctx.region);
  // AWS accepts an entry for a bus that does not exist, answers its EventId, and delivers it nowhere.
  if (!bus) return { EventId: randomUUID() };
  const event = buildEnvelope({
    source: Source,
    detailType: DetailType,
    detail,
    account: ctx.store.accountId,
    region: bus.region,
    resources: e.Resources,
    time: e.Time,
  });
  dispatch(ctx, bus, event);
  return { EventId: event.id };
}

/** The failure AWS answers for an entry that lacks a member it requires or uses a source it reserves. */
function checkEntry(e: PutEventsRequestEntry): PutEventsResultEntry | undefined {
  if (!e.Source) {
    return {
      ErrorCode: 'InvalidArgument',
      ErrorMessage: 'Parameter Source is not valid. Reason: Source is a required argument.',
    };
  }
  if (!e.DetailType) {
    return {
      ErrorCode: 'InvalidArgument',
      ErrorMessage: 'Parameter DetailType is not valid. Reason: DetailType is a required argument.',
    };
  }
  if (!e.Detail) {
    return {
      ErrorCode: 'InvalidArgument',
      ErrorMessage: 'Parameter Detail is not valid. Reason: Detail is a required argument.',
    };
  }
  if (e.Source.startsWith('aws.')) {
    return { ErrorCode: 'NotAuthorizedForSourceException', ErrorMessage: 'Not authorized for the source.' };
  }
  return undefined;
}
