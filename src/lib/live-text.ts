/**
 * The words the live script adds beside a page's absolute times, never in their place: how far an
 * instant is from the visitor's clock ("om 3 tim, 28 min"), how long something has lasted so far, and
 * the same instant on the visitor's own clock when their time zone is not the site's. Pure: `now` and
 * the zones are parameters, so the build, the browser and the tests get the same words.
 */
import { formatDuration, intlLocale } from './format.ts';
import type { Instant } from './time.ts';

const MINUTE = 60_000;

/** The two templates a relative time is put in: `{duration}` stands for e.g. "3 tim, 28 min". */
export interface RelativeWords {
  /** An instant still to come, e.g. "om {duration}". */
  future: string;
  /** An instant gone by, e.g. "för {duration} sedan". */
  past: string;
}

/**
 * How far `instant` is from `now`, in whole minutes and at least one: a time still to come is rounded
 * up (the page never says "in 0 min" before it happens), one gone by is rounded down (a count that goes
 * up minute by minute, as a clock does). The amount is worded by Intl.DurationFormat, as the build
 * words durations (`formatDuration`).
 * @example
 * relativeText(at('09:00'), at('05:31:30'), 'en', words) // 'in 3 hrs, 29 mins'
 * relativeText(at('12:00'), at('12:40'), 'sv', words)   // 'för 40 min sedan'
 */
export function relativeText(instant: Instant, now: Instant, locale: string, words: RelativeWords): string {
  const future = instant > now;
  const minutes = Math.max(1, future ? Math.ceil((instant - now) / MINUTE) : Math.floor((now - instant) / MINUTE));
  return (future ? words.future : words.past).replace('{duration}', formatDuration(minutes * MINUTE, locale));
}

/**
 * How long something begun at `start` has lasted at `now`, counted in whole minutes gone by: the
 * "1 tim, 5 min" of "pågår, 1 tim, 5 min hittills".
 */
export function durationSoFar(start: Instant, now: Instant, locale: string): string {
  const minutes = Math.floor((now - start) / MINUTE);
  // Intl.DurationFormat leaves zero units out: the first minute is said as "0 min", not as nothing.
  if (minutes <= 0) return new Intl.DurationFormat(intlLocale(locale), { style: 'short', minutesDisplay: 'always' }).format({ minutes: 0 });
  return formatDuration(minutes * MINUTE, locale);
}

/**
 * A time (or a span from `start` to `end`) on the visitor's clock, for showing beside the site's:
 * `14:30`, `14:30–18:00`, or with the date where the visitor's day is not the site's (`1 apr. 03:00`).
 * Undefined when the visitor's clock shows the same as the site's at both instants (the same zone, or
 * one with the same offset then, such as Copenhagen for a Stockholm site) or their zone is unknown.
 * @example
 * // A Stockholm site, a visitor in New York, 11 March 2026 05:30–09:00 CET (04:30–08:00 UTC, EDT is UTC−4)
 * visitorTime(start, end, 'en', 'Europe/Stockholm', 'America/New_York') // '00:30–04:00'
 */
export function visitorTime(
  start: Instant,
  end: Instant | undefined,
  locale: string,
  siteZone: string,
  visitorZone: string | undefined,
): string | undefined {
  if (!visitorZone || visitorZone === siteZone) return undefined;
  const instants = end === undefined ? [start] : [start, end];
  if (instants.every((instant) => wallClock(instant, siteZone) === wallClock(instant, visitorZone))) return undefined;
  const dated = (instant: Instant) => localDay(instant, visitorZone) !== localDay(instant, siteZone);
  const text = (instant: Instant, withDate: boolean) => formatter(locale, visitorZone, withDate).format(instant);
  const first = text(start, dated(start));
  if (end === undefined) return first;
  // The end is dated only where the visitor's day changes between the two.
  return `${first}–${text(end, localDay(end, visitorZone) !== localDay(start, visitorZone))}`;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, timeZone: string, withDate: boolean): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${withDate}`;
  let result = formatters.get(key);
  if (result === undefined) {
    const date: Intl.DateTimeFormatOptions = withDate ? { day: 'numeric', month: 'short' } : {};
    result = new Intl.DateTimeFormat(intlLocale(locale), { ...date, hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone });
    formatters.set(key, result);
  }
  return result;
}

/** The local date and time to the minute, as digits, e.g. `2026-03-11 05:30`. */
function wallClock(instant: Instant, timeZone: string): string {
  const key = `wall|${timeZone}`;
  let result = formatters.get(key);
  if (result === undefined) {
    result = new Intl.DateTimeFormat('sv', { timeZone, dateStyle: 'short', timeStyle: 'short', hourCycle: 'h23' });
    formatters.set(key, result);
  }
  return result.format(instant);
}

function localDay(instant: Instant, timeZone: string): string {
  return wallClock(instant, timeZone).slice(0, 10);
}
