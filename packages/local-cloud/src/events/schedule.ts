// EventBridge schedule expressions: `rate(<n> <unit>)` and the six-field `cron(...)` of AWS's rules, read
// into a schedule whose next time (UTC, to the minute) can be asked. An expression AWS refuses reads as
// undefined.

export type Schedule = { kind: 'rate'; everyMs: number } | { kind: 'cron'; cron: Cron };

const MINUTE = 60_000;
const UNIT_MS: Record<string, number> = { minute: MINUTE, hour: 60 * MINUTE, day: 24 * 60 * MINUTE };

const RATE = /^rate\(\s*(\d+)\s+(minute|minutes|hour|hours|day|days)\s*\)$/;
const CRON = /^cron\((.*)\)$/;

export function parseSchedule(expression: string): Schedule | undefined {
  const rate = RATE.exec(expression);
  if (rate) {
    const n = Number(rate[1]);
    const unit = rate[2];
    // AWS: `rate(1 minute)`, `rate(5 minutes)`; `rate(1 minutes)` and `rate(5 minute)` are refused.
    if (n < 1 || unit.endsWith('s') !== n > 1) return undefined;
    return { kind: 'rate', everyMs: n * UNIT_MS[unit.replace(/s$/, '')] };
  }
  const cron = CRON.exec(expression);
  if (!cron) return undefined;
  const parsed = parseCron(cron[1].trim().split(/\s+/));
  return parsed && { kind: 'cron', cron: parsed };
}

/** A day-of-month or day-of-week rule that depends on the month: last day, nearest weekday, nth weekday. */
type DayRule =
  | { kind: 'last' }
  | { kind: 'lastWeekday' }
  | { kind: 'nearestWeekday'; day: number }
  | { kind: 'lastOf'; weekday: number }
  | { kind: 'nth'; weekday: number; n: number };

interface Cron {
  minutes: Set<number>;
  hours: Set<number>;
  /** Undefined: `?`. */
  daysOfMonth?: { days: Set<number>; rules: DayRule[] };
  daysOfWeek?: { days: Set<number>; rules: DayRule[] };
  months: Set<number>;
  years: Set<number>;
}

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const WEEKDAYS = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];

/** A number in [min, max], or a name (`JAN` is 1, `SUN` is 1). */
function value(text: string, min: number, max: number, names?: string[]): number | undefined {
  const named = names?.indexOf(text.toUpperCase()) ?? -1;
  const n = named >= 0 ? named + 1 : /^\d+$/.test(text) ? Number(text) : Number.NaN;
  return n >= min && n <= max ? n : undefined;
}

/** `*`, `a`, `a-b`, `*\/s`, `a/s`, `a-b/s`, comma-separated: the set of values, or undefined if malformed. */
function numbers(field: string, min: number, max: number, names?: string[]): Set<number> | undefined {
  const out = new Set<number>();
  for (const part of field.split(',')) {
    const [range, stepText, extra] = part.split('/');
    if (extra !== undefined) return undefined;
    const step = stepText === undefined ? 1 : value(stepText, 1, max, undefined);
    if (step === undefined) return undefined;
    let from: number | undefined;
    let to: number | undefined;
    if (range === '*') [from, to] = [min, max];
    else if (range.includes('-')) {
      const [a, b] = range.split('-');
      [from, to] = [value(a, min, max, names), value(b, min, max, names)];
    } else {
      from = value(range, min, max, names);
      to = stepText === undefined ? from : max;
    }
    if (from === undefined || to === undefined || from > to) return undefined;
    for (let v = from; v <= to; v += step) out.add(v);
  }
  return out;
}

function daysOfMonth(field: string): Cron['daysOfMonth'] | undefined {
  if (field === 'L') return { days: new Set(), rules: [{ kind: 'last' }] };
  if (field === 'LW') return { days: new Set(), rules: [{ kind: 'lastWeekday' }] };
  const near = /^(\d+)W$/.exec(field);
  if (near) {
    const day = value(near[1], 1, 31);
    return day === undefined ? undefined : { days: new Set(), rules: [{ kind: 'nearestWeekday', day }] };
  }
  const days = numbers(field, 1, 31);
  return days && { days, rules: [] };
}

