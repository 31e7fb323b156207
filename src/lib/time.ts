import { Temporal } from 'temporal-polyfill';

/** An instant in absolute time: milliseconds since the Unix epoch. The one time type of the domain. */
export type Instant = number;

/** A local calendar date, `yyyy-mm-dd`. */
export type LocalDate = string;

/** A calendar month, `yyyy-mm`. */
export type Month = string;

/** The outcome of parsing editor input: a value, or a message saying what is wrong. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

export const MINUTE = 60_000;

const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?)?(?:\s*(Z|[+-]\d{2}(?::?\d{2})?))?$/;

const EXAMPLE = 'e.g. 2024-03-06 05:30';

/**
 * Parses a front-matter time. Text without an offset is a wall-clock time in `timeZone`; text with an
 * offset or `Z` is taken as given. A date that does not exist (`2024-02-30`), a time that does not
 * exist (`24:00`, or one inside the spring daylight-saving gap) is an error. In the autumn hour that
 * occurs twice, the first (summer-time) occurrence is meant; write an offset to mean the second.
 *
 * @example
 * parseDateTime('2024-03-06 05:30', 'Europe/Stockholm') // ok: 2024-03-06T04:30:00Z
 * parseDateTime('2024-03-31 02:30', 'Europe/Stockholm') // error: does not exist (clocks jump forward)
 */
export function parseDateTime(
  text: string,
  timeZone: string,
  { allowDateOnly = false }: { allowDateOnly?: boolean } = {},
): Parsed<Instant> {
  const match = DATE_TIME.exec(text.trim());
  if (!match) return fail(`"${text}" is not a date and time (${EXAMPLE})`);
  const [, y, mo, d, h, mi, s, offset] = match;
  const date = plainDate(Number(y), Number(mo), Number(d));
  if (!date) return fail(`${y}-${mo}-${d} is not a date`);
  if (h === undefined && !allowDateOnly) return fail(`"${text}" needs a time of day (${EXAMPLE})`);
  const hour = Number(h ?? 0);
  const minute = Number(mi ?? 0);
  const second = Number(s ?? 0);
  if (hour > 23 || minute > 59 || second > 59) {
    const hint = hour === 24 ? ' (write 00:00 of the next day)' : '';
    return fail(`${h}:${mi} is not a time of day${hint}`);
  }
  const wall = date.toPlainDateTime({ hour, minute, second });
  if (offset !== undefined) {
    const offsetMinutes = parseOffset(offset);
    if (offsetMinutes === undefined) return fail(`"${offset}" is not a UTC offset (e.g. +01:00 or Z)`);
    const utc = Date.UTC(wall.year, wall.month - 1, wall.day, hour, minute, second);
    return { ok: true, value: utc - offsetMinutes * MINUTE };
  }
  const zoned = wall.toZonedDateTime(timeZone, { disambiguation: 'compatible' });
  if (!zoned.toPlainDateTime().equals(wall)) {
    return fail(
      `${y}-${mo}-${d} ${h}:${mi} does not exist in ${timeZone}: the clocks jump forward over it (daylight saving)`,
    );
  }
  return { ok: true, value: zoned.epochMilliseconds };
}

/** Parses `yyyy-mm-dd` strictly: `2023-02-29` is an error, `2024-02-29` is not. */
export function parseLocalDate(text: string): Parsed<LocalDate> {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  const date = match && plainDate(Number(match[1]), Number(match[2]), Number(match[3]));
  return date ? { ok: true, value: date.toString() } : fail(`"${text}" is not a date like 2024-03-06`);
}

/** Parses `yyyy-mm`: `2024-13` is an error. */
export function parseMonth(text: string): Parsed<Month> {
  const match = /^(\d{4})-(\d{2})$/.exec(text.trim());
  const month = Number(match?.[2]);
  return match && month >= 1 && month <= 12
    ? { ok: true, value: `${match[1]}-${match[2]}` }
    : fail(`"${text}" is not a month like 2024-01`);
}

/** Parses a wall-clock time of day `hh:mm` (00:00–23:59) into minutes after midnight. */
export function parseTimeOfDay(text: string): Parsed<number> {
  const match = /^(\d{2}):(\d{2})$/.exec(text.trim());
  const hour = Number(match?.[1]);
  const minute = Number(match?.[2]);
  return match && hour <= 23 && minute <= 59
    ? { ok: true, value: hour * 60 + minute }
    : fail(`"${text}" is not a time of day like 05:30`);
}

