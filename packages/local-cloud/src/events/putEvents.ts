// PutEvents: 1-10 entries, 1 MB in total; each entry is checked, enveloped and routed on its own.
import type {
  PutEventsRequest,
  PutEventsRequestEntry,
  PutEventsResponse,
  PutEventsResultEntry,
} from '@aws-sdk/client-eventbridge';
import type { EventsContext } from './context.js';
import { dispatch } from './deliver.js';
import { buildEnvelope } from './envelope.js';
import type { Json } from './pattern.js';
import { checkStructList, required, validationError } from './validate.js';
import type { Wire } from './wire.js';

/** The whole request's limit since January 2026 (it was 256 KB). */
export const PUT_EVENTS_MAX_BYTES = 1_048_576;

type WireEntry = Wire<PutEventsRequestEntry> | (Omit<PutEventsRequestEntry, 'Time'> & { Time?: string });

export function putEvents(ctx: EventsContext, input: Wire<PutEventsRequest>): PutEventsResponse {
  const entries = checkStructList<WireEntry>(required(input.Entries, 'entries'), 'Entries', [
    'Source',
    'DetailType',
    'Detail',
    'EventBusName',
  ]);
  for (const e of entries) {
    if (
      e.Resources !== undefined &&
      !(Array.isArray(e.Resources) && e.Resources.every((r) => typeof r === 'string'))
    ) {
      throw validationError('Parameter Resources is not valid.');
    }
  }
  if (entries.length < 1 || entries.length > 10) {
    const bound = entries.length > 10 ? 'less than or equal to 10' : 'greater than or equal to 1';
    throw validationError(
      `1 validation error detected: Value at 'entries' failed to satisfy constraint: Member must have length ${bound}`,
    );
  }
  if (entries.reduce((n, e) => n + entrySize(e), 0) > PUT_EVENTS_MAX_BYTES) {
    throw validationError('Total size of the entries in the request is over the limit.');
  }
  const results: PutEventsResultEntry[] = entries.map((e) => putOne(ctx, e));
  return { FailedEntryCount: results.filter((r) => r.ErrorCode).length, Entries: results };
}

/** AWS's documented entry size: 14 bytes for Time, then the UTF-8 bytes of each text member. */
export function entrySize(e: WireEntry): number {
  const bytes = (s: unknown) => (typeof s === 'string' ? Buffer.byteLength(s) : 0);
  let size = e.Time !== undefined ? 14 : 0;
  size += bytes(e.Source) + bytes(e.DetailType) + bytes(e.Detail);
  for (const r of e.Resources ?? []) size += bytes(r);
  return size;
}

function putOne(ctx: EventsContext, e: WireEntry): PutEventsResultEntry {
  const failure = checkEntry(e);
  if (failure) return failure;
  let detail: Json;
  try {
    detail = JSON.parse(e.Detail as string);
  } catch {
    return { ErrorCode: 'MalformedDetail', ErrorMessage: 'Detail is malformed.' };
  }
  if (detail === null || typeof detail !== 'object' || Array.isArray(detail)) {
    return { ErrorCode: 'MalformedDetail', ErrorMessage: 'Detail is malformed.' };
  }
  const bus = ctx.store.findBus(e.EventBusName, ctx.region);
  if (!bus) {
    return {
      ErrorCode: 'ResourceNotFoundException',
      ErrorMessage: `Event bus ${e.EventBusName} does not exist.`,
    };
  }
  const event = buildEnvelope({
    source: e.Source as string,
    detailType: e.DetailType as string,
    detail,
    account: ctx.store.accountId,
    region: bus.region,
    resources: e.Resources,
    time: parseTime(e.Time),
  });
  dispatch(ctx, bus, event);
  return { EventId: event.id };
}

function checkEntry(e: WireEntry): PutEventsResultEntry | undefined {
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

function parseTime(t: number | string | undefined): Date | undefined {
  if (t === undefined) return undefined;
  const d = typeof t === 'number' ? new Date(t * 1000) : new Date(t);
  return Number.isNaN(d.getTime()) ? undefined : d;
}
