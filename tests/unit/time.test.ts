import { describe, expect, it } from 'vitest';
import {
  addMonths,
  localDate,
  localDateTimeText,
  localDayInterval,
  localMonth,
  monthInterval,
  offsetText,
  parseDateTime,
  parseInstant,
  parseLocalDate,
  parseMonth,
  parseTimeOfDay,
  toIso,
} from '../../src/lib/time.ts';

const HOUR = 3_600_000;
const iso = (text: string, timeZone = 'Europe/Stockholm') => {
  const parsed = parseDateTime(text, timeZone);
  return parsed.ok ? new Date(parsed.value).toISOString() : parsed.error;
};

describe('parseDateTime', () => {
  it('reads naive times as wall-clock time in the site zone, winter and summer', () => {
    expect(iso('2024-03-06 05:30')).toBe('2024-03-06T04:30:00.000Z');
    expect(iso('2024-03-06T05:30')).toBe('2024-03-06T04:30:00.000Z');
    expect(iso('2024-07-03 05:30')).toBe('2024-07-03T03:30:00.000Z');
    expect(iso('2024-07-03 05:30', 'Europe/Copenhagen')).toBe('2024-07-03T03:30:00.000Z');
    expect(iso('2024-07-03 05:30', 'America/New_York')).toBe('2024-07-03T09:30:00.000Z');
  });

  it('takes times with an offset or Z as given, whatever the site zone', () => {
    expect(iso('2024-03-06T05:30+01:00')).toBe('2024-03-06T04:30:00.000Z');
    expect(iso('2024-03-06 05:30 +02:00')).toBe('2024-03-06T03:30:00.000Z');
    expect(iso('2024-03-06T05:30:15Z')).toBe('2024-03-06T05:30:15.000Z');
    expect(iso('2024-03-06T05:30Z', 'Asia/Tokyo')).toBe('2024-03-06T05:30:00.000Z');
  });

  it('rejects a time inside the spring daylight-saving gap, in Stockholm and Copenhagen', () => {
    expect(iso('2024-03-31 02:30')).toMatch(/does not exist in Europe\/Stockholm/);
    expect(iso('2023-03-26 02:00', 'Europe/Copenhagen')).toMatch(/does not exist in Europe\/Copenhagen/);
    expect(iso('2024-03-31 03:00')).toBe('2024-03-31T01:00:00.000Z');
    expect(iso('2024-03-31 01:59')).toBe('2024-03-31T00:59:00.000Z');
  });

  it('takes the first occurrence in the autumn hour that happens twice; an offset picks the second', () => {
    expect(iso('2024-10-27 02:30')).toBe('2024-10-27T00:30:00.000Z');
    expect(iso('2024-10-27 02:30+01:00')).toBe('2024-10-27T01:30:00.000Z');
  });

  it('rejects dates and times that do not exist', () => {
    expect(iso('2024-02-30 10:00')).toBe('2024-02-30 is not a date');
    expect(iso('2023-02-29 10:00')).toBe('2023-02-29 is not a date');
    expect(iso('2024-02-29 10:00')).toBe('2024-02-29T09:00:00.000Z');
    expect(iso('2024-13-01 10:00')).toBe('2024-13-01 is not a date');
    expect(iso('2024-03-06 24:00')).toMatch(/24:00 is not a time of day \(write 00:00 of the next day\)/);
    expect(iso('2024-03-06 10:60')).toMatch(/is not a time of day/);
  });

  it('needs a time of day unless a date alone is allowed', () => {
    expect(iso('2024-03-06')).toMatch(/needs a time of day/);
    const dateOnly = parseDateTime('2024-03-06', 'Europe/Stockholm', { allowDateOnly: true });
    expect(dateOnly.ok && new Date(dateOnly.value).toISOString()).toBe('2024-03-05T23:00:00.000Z');
  });

  it('rejects text that is not a time', () => {
    expect(iso('yesterday')).toMatch(/is not a date and time/);
    expect(iso('6/3/2024 05:30')).toMatch(/is not a date and time/);
    expect(iso('2024-03-06 05:30+15:00')).toMatch(/is not a UTC offset/);
  });
});

