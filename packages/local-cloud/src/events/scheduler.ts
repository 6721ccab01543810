// Fires the enabled scheduled rules of default buses on the cloud's clock: that clock runs 1/timeScale
// times as fast as the wall clock from the cloud's start, so `rate(5 minutes)` fires every 300 ms at a
// scale of 0.001 and a cron names minutes of that clock. Each firing sends the Scheduled Event to the
// rule's targets.
import type { LocalCloud } from '../cloud.js';
import type { EventsContext } from './context.js';
import { sendToTargets } from './deliver.js';
import { buildEnvelope } from './envelope.js';
import { nextCronTime, parseSchedule, type Schedule } from './schedule.js';
import type { EventBus, EventsStore, Rule } from './store.js';

/** setTimeout's longest wait; a later firing is waited for in steps. */
const MAX_TIMER_MS = 2 ** 31 - 1;
/** The shortest time between two firings of a rule, whatever the scale (0 included). */
const MIN_INTERVAL_MS = 10;

interface Running {
  expression: string;
  timer: NodeJS.Timeout;
}

export class Scheduler {
  private readonly running = new Map<string, Running>();

  constructor(
    private readonly cloud: LocalCloud,
    private readonly store: EventsStore,
  ) {}

  /** Starts, keeps or stops the rule's schedule to match its state (call after every change of a rule). */
  sync(bus: EventBus, rule: Rule): void {
    const expression = rule.scheduleExpression;
    const schedule =
      bus.name === 'default' && rule.state === 'ENABLED' && expression
        ? parseSchedule(expression)
        : undefined;
    const current = this.running.get(rule.arn);
    if (current && schedule && current.expression === expression) return;
    this.drop(rule.arn);
    if (!schedule || !expression) return;
    const now = Date.now();
    const first =
      schedule.kind === 'rate' ? now + this.every(schedule.everyMs) : this.nextCron(schedule, now);
    if (first !== undefined) this.arm(bus, rule.name, rule.arn, expression, schedule, first);
  }

  drop(ruleArn: string): void {
    const current = this.running.get(ruleArn);
    if (current) clearTimeout(current.timer);
    this.running.delete(ruleArn);
  }

  stop(): void {
    for (const arn of [...this.running.keys()]) this.drop(arn);
  }

  private every(ms: number): number {
    return Math.max(this.cloud.scaled(ms), MIN_INTERVAL_MS);
  }

  /** The wall-clock time of the cron's next minute on the cloud's clock (at a scale of 0, at once). */
  private nextCron(schedule: Extract<Schedule, { kind: 'cron' }>, wall: number): number | undefined {
    const scale = this.cloud.config.timeScale;
    if (scale <= 0) return wall + MIN_INTERVAL_MS;
    const origin = this.cloud.startedAt;
    const next = nextCronTime(schedule.cron, new Date(origin + (wall - origin) / scale));
    return next && Math.max(origin + (next.getTime() - origin) * scale, wall + MIN_INTERVAL_MS);
  }

  private arm(
    bus: EventBus,
    name: string,
    arn: string,
    expression: string,
    schedule: Schedule,
    at: number,
  ): void {
    const wait = Math.max(0, at - Date.now());
    const timer = setTimeout(
      () => {
        if (wait > MAX_TIMER_MS) return this.arm(bus, name, arn, expression, schedule, at);
        const rule = bus.rules.get(name);
        if (!rule || rule.arn !== arn) return this.drop(arn);
        this.fire(bus, rule);
        // Firings missed while the process was busy are skipped, not caught up.
        const now = Date.now();
        const next =
          schedule.kind === 'rate'
            ? Math.max(at, now) + this.every(schedule.everyMs)
            : this.nextCron(schedule, Math.max(at, now));
        if (next === undefined) this.drop(arn);
        else this.arm(bus, name, arn, expression, schedule, next);
      },
      Math.min(wait, MAX_TIMER_MS),
    );
    // The schedule keeps nothing alive: the cloud's server does.
    timer.unref();
    this.running.set(arn, { expression, timer });
  }

  private fire(bus: EventBus, rule: Rule): void {
    const ctx: EventsContext = { store: this.store, cloud: this.cloud, region: bus.region, scheduler: this };
    const event = buildEnvelope({
      source: 'aws.events',
      detailType: 'Scheduled Event',
      detail: {},
      account: this.store.accountId,
      region: bus.region,
      resources: [rule.arn],
    });
    this.cloud.count('TriggeredRules', rule.name);
    sendToTargets(ctx, rule, event, 0);
  }
}
