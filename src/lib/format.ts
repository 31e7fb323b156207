/** Dates and times as readers of one locale expect them, always in the site's time zone and naming it. */
import { localDate, localDayInterval, type Instant } from './time.ts';

const DATE_TIME: Intl.DateTimeFormatOptions = {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZoneName: 'short',
};

/**
 * The Intl locale for a UI locale. English is written the European way (day before month, 24-hour
 * clock, zone abbreviations such as CET): the readers are in Europe.
 */
export function intlLocale(locale: string): string {
  return locale === 'en' ? 'en-GB' : locale;
}

function format(locale: string, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached(`date|${locale}|${timeZone}|${JSON.stringify(options)}`, () =>
    new Intl.DateTimeFormat(intlLocale(locale), { ...options, timeZone, hourCycle: 'h23' }),
  );
}

/** Intl objects are costly to create: one per kind, locale and options for the whole build. */
const formatters = new Map<string, unknown>();
function cached<T>(key: string, create: () => T): T {
  let formatter = formatters.get(key) as T | undefined;
  if (formatter === undefined) {
    formatter = create();
    formatters.set(key, formatter);
  }
  return formatter;
}

/** Formatted texts by their inputs: the same window appears on many pages of a build. */
const texts = new Map<string, string>();
function memo(key: string, make: () => string): string {
  let text = texts.get(key);
  if (text === undefined) {
    text = make();
    texts.set(key, text);
  }
  return text;
}

/**
 * Date, 24-hour time and zone, e.g. `6 mars 2024 05:30 CET` in Swedish.
 * @example formatDateTime(Date.UTC(2024, 2, 6, 4, 30), 'sv', 'Europe/Stockholm') // '6 mars 2024 05:30 CET'
 */
export function formatDateTime(instant: Instant, locale: string, timeZone: string): string {
  return memo(`dt|${locale}|${timeZone}|${instant}`, () => format(locale, timeZone, DATE_TIME).format(instant));
}

/**
 * A span: the end shows only the time when it falls on the start's day.
 * @example formatSpan(start, end, 'sv', 'Europe/Stockholm') // '6 mars 2024 05:30 – 09:00 CET'
 */
export function formatSpan(start: Instant, end: Instant, locale: string, timeZone: string): string {
  return memo(`span|${locale}|${timeZone}|${start}|${end}`, () => {
    const formatter = format(locale, timeZone, DATE_TIME);
    // formatRange names one zone; across a daylight-saving change each end needs its own (01:00 CET – 04:00 CEST).
    const zone = (instant: Instant) => formatter.formatToParts(instant).find((part) => part.type === 'timeZoneName')?.value;
    return zone(start) === zone(end) ? formatter.formatRange(start, end) : `${formatter.format(start)} – ${formatter.format(end)}`;
  });
}

/**
 * A local date with weekday, e.g. `onsdag 6 mars 2024`.
 */
