// The event as rules and targets see it: AWS's envelope, keys in AWS's order, time to whole seconds.
import { randomUUID } from 'node:crypto';
import type { Json } from './pattern.js';

export interface EventEnvelope {
  version: '0';
  id: string;
  'detail-type': string;
  source: string;
  account: string;
  time: string;
  region: string;
  resources: string[];
  detail: Json;
}

/** ISO-8601 UTC without milliseconds, as EventBridge writes `time`. */
export function eventTime(d: Date): string {
  return `${d.toISOString().slice(0, 19)}Z`;
}

export function buildEnvelope(entry: {
  source: string;
  detailType: string;
  detail: Json;
  account: string;
  region: string;
  resources?: string[];
  time?: Date;
}): EventEnvelope {
  return {
    version: '0',
    id: randomUUID(),
    'detail-type': entry.detailType,
    source: entry.source,
    account: entry.account,
    time: eventTime(entry.time ?? new Date()),
    region: entry.region,
    resources: entry.resources ?? [],
    detail: entry.detail,
  };
}
