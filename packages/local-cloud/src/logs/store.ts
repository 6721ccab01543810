// What CloudWatch Logs keeps: log groups by region and name, their streams, and the events in each.
import type { LogGroupClass } from '@aws-sdk/client-cloudwatch-logs';
import { parseArn } from '../arn.js';
import {
  groupNameAndIdentifier,
  groupNameMissing,
  invalidNextToken,
  logGroupNotFound,
  logStreamNotFound,
} from './errors.js';

export interface StoredEvent {
  timestamp: number;
  message: string;
  ingestionTime: number;
  /** Order of arrival within the group; also the event id. */
  seq: number;
}

export interface Stream {
  name: string;
  creationTime: number;
  events: StoredEvent[];
  firstEventTimestamp?: number;
  lastEventTimestamp?: number;
  lastIngestionTime?: number;
  storedBytes: number;
}

export interface Group {
  name: string;
  region: string;
  creationTime: number;
  retentionInDays?: number;
  streams: Map<string, Stream>;
  tags: Record<string, string>;
  nextSeq: number;
  /** STANDARD unless created otherwise; kept as given, nothing here differs by class. */
  logGroupClass: LogGroupClass;
  deletionProtectionEnabled: boolean;
}

/** What CreateLogGroup may set beyond the name. */
export interface GroupOptions {
  tags?: Record<string, string>;
  logGroupClass?: LogGroupClass;
  deletionProtectionEnabled?: boolean;
}

export class LogsStore {
  private readonly groups = new Map<string, Group>();

  constructor(readonly accountId: string) {}

  arn(region: string, group: string): string {
    return `arn:aws:logs:${region}:${this.accountId}:log-group:${group}`;
  }

  find(region: string, name: string): Group | undefined {
    return this.groups.get(`${region}/${name}`);
  }

  group(region: string, name: string): Group {
    const g = this.find(region, name);
    if (!g) throw logGroupNotFound();
    return g;
  }

  stream(group: Group, name: string): Stream {
    const s = group.streams.get(name);
    if (!s) throw logStreamNotFound();
    return s;
  }

  createGroup(region: string, name: string, options: GroupOptions = {}): Group {
    const g: Group = {
      name,
      region,
      creationTime: Date.now(),
      streams: new Map(),
      tags: options.tags ?? {},
      nextSeq: 0,
      logGroupClass: options.logGroupClass ?? 'STANDARD',
      deletionProtectionEnabled: options.deletionProtectionEnabled ?? false,
    };
    this.groups.set(`${region}/${name}`, g);
    return g;
  }

  deleteGroup(region: string, name: string): boolean {
    return this.groups.delete(`${region}/${name}`);
  }

  listGroups(region: string): Group[] {
    return [...this.groups.values()]
      .filter((g) => g.region === region)
      .sort((a, b) => (a.name < b.name ? -1 : 1));
  }

  createStream(group: Group, name: string): Stream {
    const s: Stream = { name, creationTime: Date.now(), events: [], storedBytes: 0 };
    group.streams.set(name, s);
    return s;
  }

  append(group: Group, stream: Stream, events: { timestamp: number; message: string }[]): void {
    const now = Date.now();
    for (const e of events) {
      stream.events.push({
        timestamp: e.timestamp,
        message: e.message,
        ingestionTime: now,
        seq: group.nextSeq++,
      });
      stream.storedBytes += e.message.length;
      if (stream.firstEventTimestamp === undefined || e.timestamp < stream.firstEventTimestamp) {
        stream.firstEventTimestamp = e.timestamp;
      }
      if (stream.lastEventTimestamp === undefined || e.timestamp > stream.lastEventTimestamp) {
        stream.lastEventTimestamp = e.timestamp;
      }
    }
    stream.lastIngestionTime = now;
  }
}

/** The group name from `logGroupName` or `logGroupIdentifier` (a name or an ARN), never both. */
export function groupName(input: { logGroupName?: string; logGroupIdentifier?: string }): string {
  if (input.logGroupName !== undefined && input.logGroupIdentifier !== undefined) {
    throw groupNameAndIdentifier();
  }
  const id = input.logGroupName ?? input.logGroupIdentifier;
  if (!id) throw groupNameMissing();
  const a = parseArn(id);
  return a?.service === 'logs' && a.resourceType === 'log-group' && a.resourceName ? a.resourceName : id;
}

/** A counter as CloudWatch's 56-digit sequence tokens and event ids look. */
export function sequenceToken(n: number): string {
  return String(n).padStart(56, '0');
}

/** Paging token: the next item's index, opaque to callers. */
export function encodeToken(prefix: string, n: number): string {
  return `${prefix}/${String(n).padStart(20, '0')}`;
}

export function decodeToken(token: string | undefined, prefix: string): number | undefined {
  if (!token) return undefined;
  const m = new RegExp(`^${prefix}/(\\d+)$`).exec(token);
  if (!m) throw invalidNextToken();
  return Number(m[1]);
}
