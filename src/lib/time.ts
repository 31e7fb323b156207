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
 * A front-matter time read: its instant; the offset when one was written (minutes east of UTC); and,
 * for a time written without offset in the hour that happens twice, `other`, the second occurrence.
 */
export type ParsedDateTime = { ok: true; value: Instant; offset?: number; other?: Instant } | { ok: false; error: string };

/**
 * Parses a front-matter time. Text without an offset is a wall-clock time in `timeZone`; text with an
 * offset or `Z` is taken as given. A date that does not exist (`2024-02-30`), a time that does not
 * exist (`24:00`, or one inside the spring daylight-saving gap) is an error. In the autumn hour that
 * occurs twice, the first (summer-time) occurrence is meant and `other` is the second; write an offset
 * to mean the second.
 *
 * @example
 * parseDateTime('2024-03-06 05:30', 'Europe/Stockholm') // ok: 2024-03-06T04:30:00Z
 * parseDateTime('2024-03-31 02:30', 'Europe/Stockholm') // error: does not exist (clocks jump forward)
 * parseDateTime('2024-10-27 02:30', 'Europe/Stockholm') // ok: 00:30Z (+02:00), other: 01:30Z (+01:00)
 * parseDateTime('2024-10-27 02:30+01:00', 'Europe/Stockholm') // ok: 01:30Z, offset: 60
 */
export function parseDateTime(
  text: string,
  timeZone: string,
  { allowDateOnly = false }: { allowDateOnly?: boolean } = {},
): ParsedDateTime {
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
    return { ok: true, value: utc - offsetMinutes * MINUTE, offset: offsetMinutes };
  }
  return readWallTime(wall, timeZone);
}

/** A wall-clock time in `timeZone`: an error in the spring gap, the first of two in the repeated hour. */
function readWallTime(wall: Temporal.PlainDateTime, timeZone: string): ParsedDateTime {
  const first = wall.toZonedDateTime(timeZone, { disambiguation: 'earlier' });
  const second = wall.toZonedDateTime(timeZone, { disambiguation: 'later' });
  if (!first.toPlainDateTime().equals(wall)) {
    // In the gap `earlier` is the wall time less the gap, just before the change: the clocks jump from
    // the next transition read in the old offset to the same transition read in the new one.
    const transition = first.getTimeZoneTransition('next') ?? second;
    const from = transition.toInstant().toZonedDateTimeISO(first.offset);
    const shown = `${wall.toPlainDate().toString()} ${hhmm(wall)}`;
    return fail(
      `${shown} does not exist in ${timeZone}: the clocks jump from ${hhmm(from)} to ${hhmm(transition)} (daylight saving); ` +
        `write ${second.toPlainDate().toString()} ${hhmm(second)} (the same instant as ${hhmm(wall)}${first.offset}) or the time you meant`,
    );
  }
  if (first.epochMilliseconds === second.epochMilliseconds) return { ok: true, value: first.epochMilliseconds };
  return { ok: true, value: first.epochMilliseconds, other: second.epochMilliseconds };
}

function hhmm(time: { hour: number; minute: number }): string {
  return `${String(time.hour).padStart(2, '0')}:${String(time.minute).padStart(2, '0')}`;
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
 * the second when asked. The one editor-facing time writer; `parseDateTime` reads it back to the same
 * instant. The offset is written when `offset` is given (a time the editor gave with one is written in
 * that offset), and when the wall-clock time happens twice (the autumn hour), which it makes unambiguous.
 * @example
 * localDateTimeText(Date.UTC(2026, 10, 21, 5, 0, 7), 'Europe/Stockholm')                    // '2026-11-21 06:00'
 * localDateTimeText(Date.UTC(2026, 10, 21, 5, 0, 7), 'Europe/Stockholm', { seconds: true }) // '2026-11-21 06:00:07'
 * localDateTimeText(Date.UTC(2026, 9, 25, 1, 30), 'Europe/Stockholm')                       // '2026-10-25 02:30+01:00'
 * localDateTimeText(Date.UTC(2026, 6, 1, 8, 0), 'Europe/Stockholm', { offset: 0 })         // '2026-07-01 08:00+00:00'
 */
export function localDateTimeText(
  instant: Instant,
  timeZone: string,
  { seconds = false, offset }: { seconds?: boolean; offset?: number | undefined } = {},
): string {
  const local = zoned(instant, timeZone);
  const shown = offset === undefined ? local : zoned(instant, offsetText(offset));
  const two = (value: number) => String(value).padStart(2, '0');
  const text = `${shown.toPlainDate().toString()} ${two(shown.hour)}:${two(shown.minute)}${seconds ? `:${two(shown.second)}` : ''}`;
  if (offset !== undefined) return `${text}${offsetText(offset)}`;
  return repeatedWallTime(local) ? `${text}${local.offset}` : text;
}

/** Whether the wall-clock time of `local` happens twice in its zone (the hour the clocks go back over). */
function repeatedWallTime(local: Temporal.ZonedDateTime): boolean {
  const wall = local.toPlainDateTime();
  const { timeZoneId } = local;
  const first = wall.toZonedDateTime(timeZoneId, { disambiguation: 'earlier' });
  return first.epochMilliseconds !== wall.toZonedDateTime(timeZoneId, { disambiguation: 'later' }).epochMilliseconds;
}

/** Minutes east of UTC as an offset, e.g. 60 → `+01:00`, -330 → `-05:30`. */
export function offsetText(minutes: number): string {
  const size = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${String(Math.floor(size / 60)).padStart(2, '0')}:${String(size % 60).padStart(2, '0')}`;
}
