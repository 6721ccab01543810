// Keeps alarm states current: an alarm re-evaluates when a datapoint of its metric arrives and on a
// timer (once a minute, scaled by --time-scale), records each change in the history and runs the
// new state's actions.
import type { HistoryItemType, StateValue } from '@aws-sdk/client-cloudwatch';
import type { LocalCloud } from '../cloud.js';
import { runActions } from './actions.js';
import type { AlarmStore, StoredAlarm } from './alarmStore.js';
import { evaluate, type Verdict, watchedMetric } from './evaluate.js';
import { type MetricStore, type Series, seriesKey } from './metricStore.js';

/** CloudWatch evaluates alarms about once a minute. */
export const EVALUATION_INTERVAL_MS = 60_000;
/** The timer never runs more often than this, whatever the time scale. */
const MIN_INTERVAL_MS = 10;

export class AlarmEngine {
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly cloud: LocalCloud,
    readonly metrics: MetricStore,
    readonly alarms: AlarmStore,
  ) {
    metrics.onPut((s) => this.evaluateFor(s));
  }

  start(): void {
    const every = Math.max(this.cloud.scaled(EVALUATION_INTERVAL_MS), MIN_INTERVAL_MS);
    this.timer = setInterval(() => this.evaluateAll(), every);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
  }

  evaluateAll(now = Date.now()): void {
    for (const a of this.alarms.all()) this.evaluate(a, now);
  }

  /** Re-evaluates the alarms watching this series. */
  private evaluateFor(series: Series): void {
    const now = Date.now();
    for (const a of this.alarms.list(series.region)) {
      const w = watchedMetric(a.alarm);
      if (w && `${a.region}\u0000${seriesKey(w.namespace, w.name, w.dimensions)}` === series.key)
        this.evaluate(a, now);
    }
  }

  evaluate(stored: StoredAlarm, now = Date.now()): void {
    const w = watchedMetric(stored.alarm);
    const series = w ? this.metrics.find(stored.region, w.namespace, w.name, w.dimensions) : undefined;
    const from = (stored.alarm.StateValue ?? 'INSUFFICIENT_DATA') as StateValue;
    const verdict = evaluate(stored.alarm, series, now, from);
    if (verdict && verdict.state !== from) this.change(stored, verdict, now);
  }

  /** A new state (from an evaluation or SetAlarmState): recorded, then its actions run. */
  change(stored: StoredAlarm, to: Verdict, now = Date.now()): void {
    const a = stored.alarm;
    const from = (a.StateValue ?? 'INSUFFICIENT_DATA') as StateValue;
    const old = { stateValue: from, stateReason: a.StateReason, stateReasonData: a.StateReasonData };
    a.StateValue = to.state;
    a.StateReason = to.reason;
    a.StateReasonData = to.reasonData || undefined;
    a.StateUpdatedTimestamp = new Date(now);
    if (to.state === from) return;
    a.StateTransitionedTimestamp = new Date(now);
    this.record(stored, 'StateUpdate', `Alarm updated from ${from} to ${to.state}`, now, {
      version: '1.0',
      oldState: old,
      newState: { stateValue: to.state, stateReason: to.reason, stateReasonData: to.reasonData || undefined },
    });
    // Actions run after the caller's turn: an SNS fan-out must not run inside a Lambda delivery.
    setImmediate(() => {
      for (const r of runActions(this.cloud, {
        region: stored.region,
        accountId: this.cloud.accountId,
        alarm: a,
        from,
        at: now,
      })) {
        const summary = r.ok
          ? `Successfully executed action ${r.arn}`
          : `Failed to execute action ${r.arn}. Received error: "${r.detail}"`;
        this.record(stored, 'Action', summary, Date.now(), { actionState: r.ok ? 'Succeeded' : 'Failed' });
        if (!r.ok) this.cloud.log('info', `cloudwatch alarm ${a.AlarmName}: ${summary}`);
      }
    });
  }

  record(stored: StoredAlarm, type: HistoryItemType, summary: string, at: number, data: object): void {
    this.alarms.record(stored.region, {
      AlarmName: stored.alarm.AlarmName,
      AlarmType: 'MetricAlarm',
      Timestamp: new Date(at),
      HistoryItemType: type,
      HistorySummary: summary,
      HistoryData: JSON.stringify(data),
    });
  }
}
