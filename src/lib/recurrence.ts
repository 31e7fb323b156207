import rrulePackage from 'rrule';
import type { LocalDate } from './time.ts';

// rrule ships CommonJS for Node: its named exports are reachable only through the default import.
const { RRule } = rrulePackage;

const EXAMPLE = 'e.g. FREQ=WEEKLY;INTERVAL=2;BYDAY=WE';

/**
 * What is wrong with an RFC 5545 RRULE value, or undefined when it is usable. The rrule library
 * accepts some nonsense silently (an unknown weekday, INTERVAL=0), so those are checked here.
 */
export function rruleProblem(text: string): string | undefined {
  if (/DTSTART/i.test(text)) return 'give the first date in `first`, not as DTSTART in the rule';
  let options: ReturnType<typeof RRule.parseString>;
  try {
    options = RRule.parseString(text.trim().replace(/^RRULE:/i, ''));
  } catch (error) {
    return `is not an RFC 5545 recurrence rule (${(error as Error).message}), ${EXAMPLE}`;
  }
  if (typeof options.freq !== 'number') return `needs a valid FREQ (DAILY, WEEKLY, MONTHLY, YEARLY), ${EXAMPLE}`;
  const weekdays = [options.byweekday ?? []].flat();
  if (weekdays.some((day) => day === null || day === undefined)) return 'BYDAY names an unknown weekday (use MO, TU, WE, TH, FR, SA, SU)';
  if (options.interval !== undefined && !(Number.isInteger(options.interval) && options.interval >= 1)) {
    return 'INTERVAL must be a whole number of at least 1';
  }
  if (options.count !== undefined && options.count !== null && !Number.isInteger(options.count)) {
    return 'COUNT must be a whole number';
  }
  return undefined;
}

/**
 * Series dates of a rule from `first` (inclusive) up to `until` (inclusive), at most `limit` of them.
 * The rule's own UNTIL still applies: the series ends at whichever of the two comes first.
 * Dates are calendar dates: the rule is evaluated on a floating calendar, so time zones and
 * daylight saving cannot shift an occurrence to another day.
 * @example ruleDates('FREQ=WEEKLY;BYDAY=WE;UNTIL=20260401', '2026-03-18', '2026-05-01', 10)
 * // ['2026-03-18', '2026-03-25', '2026-04-01']
 */
export function ruleDates(rule: string, first: LocalDate, until: LocalDate | undefined, limit: number): LocalDate[] {
  const options = RRule.parseString(rule.trim().replace(/^RRULE:/i, ''));
  const dtstart = new Date(`${first}T00:00:00Z`);
  const requested = until ? new Date(`${until}T00:00:00Z`) : undefined;
  const last = options.until && (!requested || options.until < requested) ? options.until : requested;
  const rrule = new RRule({ ...options, dtstart, ...(last ? { until: last } : {}) });
  return rrule.all((_, index) => index < limit).map((date) => date.toISOString().slice(0, 10));
}

/**
 * How many weeks a weekly rule takes to repeat (its INTERVAL), or undefined for a rule of another
 * frequency, whose days do not repeat week by week.
 * @example weeklyPeriod('FREQ=WEEKLY;INTERVAL=2;BYDAY=MO') // 2
 */
export function weeklyPeriod(rule: string): number | undefined {
  const options = RRule.parseString(rule.trim().replace(/^RRULE:/i, ''));
  return options.freq === RRule.WEEKLY ? (options.interval ?? 1) : undefined;
}