describe('calendar boundaries in the site zone', () => {
  const hours = (month: string, zone: string) => {
    const { start, end } = monthInterval(month, zone);
    return (end - start) / HOUR;
  };

  it('gives March 743 hours and October 745 hours in Stockholm and Copenhagen', () => {
    expect(hours('2024-03', 'Europe/Stockholm')).toBe(743);
    expect(hours('2024-10', 'Europe/Stockholm')).toBe(745);
    expect(hours('2023-03', 'Europe/Copenhagen')).toBe(743);
    expect(hours('2023-10', 'Europe/Copenhagen')).toBe(745);
    expect(hours('2024-01', 'Europe/Copenhagen')).toBe(744);
  });

  it('knows leap years', () => {
    expect(hours('2024-02', 'Europe/Stockholm')).toBe(29 * 24);
    expect(hours('2023-02', 'Europe/Stockholm')).toBe(28 * 24);
    expect(hours('2100-02', 'Europe/Stockholm')).toBe(28 * 24);
    expect(hours('2000-02', 'Europe/Stockholm')).toBe(29 * 24);
  });

  it('cuts months at local midnight', () => {
    const { start, end } = monthInterval('2024-03', 'Europe/Stockholm');
    expect(new Date(start).toISOString()).toBe('2024-02-29T23:00:00.000Z');
    expect(new Date(end).toISOString()).toBe('2024-03-31T22:00:00.000Z');
  });

  it('has days of 23 and 25 hours at the changes', () => {
    const length = (date: string) => {
      const { start, end } = localDayInterval(date, 'Europe/Copenhagen');
      return (end - start) / HOUR;
    };
    expect(length('2024-03-31')).toBe(23);
    expect(length('2024-10-27')).toBe(25);
    expect(length('2024-02-29')).toBe(24);
  });

  it('puts instants near midnight into the local day and month, across month and year ends', () => {
    const instant = Date.parse('2024-01-31T23:30:00Z');
    expect(localDate(instant, 'Europe/Stockholm')).toBe('2024-02-01');
    expect(localMonth(instant, 'Europe/Stockholm')).toBe('2024-02');
    expect(localMonth(instant, 'UTC')).toBe('2024-01');
    expect(localDate(Date.parse('2023-12-31T23:00:00Z'), 'Europe/Copenhagen')).toBe('2024-01-01');
    expect(addMonths('2023-12', 1)).toBe('2024-01');
    expect(addMonths('2024-01', -1)).toBe('2023-12');
  });
});

describe('other parsers', () => {
  it('parses months, dates and times of day strictly', () => {
    expect(parseMonth('2024-01')).toEqual({ ok: true, value: '2024-01' });
    expect(parseMonth('2024-13').ok).toBe(false);
    expect(parseMonth('2024-1').ok).toBe(false);
    expect(parseLocalDate('2024-02-29')).toEqual({ ok: true, value: '2024-02-29' });
    expect(parseLocalDate('2023-02-29').ok).toBe(false);
    expect(parseTimeOfDay('05:30')).toEqual({ ok: true, value: 330 });
    expect(parseTimeOfDay('24:00').ok).toBe(false);
  });

  it('reads DRIFTSTATUS_NOW only as an instant with an offset', () => {
    expect(parseInstant('2024-03-06T05:30:00+01:00')).toEqual({ ok: true, value: Date.parse('2024-03-06T04:30:00Z') });
    expect(parseInstant('2024-03-06 05:30').ok).toBe(false);
    expect(parseInstant('now').ok).toBe(false);
  });
});

