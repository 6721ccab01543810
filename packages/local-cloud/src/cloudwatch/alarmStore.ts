// The metric alarms of the local cloud per region, kept as the MetricAlarm DescribeAlarms answers, and
// each region's alarm history (bounded: the oldest items go first).
import type { AlarmHistoryItem, MetricAlarm, Tag } from '@aws-sdk/client-cloudwatch';

/** History items kept per region. */
export const MAX_HISTORY_ITEMS = 10_000;

export interface StoredAlarm {
  region: string;
  alarm: MetricAlarm & { AlarmName: string };
  tags: Tag[];
}

export class AlarmStore {
  private readonly alarms = new Map<string, StoredAlarm>();
  private readonly histories = new Map<string, AlarmHistoryItem[]>();

  get(region: string, name: string): StoredAlarm | undefined {
    return this.alarms.get(`${region}\u0000${name}`);
  }

  put(stored: StoredAlarm): void {
    this.alarms.set(`${stored.region}\u0000${stored.alarm.AlarmName}`, stored);
  }

  delete(region: string, name: string): boolean {
    return this.alarms.delete(`${region}\u0000${name}`);
  }

  /** A region's alarms by name, as DescribeAlarms lists them. */
  list(region: string): StoredAlarm[] {
    return [...this.alarms.values()]
      .filter((a) => a.region === region)
      .sort((a, b) => (a.alarm.AlarmName < b.alarm.AlarmName ? -1 : 1));
  }

  all(): StoredAlarm[] {
    return [...this.alarms.values()];
  }

  record(region: string, item: AlarmHistoryItem): void {
    let h = this.histories.get(region);
    if (!h) {
      h = [];
      this.histories.set(region, h);
    }
    h.push(item);
    if (h.length > MAX_HISTORY_ITEMS) h.splice(0, h.length - MAX_HISTORY_ITEMS);
  }

  /** A region's history, oldest first. */
  history(region: string): readonly AlarmHistoryItem[] {
    return this.histories.get(region) ?? [];
  }
}
