/** Dates and times as readers of one locale expect them, always in the site's time zone and naming it. */
import type { Instant } from './time.ts';

const DATE_TIME: Intl.DateTimeFormatOptions = {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZoneName: 'short',
};

const formats = new Map<string, Intl.DateTimeFormat>();

function format(locale: string, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${JSON.stringify(options)}`;
  let formatter = formats.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { ...options, timeZone, hourCycle: 'h23' });
    formats.set(key, formatter);
  }
  return formatter;
}

/**
 * Date, 24-hour time and zone, e.g. `6 mars 2024 05:30 CET` in Swedish.
 * @example formatDateTime(Date.UTC(2024, 2, 6, 4, 30), 'sv', 'Europe/Stockholm') // '6 mars 2024 05:30 CET'
 */
export function formatDateTime(instant: Instant, locale: string, timeZone: string): string {
  return format(locale, timeZone, DATE_TIME).format(instant);
}

/**
 * A span: the end shows only the time when it falls on the start's day.
 * @example formatSpan(start, end, 'sv', 'Europe/Stockholm') // '6 mars 2024 05:30 – 09:00 CET'
 */
export function formatSpan(start: Instant, end: Instant, locale: string, timeZone: string): string {
  return format(locale, timeZone, DATE_TIME).formatRange(start, end);
}

/** Machine-readable form for `<time datetime>`. */
export function isoDateTime(instant: Instant): string {
  return new Date(instant).toISOString();
}
