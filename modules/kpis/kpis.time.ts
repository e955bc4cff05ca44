/** Days in a tenant's time zone (docs/kpis.md "Days"): KPIs count by the tenant's calendar, not UTC's. */

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The calendar day (YYYY-MM-DD) an instant falls on in `timeZone`. */
export function localDay(at: Date, timeZone: string): string {
  let format = formatters.get(timeZone);
  if (!format) {
    // en-CA writes dates as YYYY-MM-DD.
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, format);
  }
  return format.format(at);
}

/** The first day of the day's month. */
export function monthOf(day: string): string {
  return `${day.slice(0, 7)}-01`;
}

const DAY_MS = 86_400_000;

/** Whole calendar days from `from` to `to` (both YYYY-MM-DD): 1 from a day to the next. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** The day `n` days after `day`. */
export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
}

/** The first day of the month `n` months after `month`'s. */
export function addMonths(month: string, n: number): string {
  const d = new Date(`${month.slice(0, 7)}-01T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + n);
  return d.toISOString().slice(0, 10);
}

/** The last day of the day's month. */
export function monthEnd(day: string): string {
  return addDays(addMonths(monthOf(day), 1), -1);
}

/** The retention days the roll-ups keep: a player is Day-N retained per docs/kpis.md "Retention". */
export const RETENTION_DAYS = [1, 7, 30] as const;
export type RetentionDay = (typeof RETENTION_DAYS)[number];

const HOUR_MS = 3_600_000;

/**
 * The retention days an activity at `at` earns a player whose day-0 event was at `zero`:
 * rolling, N when the activity falls in hours [24N, 24N + 24) after the event; calendar, N when it
 * falls on the N-th calendar day (in the tenant's zone) after the event's day.
 */
export function retentionOf(zero: Date, at: Date, timeZone: string): { rolling: RetentionDay | null; calendar: RetentionDay | null } {
  const hours = Math.floor((at.getTime() - zero.getTime()) / HOUR_MS);
  const rolling = RETENTION_DAYS.find((n) => hours >= 24 * n && hours < 24 * n + 24) ?? null;
  const days = daysBetween(localDay(zero, timeZone), localDay(at, timeZone));
  const calendar = RETENTION_DAYS.find((n) => days === n) ?? null;
  return { rolling, calendar };
}
