// What CloudWatch Logs keeps: log groups by region and name, their streams, and the events in each, bounded
// per group and in all (the events received first are dropped first).
import type { LogGroupClass } from '@aws-sdk/client-cloudwatch-logs';
import { parseArn } from '../arn.js';
import { Deque } from '../sqs/deque.js';
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
  /** One entry per stored event, in arrival order, naming its stream (the group's eviction order). */
  arrivals: Deque<Stream>;
  /** Events dropped so far to a cap; the group's oldest events, so its first `evicted` arrivals. */
  evicted: number;
  /** How many of this group's entries in the store's arrival order were taken off it. */
  popped: number;
  bytes: number;
}

/** How much the store keeps before it drops the oldest events; docs/FIDELITY.md states the defaults. */
export interface LogLimits {
  maxEventsPerGroup: number;
  maxEvents: number;
  /** Of messages plus 26 bytes an event, as CloudWatch Logs counts an event's size. */
  maxBytes: number;
}

export const DEFAULT_LOG_LIMITS: LogLimits = {
  maxEventsPerGroup: 10_000,
  maxEvents: 100_000,
  maxBytes: 64 * 1024 * 1024,
};

/** The size CloudWatch Logs gives an event (UTF-16 units stand for bytes: cheap, and exact for ASCII). */
const eventSize = (e: StoredEvent): number => e.message.length + 26;

/** What CreateLogGroup may set beyond the name. */
export interface GroupOptions {
  tags?: Record<string, string>;
  logGroupClass?: LogGroupClass;
  deletionProtectionEnabled?: boolean;
}

export class LogsStore {
  private readonly groups = new Map<string, Group>();
  /** One entry per stored event of any group, in arrival order, naming its group (the overall eviction order). */
  private arrivals = new Deque<Group>();
  private events = 0;
  private bytes = 0;

  constructor(
    readonly accountId: string,
    readonly limits: LogLimits = DEFAULT_LOG_LIMITS,
  ) {}

  /** Events and bytes kept in all. */
  get size(): { events: number; bytes: number } {
    return { events: this.events, bytes: this.bytes };
  }

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
      arrivals: new Deque(),
      evicted: 0,
      popped: 0,
      bytes: 0,
    };
    this.groups.set(`${region}/${name}`, g);
    return g;
  }

  deleteGroup(region: string, name: string): boolean {
    const g = this.find(region, name);
    if (!g) return false;
    this.events -= g.arrivals.length;
    this.bytes -= g.bytes;
    // Its entries in the overall order are skipped when they come up (the group is no longer the one stored).
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
      const stored = { timestamp: e.timestamp, message: e.message, ingestionTime: now, seq: group.nextSeq++ };
      stream.events.push(stored);
      stream.storedBytes += e.message.length;
      group.arrivals.push(stream);
      group.bytes += eventSize(stored);
      this.arrivals.push(group);
      this.events++;
      this.bytes += eventSize(stored);
      while (group.arrivals.length > this.limits.maxEventsPerGroup) this.dropOldestOf(group);
      if (stream.firstEventTimestamp === undefined || e.timestamp < stream.firstEventTimestamp) {
        stream.firstEventTimestamp = e.timestamp;
      }
      if (stream.lastEventTimestamp === undefined || e.timestamp > stream.lastEventTimestamp) {
        stream.lastEventTimestamp = e.timestamp;
      }
    }
    stream.lastIngestionTime = now;
    while (this.events > this.limits.maxEvents || this.bytes > this.limits.maxBytes) this.dropOldest();
    // Entries of events dropped to a group's cap (or of deleted groups) wait in the overall order until they
    // come up; when they outnumber the live ones, they go at once, so the order stays bounded too.
    if (this.arrivals.length > 2 * this.events + 1024) this.compact();
  }

  /** Drops a group's oldest event: the head of the stream its first arrival names. */
  private dropOldestOf(group: Group): void {
    const stream = group.arrivals.shift();
    const e = stream?.events.shift();
    if (!stream || !e) return;
    group.evicted++;
    group.bytes -= eventSize(e);
    stream.storedBytes -= e.message.length;
    this.events--;
    this.bytes -= eventSize(e);
  }

  /** Drops the oldest event kept in any group (it is also its group's oldest). */
  private dropOldest(): void {
    for (;;) {
      const g = this.arrivals.shift();
      if (!g) return;
      if (this.find(g.region, g.name) !== g) continue;
      // The group's k-th entry names its k-th event; the first `evicted` of them are gone already.
      if (g.popped++ < g.evicted) continue;
      this.dropOldestOf(g);
      return;
    }
  }

  private compact(): void {
    const live = new Deque<Group>();
    for (let i = 0; i < this.arrivals.length; i++) {
      const g = this.arrivals.at(i) as Group;
      if (this.find(g.region, g.name) !== g) continue;
      if (g.popped < g.evicted) {
        g.popped++;
        continue;
      }
      live.push(g);
    }
    this.arrivals = live;
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