/** Whether `timeZone` is an IANA time zone this runtime knows. */
export function isTimeZone(timeZone: string): boolean {
  try {
    Temporal.Now.zonedDateTimeISO(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The first instant of a local day: usually 00:00, later where a DST change skips midnight. */
export function startOfLocalDay(date: LocalDate, timeZone: string): Instant {
  return Temporal.PlainDate.from(date).toZonedDateTime({ timeZone }).epochMilliseconds;
}

/** The local date of an instant in `timeZone`. */
export function localDate(instant: Instant, timeZone: string): LocalDate {
  return zoned(instant, timeZone).toPlainDate().toString();
}

/** The local month (`yyyy-mm`) of an instant in `timeZone`. */
export function localMonth(instant: Instant, timeZone: string): Month {
  return zoned(instant, timeZone).toPlainDate().toPlainYearMonth().toString();
}

/** `date` moved by `days` calendar days. */
export function addDays(date: LocalDate, days: number): LocalDate {
  return Temporal.PlainDate.from(date).add({ days }).toString();
}

/** `month` moved by `months` calendar months. */
export function addMonths(month: Month, months: number): Month {
  return Temporal.PlainYearMonth.from(month).add({ months }).toString();
}

/**
 * A local day as an interval of absolute time. Its length is 23, 24 or 25 hours.
 * @example localDayInterval('2024-03-31', 'Europe/Stockholm') // 23 hours long
 */
export function localDayInterval(date: LocalDate, timeZone: string): { start: Instant; end: Instant } {
  return { start: startOfLocalDay(date, timeZone), end: startOfLocalDay(addDays(date, 1), timeZone) };
}

/**
 * A calendar month in the site's time zone as an interval of absolute time.
 * @example monthInterval('2024-03', 'Europe/Stockholm') // 743 hours: 2024-02-29T23:00Z – 2024-03-31T22:00Z
 */
export function monthInterval(month: Month, timeZone: string): { start: Instant; end: Instant } {
  return {
    start: startOfLocalDay(`${month}-01`, timeZone),
    end: startOfLocalDay(`${addMonths(month, 1)}-01`, timeZone),
  };
}

/**
 * The instant of a wall-clock time on a local date. In the spring gap the time moves forward by the
 * gap (02:30 becomes 03:30), as calendar applications do.
 * @example localDateTime('2024-07-03', 330, 'Europe/Stockholm') // 05:30 CEST = 03:30Z
 */
export function localDateTime(date: LocalDate, minutes: number, timeZone: string): Instant {
  return Temporal.PlainDate.from(date)
    .toPlainDateTime({ hour: Math.floor(minutes / 60), minute: minutes % 60 })
    .toZonedDateTime(timeZone, { disambiguation: 'compatible' }).epochMilliseconds;
}

/** Parses an ISO 8601 instant that must carry an offset or `Z` (used for `DRIFTSTATUS_NOW`). */
export function parseInstant(text: string): Parsed<Instant> {
  try {
    return { ok: true, value: Temporal.Instant.from(text.trim()).epochMilliseconds };
  } catch {
    return fail(`"${text}" is not an ISO 8601 instant with an offset, e.g. 2024-03-06T05:30:00+01:00`);
  }
}

/** How much of the time an ISO text keeps; what is finer is cut off, not rounded. */
export type IsoPrecision = 'minute' | 'second' | 'millisecond';

/**
 * The instant as ISO 8601 UTC text: the one ISO writer. Whole seconds by default (the JSON API, update
 * anchors); `millisecond` for `<time datetime>`; `minute` for front matter written by scripts.
 * @example
 * toIso(Date.UTC(2024, 2, 6, 4, 30, 15, 250))                // '2024-03-06T04:30:15Z'
 * toIso(Date.UTC(2024, 2, 6, 4, 30, 15, 250), 'millisecond') // '2024-03-06T04:30:15.250Z'
 * toIso(Date.UTC(2024, 2, 6, 4, 30), 'minute')               // '2024-03-06T04:30Z'
 */
export function toIso(instant: Instant, precision: IsoPrecision = 'second'): string {
  const text = new Date(instant).toISOString();
  return precision === 'millisecond' ? text : `${text.slice(0, precision === 'minute' ? 16 : 19)}Z`;
}

function zoned(instant: Instant, timeZone: string): Temporal.ZonedDateTime {
  return Temporal.Instant.fromEpochMilliseconds(instant).toZonedDateTimeISO(timeZone);
}

function plainDate(year: number, month: number, day: number): Temporal.PlainDate | undefined {
  try {
    return Temporal.PlainDate.from({ year, month, day }, { overflow: 'reject' });
  } catch {
    return undefined;
  }
}

function parseOffset(offset: string): number | undefined {
  if (offset === 'Z') return 0;
  const match = /^([+-])(\d{2}):?(\d{2})?$/.exec(offset);
  if (!match) return undefined;
  const hours = Number(match[2]);
  const minutes = Number(match[3] ?? 0);
  if (hours > 14 || minutes > 59) return undefined;
  return (match[1] === '-' ? -1 : 1) * (hours * 60 + minutes);
}

function fail(error: string): { ok: false; error: string } {
  return { ok: false, error };
}

/**
 * An instant as editors write it (front matter, messages): local wall-clock time to the minute, or to
 * the second when asked. The one editor-facing time writer; `parseDateTime` reads it back.
 * @example
 * localDateTimeText(Date.UTC(2026, 10, 21, 5, 0, 7), 'Europe/Stockholm')                    // '2026-11-21 06:00'
 * localDateTimeText(Date.UTC(2026, 10, 21, 5, 0, 7), 'Europe/Stockholm', { seconds: true }) // '2026-11-21 06:00:07'
 */
export function localDateTimeText(instant: Instant, timeZone: string, { seconds = false }: { seconds?: boolean } = {}): string {
  const local = zoned(instant, timeZone);
  const two = (value: number) => String(value).padStart(2, '0');
  return `${local.toPlainDate().toString()} ${two(local.hour)}:${two(local.minute)}${seconds ? `:${two(local.second)}` : ''}`;
}