describe('writers', () => {
  const instant = Date.UTC(2024, 2, 6, 4, 30, 15, 250);

  it('writes ISO 8601 UTC text to the second, the millisecond or the minute, cutting what is finer', () => {
    expect(toIso(instant)).toBe('2024-03-06T04:30:15Z');
    expect(toIso(instant, 'second')).toBe('2024-03-06T04:30:15Z');
    expect(toIso(instant, 'millisecond')).toBe('2024-03-06T04:30:15.250Z');
    expect(toIso(Date.UTC(2024, 2, 6, 4, 30), 'minute')).toBe('2024-03-06T04:30Z');
    expect(toIso(Date.UTC(2024, 2, 6, 4, 30, 59, 999))).toBe('2024-03-06T04:30:59Z');
    // Same text as the JSON API and <time datetime> have always carried.
    expect(toIso(instant, 'millisecond')).toBe(new Date(instant).toISOString());
    expect(Date.parse(toIso(instant, 'minute'))).toBe(Date.UTC(2024, 2, 6, 4, 30));
  });

  it('writes times as editors do, in local wall-clock time, and parseDateTime reads them back', () => {
    expect(localDateTimeText(instant, 'Europe/Stockholm')).toBe('2024-03-06 05:30');
    expect(localDateTimeText(instant, 'Europe/Stockholm', { seconds: true })).toBe('2024-03-06 05:30:15');
    expect(localDateTimeText(Date.UTC(2024, 6, 3, 3, 30), 'Europe/Stockholm')).toBe('2024-07-03 05:30');
    expect(localDateTimeText(Date.UTC(2024, 6, 3, 3, 30), 'America/New_York')).toBe('2024-07-02 23:30');
    expect(localDateTimeText(Date.UTC(2024, 11, 31, 23, 0), 'Europe/Stockholm')).toBe('2025-01-01 00:00');
    expect(iso(localDateTimeText(instant, 'Europe/Stockholm', { seconds: true }))).toBe('2024-03-06T04:30:15.000Z');
  });

  it('writes the offset of a time in the autumn hour that happens twice, so each pass reads back to itself', () => {
    // 2024-10-27 in Stockholm: 03:00 CEST (01:00Z) becomes 02:00 CET; 02:30 is 00:30Z and again 01:30Z.
    expect(localDateTimeText(Date.UTC(2024, 9, 27, 0, 30), 'Europe/Stockholm')).toBe('2024-10-27 02:30+02:00');
    expect(localDateTimeText(Date.UTC(2024, 9, 27, 1, 30), 'Europe/Stockholm')).toBe('2024-10-27 02:30+01:00');
    expect(localDateTimeText(Date.UTC(2024, 9, 27, 1, 30, 9), 'Europe/Stockholm', { seconds: true })).toBe('2024-10-27 02:30:09+01:00');
    // The minutes either side of the repeated hour happen once: no offset.
    expect(localDateTimeText(Date.UTC(2024, 9, 26, 23, 59), 'Europe/Stockholm')).toBe('2024-10-27 01:59');
    expect(localDateTimeText(Date.UTC(2024, 9, 27, 2, 0), 'Europe/Stockholm')).toBe('2024-10-27 03:00');
    expect(localDateTimeText(Date.UTC(2024, 9, 27, 0, 0), 'Europe/Stockholm')).toBe('2024-10-27 02:00+02:00');
    expect(localDateTimeText(Date.UTC(2024, 9, 27, 1, 59), 'Europe/Stockholm')).toBe('2024-10-27 02:59+01:00');
    expect(iso('2024-10-27 02:30+01:00')).toBe('2024-10-27T01:30:00.000Z');
  });

  it('writes a time in a given offset, with that offset', () => {
    expect(localDateTimeText(Date.UTC(2026, 6, 1, 8, 0), 'Europe/Stockholm', { offset: 0 })).toBe('2026-07-01 08:00+00:00');
    expect(localDateTimeText(Date.UTC(2026, 6, 1, 8, 0), 'Europe/Stockholm', { offset: 120 })).toBe('2026-07-01 10:00+02:00');
    // An offset west of UTC can move the date back: 2026-03-01 02:00Z is 2026-02-28 21:30 at -04:30.
    expect(localDateTimeText(Date.UTC(2026, 2, 1, 2, 0), 'Europe/Stockholm', { offset: -270 })).toBe('2026-02-28 21:30-04:30');
    expect(offsetText(60)).toBe('+01:00');
    expect(offsetText(-330)).toBe('-05:30');
    expect(offsetText(0)).toBe('+00:00');
  });
});