function daysOfWeek(field: string): Cron['daysOfWeek'] | undefined {
  if (field === 'L') return { days: new Set([7]), rules: [] };
  const last = /^(\w+)L$/.exec(field);
  if (last) {
    const weekday = value(last[1], 1, 7, WEEKDAYS);
    return weekday === undefined ? undefined : { days: new Set(), rules: [{ kind: 'lastOf', weekday }] };
  }
  const nth = /^(\w+)#(\d)$/.exec(field);
  if (nth) {
    const weekday = value(nth[1], 1, 7, WEEKDAYS);
    const n = Number(nth[2]);
    return weekday === undefined || n < 1 || n > 5
      ? undefined
      : { days: new Set(), rules: [{ kind: 'nth', weekday, n }] };
  }
  const days = numbers(field, 1, 7, WEEKDAYS);
  return days && { days, rules: [] };
}

function parseCron(fields: string[]): Cron | undefined {
  if (fields.length !== 6) return undefined;
  const [min, hour, dom, month, dow, year] = fields;
  // One of the two day fields must be `?`, never both.
  if ((dom === '?') === (dow === '?')) return undefined;
  const cron = {
    minutes: numbers(min, 0, 59),
    hours: numbers(hour, 0, 23),
    daysOfMonth: dom === '?' ? undefined : daysOfMonth(dom),
    daysOfWeek: dow === '?' ? undefined : daysOfWeek(dow),
    months: numbers(month, 1, 12, MONTHS),
    years: numbers(year, 1970, 2199),
  };
  if (!cron.minutes || !cron.hours || !cron.months || !cron.years) return undefined;
  if ((dom !== '?' && !cron.daysOfMonth) || (dow !== '?' && !cron.daysOfWeek)) return undefined;
  return cron as Cron;
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function weekdayOf(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 1;
}

function ruleMatches(rule: DayRule, year: number, month: number, day: number): boolean {
  const last = daysIn(year, month);
  const weekday = weekdayOf(year, month, day);
  const workday = (d: number) => {
    const w = weekdayOf(year, month, d);
    return w !== 1 && w !== 7;
  };
  switch (rule.kind) {
    case 'last':
      return day === last;
    case 'lastWeekday': {
      let d = last;
      while (!workday(d)) d -= 1;
      return day === d;
    }
    case 'nearestWeekday': {
      // The weekday nearest to the day, within its month.
      const target = Math.min(rule.day, last);
      for (const d of [target, target - 1, target + 1, target - 2, target + 2]) {
        if (d >= 1 && d <= last && workday(d)) return day === d;
      }
      return false;
    }
    case 'lastOf':
      return weekday === rule.weekday && day + 7 > last;
    case 'nth':
      return weekday === rule.weekday && Math.ceil(day / 7) === rule.n;
  }
}

function dayMatches(cron: Cron, year: number, month: number, day: number): boolean {
  const field = cron.daysOfMonth ?? cron.daysOfWeek!;
  const v = cron.daysOfMonth ? day : weekdayOf(year, month, day);
  return field.days.has(v) || field.rules.some((r) => ruleMatches(r, year, month, day));
}

/** The first minute strictly after `after` that the schedule names; undefined when none is left (year 2199). */
export function nextCronTime(cron: Cron, after: Date): Date | undefined {
  const start = new Date(Math.floor(after.getTime() / MINUTE) * MINUTE + MINUTE);
  const minutes = [...cron.minutes].sort((a, b) => a - b);
  const hours = [...cron.hours].sort((a, b) => a - b);
  let day = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), start.getUTCDate()));
  while (day.getUTCFullYear() <= 2199) {
    const [y, m, d] = [day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate()];
    if (cron.years.has(y) && cron.months.has(m) && dayMatches(cron, y, m, d)) {
      for (const h of hours) {
        for (const min of minutes) {
          const t = Date.UTC(y, m - 1, d, h, min);
          if (t >= start.getTime()) return new Date(t);
        }
      }
    }
    day = new Date(day.getTime() + 24 * 60 * MINUTE);
  }
  return undefined;
}