export function formatDate(instant: Instant, locale: string, timeZone: string): string {
  return format(locale, timeZone, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(instant);
}

/**
 * A local date without weekday, e.g. `6 mars 2024`: where many dates are listed (the 90-day bar's days).
 */
export function formatDateOnly(instant: Instant, locale: string, timeZone: string): string {
  return format(locale, timeZone, { day: 'numeric', month: 'long', year: 'numeric' }).format(instant);
}

/**
 * A date given without a time (read as local midnight) as the date alone, any other instant with its
 * time: `published: 2024-02-22` shows as a date, not as "00:00".
 */
export function formatDateOrTime(instant: Instant, locale: string, timeZone: string): string {
  const midnight = localDayInterval(localDate(instant, timeZone), timeZone).start;
  return instant === midnight ? formatDate(instant, locale, timeZone) : formatDateTime(instant, locale, timeZone);
}

/**
 * A length of time in words of the locale, to the minute.
 * @example formatDuration(8_100_000, 'sv') // '2 tim, 15 min'
 */
export function formatDuration(milliseconds: number, locale: string): string {
  const totalMinutes = Math.round(Math.abs(milliseconds) / 60_000);
  return memo(`duration|${locale}|${totalMinutes}`, () => durationText(totalMinutes, locale));
}

function durationText(totalMinutes: number, locale: string): string {
  const days = Math.floor(totalMinutes / 1440);
  const hours = Math.floor((totalMinutes % 1440) / 60);
  const minutes = totalMinutes % 60;
  const parts = days > 0 ? { days, hours } : hours > 0 ? { hours, minutes } : { minutes };
  return cached(`duration|${locale}`, () => new Intl.DurationFormat(intlLocale(locale), { style: 'short' })).format(parts);
}

/**
 * A fraction as a percentage with two decimals in the locale's style.
 * @example formatPercent(0.9982, 'sv') // '99,82 %'
 */
export function formatPercent(fraction: number, locale: string): string {
  return cached(
    `percent|${locale}`,
    () => new Intl.NumberFormat(intlLocale(locale), { style: 'percent', minimumFractionDigits: 2, maximumFractionDigits: 2 }),
  ).format(fraction);
}

/**
 * A month's name with its year, e.g. `mars 2026`.
 */
export function formatMonth(month: string, locale: string): string {
  const [year, number] = month.split('-').map(Number);
  return format(locale, 'UTC', { month: 'long', year: 'numeric' }).format(Date.UTC(year ?? 1970, (number ?? 1) - 1, 15));
}

/**
 * A weekday's name (`long`: måndag, `short`: mån) for a local date `yyyy-mm-dd`.
 */
export function formatWeekday(date: string, locale: string, style: 'long' | 'short'): string {
  return format(locale, 'UTC', { weekday: style }).format(Date.parse(`${date}T12:00:00Z`));
}

/** A time of day, 24-hour, e.g. `05:30`. */
export function formatTime(instant: Instant, locale: string, timeZone: string): string {
  return format(locale, timeZone, { hour: '2-digit', minute: '2-digit' }).format(instant);
}

/**
 * How far an instant is from now, in the locale's words: "om 2 timmar", "in 3 days", "for 5 minutter siden".
 * Minutes under an hour, hours under two days, days beyond.
 */
export function relativeTime(milliseconds: number, locale: string): string {
  const minutes = Math.round(milliseconds / 60_000);
  const formatter = cached(`relative|${locale}`, () => new Intl.RelativeTimeFormat(intlLocale(locale), { numeric: 'auto' }));
  if (Math.abs(minutes) < 60) return formatter.format(minutes, 'minute');
  if (Math.abs(minutes) < 48 * 60) return formatter.format(Math.round(minutes / 60), 'hour');
  return formatter.format(Math.round(minutes / 1440), 'day');
}

/** A month in a table header, e.g. `feb. 2023` → short month and two-digit year: `feb. 23`. */
export function formatMonthShort(month: string, locale: string): string {
  const [year, number] = month.split('-').map(Number);
  return format(locale, 'UTC', { month: 'short', year: '2-digit' }).format(Date.UTC(year ?? 1970, (number ?? 1) - 1, 15));
}

/** A whole number with the locale's grouping, e.g. `198 196 122` in Swedish. */
export function formatNumber(value: number, locale: string): string {
  return cached(`number|${locale}`, () => new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: 0 })).format(value);
}

/**
 * Languages named in the reader's language and joined as a list, from the locale data.
 * @example formatLanguages(['sv', 'nb'], 'en') // 'Swedish and Norwegian Bokmål'
 */
export function formatLanguages(locales: readonly string[], reader: string): string {
  const names = cached(`languages|${reader}`, () => new Intl.DisplayNames([intlLocale(reader)], { type: 'language' }));
  const list = cached(`list|${reader}`, () => new Intl.ListFormat(intlLocale(reader), { type: 'conjunction' }));
  return list.format(locales.map((locale) => names.of(locale) ?? locale));
}

/**
 * A small share as a percentage with one decimal, and `< 0,1 %` for a share that would round to nothing.
 * @example formatShare(0.0042, 'sv') // '0,4 %'
 */
export function formatShare(fraction: number, locale: string): string {
  const percent = cached(
    `share|${locale}`,
    () => new Intl.NumberFormat(intlLocale(locale), { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }),
  );
  return fraction > 0 && fraction < 0.0005 ? `< ${percent.format(0.001)}` : percent.format(fraction);
}
