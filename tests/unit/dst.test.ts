/**
 * Times that mean what the editor meant, on the nights the clocks change (issue 14, item 2): the spring
 * gap is refused with what to write, the autumn hour that happens twice is written with its offset and
 * warned about when written without one, and a site zone without the place's summer time is refused.
 * Every expected instant is worked out by hand from the EU rule (clocks change at 01:00 UTC on the last
 * Sundays of March and October) and the US, UK and Australian rules.
 */
import { describe, expect, it } from 'vitest';
import type { Kind } from '../../src/lib/content/files.ts';
import { formatProblem } from '../../src/lib/content/problem.ts';
import { validateContent } from '../../src/lib/content/validate.ts';
import { contentWarnings } from '../../src/lib/content/warnings.ts';
import { siteTimeZoneProblem } from '../../src/lib/time-zone.ts';
import { addDays, localDateTimeText, localDayInterval, monthInterval, parseDateTime } from '../../src/lib/time.ts';

const HOUR = 3_600_000;
const SE = 'Europe/Stockholm';

function read(text: string, timeZone = SE) {
  const parsed = parseDateTime(text, timeZone);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed;
}
const error = (text: string, timeZone = SE) => {
  const parsed = parseDateTime(text, timeZone);
  return parsed.ok ? `read as ${new Date(parsed.value).toISOString()}` : parsed.error;
};

describe('the autumn hour that happens twice', () => {
  // 2026-10-31 is a Saturday, so the change is on Sunday 2026-10-25: 03:00 CEST (01:00Z) becomes 02:00 CET.
  it('reads a naive time as the first pass and says what the second is', () => {
    expect(read('2026-10-25 02:30')).toEqual({ ok: true, value: Date.UTC(2026, 9, 25, 0, 30), other: Date.UTC(2026, 9, 25, 1, 30) });
    expect(read('2026-10-25 02:00')).toEqual({ ok: true, value: Date.UTC(2026, 9, 25, 0, 0), other: Date.UTC(2026, 9, 25, 1, 0) });
    // 03:00 and 01:59 happen once.
    expect(read('2026-10-25 03:00')).toEqual({ ok: true, value: Date.UTC(2026, 9, 25, 2, 0) });
    expect(read('2026-10-25 01:59')).toEqual({ ok: true, value: Date.UTC(2026, 9, 24, 23, 59) });
  });

  it('takes a time with an offset as given and remembers the offset', () => {
    expect(read('2026-10-25 02:30+01:00')).toEqual({ ok: true, value: Date.UTC(2026, 9, 25, 1, 30), offset: 60 });
    expect(read('2026-10-25 02:30+02:00')).toEqual({ ok: true, value: Date.UTC(2026, 9, 25, 0, 30), offset: 120 });
    expect(read('2026-10-25T00:30Z')).toEqual({ ok: true, value: Date.UTC(2026, 9, 25, 0, 30), offset: 0 });
  });

  it('writes either pass with its offset, so that what a command writes reads back to the same instant', () => {
    for (const instant of [Date.UTC(2026, 9, 25, 0, 30), Date.UTC(2026, 9, 25, 1, 30)]) {
      const text = localDateTimeText(instant, SE);
      expect(read(text).value).toBe(instant);
    }
    expect(localDateTimeText(Date.UTC(2026, 9, 25, 0, 30), SE)).toBe('2026-10-25 02:30+02:00');
    expect(localDateTimeText(Date.UTC(2026, 9, 25, 1, 30), SE)).toBe('2026-10-25 02:30+01:00');
  });

  it('follows other zones’ rules: London, New York, Sydney (southern autumn in April)', () => {
    // London: 02:00 BST (01:00Z) becomes 01:00 GMT on 2026-10-25.
    expect(read('2026-10-25 01:30', 'Europe/London')).toMatchObject({ value: Date.UTC(2026, 9, 25, 0, 30), other: Date.UTC(2026, 9, 25, 1, 30) });
    // New York: 02:00 EDT (06:00Z) becomes 01:00 EST on Sunday 2026-11-01.
    expect(read('2026-11-01 01:30', 'America/New_York')).toMatchObject({ value: Date.UTC(2026, 10, 1, 5, 30), other: Date.UTC(2026, 10, 1, 6, 30) });
    // Sydney: 03:00 AEDT (+11) becomes 02:00 AEST (+10) on Sunday 2026-04-05.
    expect(read('2026-04-05 02:30', 'Australia/Sydney')).toMatchObject({ value: Date.UTC(2026, 3, 4, 15, 30), other: Date.UTC(2026, 3, 4, 16, 30) });
    expect(localDateTimeText(Date.UTC(2026, 3, 4, 16, 30), 'Australia/Sydney')).toBe('2026-04-05 02:30+10:00');
  });

  it('makes the day 25 hours long', () => {
    const day = localDayInterval('2026-10-25', SE);
    expect(day).toEqual({ start: Date.UTC(2026, 9, 24, 22), end: Date.UTC(2026, 9, 25, 23) });
    expect((day.end - day.start) / HOUR).toBe(25);
  });
});

describe('the spring gap', () => {
  // 2026-03-31 is a Tuesday, so the change is on Sunday 2026-03-29: 02:00 CET (01:00Z) becomes 03:00 CEST.
  it('refuses a time that does not exist and says what to write', () => {
    expect(error('2026-03-29 02:30')).toBe(
      '2026-03-29 02:30 does not exist in Europe/Stockholm: the clocks jump from 02:00 to 03:00 (daylight saving); ' +
        'write 2026-03-29 03:30 (the same instant as 02:30+01:00) or the time you meant',
    );
    expect(error('2026-03-29 02:00')).toMatch(/^2026-03-29 02:00 does not exist .* jump from 02:00 to 03:00 .* write 2026-03-29 03:00 /);
    expect(error('2026-03-29 02:59')).toMatch(/write 2026-03-29 03:59 \(the same instant as 02:59\+01:00\)/);
    // The suggestion is the same instant: 03:30 CEST and 02:30+01:00 are both 01:30Z.
    expect(read('2026-03-29 03:30').value).toBe(Date.UTC(2026, 2, 29, 1, 30));
    expect(read('2026-03-29 02:30+01:00').value).toBe(Date.UTC(2026, 2, 29, 1, 30));
  });

  it('accepts the minutes either side of the gap', () => {
    expect(read('2026-03-29 01:59').value).toBe(Date.UTC(2026, 2, 29, 0, 59));
    expect(read('2026-03-29 03:00').value).toBe(Date.UTC(2026, 2, 29, 1, 0));
  });

  it('names the jump in other zones: New York at 02:00, Lord Howe by half an hour, Santiago at midnight', () => {
    expect(error('2026-03-08 02:30', 'America/New_York')).toMatch(/jump from 02:00 to 03:00 .* write 2026-03-08 03:30 \(the same instant as 02:30-05:00\)/);
    // Lord Howe moves from +10:30 to +11:00 at 02:00 on Sunday 2026-10-04.
    expect(error('2026-10-04 02:10', 'Australia/Lord_Howe')).toMatch(/jump from 02:00 to 02:30 .* write 2026-10-04 02:40 \(the same instant as 02:10\+10:30\)/);
    // Chile moves from -04:00 to -03:00 at midnight on Sunday 2026-09-06.
    expect(error('2026-09-06 00:30', 'America/Santiago')).toMatch(/jump from 00:00 to 01:00 .* write 2026-09-06 01:30 /);
  });

  it('makes the day 23 hours long', () => {
    const day = localDayInterval('2026-03-29', SE);
    expect((day.end - day.start) / HOUR).toBe(23);
  });
});

describe('month ends and leap days', () => {
  it('cuts months at local midnight, an hour longer or shorter in the change months', () => {
    const hours = (month: string) => {
      const { start, end } = monthInterval(month, SE);
      return (end - start) / HOUR;
    };
    expect(monthInterval('2026-10', SE)).toEqual({ start: Date.UTC(2026, 8, 30, 22), end: Date.UTC(2026, 9, 31, 23) });
    expect(hours('2026-10')).toBe(31 * 24 + 1);
    expect(hours('2026-03')).toBe(31 * 24 - 1);
    expect(hours('2028-02')).toBe(29 * 24);
    expect(hours('2026-02')).toBe(28 * 24);
    expect(hours('2026-12')).toBe(31 * 24);
  });

  it('knows 29 February in leap years only', () => {
    expect(read('2028-02-29 12:00').value).toBe(Date.UTC(2028, 1, 29, 11));
    expect(error('2027-02-29 12:00')).toBe('2027-02-29 is not a date');
    expect(error('2100-02-29 12:00')).toBe('2100-02-29 is not a date');
    expect(read('2000-02-29 12:00').value).toBe(Date.UTC(2000, 1, 29, 11));
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
  });

  it('writes the last minutes of a month and a year in the local month they belong to', () => {
    expect(localDateTimeText(Date.UTC(2028, 1, 29, 22, 59), SE)).toBe('2028-02-29 23:59');
    expect(localDateTimeText(Date.UTC(2028, 1, 29, 23, 0), SE)).toBe('2028-03-01 00:00');
    expect(localDateTimeText(Date.UTC(2026, 11, 31, 23, 30), SE)).toBe('2027-01-01 00:30');
    expect(localDateTimeText(Date.UTC(2026, 11, 31, 23, 30), SE, { offset: 0 })).toBe('2026-12-31 23:30+00:00');
  });
});

describe('site time zones', () => {
  const sv = 'sv';
  it('accepts place zones, old names of places and UTC', () => {
    for (const zone of ['Europe/Stockholm', 'Europe/Copenhagen', 'Europe/London', 'Europe/Kiev', 'America/New_York', 'UTC', 'Etc/UTC']) {
      expect(siteTimeZoneProblem(zone, sv), zone).toBeUndefined();
    }
  });

  it('refuses a fixed offset, naming the zone of the site’s language first', () => {
    const cities = 'e.g. Europe/Stockholm (or Europe/Copenhagen, Europe/Berlin)';
    expect(siteTimeZoneProblem('+01:00', sv)).toBe(`"+01:00" is a fixed UTC offset, which never changes for summer time: write the zone of the place, ${cities}`);
    expect(siteTimeZoneProblem('UTC+1', sv)).toBe(`"UTC+1" is a fixed UTC offset, which never changes for summer time: write the zone of the place, ${cities}`);
    expect(siteTimeZoneProblem('GMT+1', sv)).toBe(`"GMT+1" is a fixed UTC offset, which never changes for summer time: write the zone of the place, ${cities}`);
    // POSIX signs: Etc/GMT-1 is one hour east of UTC.
    expect(siteTimeZoneProblem('Etc/GMT-1', sv)).toBe(`"Etc/GMT-1" is a fixed UTC offset, which never changes for summer time: write the zone of the place, ${cities}`);
    expect(siteTimeZoneProblem('+01:00', 'da')).toMatch(/e\.g\. Europe\/Copenhagen \(or Europe\/Stockholm, Europe\/Berlin\)$/);
  });

  it('takes a summer offset for the summer time of the site’s language; an English site at +01:00 is offered London first', () => {
    expect(siteTimeZoneProblem('+02:00', 'sv')).toMatch(/e\.g\. Europe\/Stockholm \(or Europe\/Helsinki, Europe\/Copenhagen\)$/);
    expect(siteTimeZoneProblem('+01:00', 'en')).toMatch(/e\.g\. Europe\/London \(or Europe\/Stockholm, Europe\/Copenhagen\)$/);
  });

  it('refuses an abbreviation, and offers UTC where the offset is zero', () => {
    expect(siteTimeZoneProblem('CET', 'da')).toBe(
      '"CET" is an abbreviation, not a place\'s time zone: write the zone of the place, e.g. Europe/Copenhagen (or Europe/Stockholm, Europe/Berlin)',
    );
    expect(siteTimeZoneProblem('CEST', 'sv')).toBe('"CEST" is an abbreviation, not a place\'s time zone: write the zone of the place, e.g. Europe/Stockholm');
    expect(siteTimeZoneProblem('GMT', 'en')).toMatch(/^"GMT" is an abbreviation, .* e\.g\. Europe\/London .*, or UTC if the site keeps UTC all year$/);
    expect(siteTimeZoneProblem('+00:00', 'en')).toMatch(/^"\+00:00" is a fixed UTC offset, .* e\.g\. Europe\/London .*, or UTC if the site keeps UTC all year$/);
  });

  it('suggests a place with the same offset where the languages’ zones have another', () => {
    // No language's zone is at +05:30; India's and Sri Lanka's zones are.
    const message = siteTimeZoneProblem('+05:30', 'en') ?? '';
    const suggested = /e\.g\. ([\w/]+)/.exec(message)?.[1] ?? '';
    expect(['Asia/Calcutta', 'Asia/Kolkata', 'Asia/Colombo']).toContain(suggested);
  });

  it('keeps the message for a name that is no zone at all', () => {
    expect(siteTimeZoneProblem('Europe/Stokholm', sv)).toBe('is not an IANA time zone like Europe/Stockholm');
  });
});

const SITE = 'title: T\nurl: https://status.example.org/\ntimezone: Europe/Stockholm\nlocale: sv\nlocales: [sv, en]\n';
const files = (incident: string, extra: { file: string; kind: Kind; text: string; locale?: 'en' }[] = []) => [
  { file: 'content/site.yaml', kind: 'site' as const, slug: 'site', text: SITE },
  { file: 'content/systems/app.yaml', kind: 'system' as const, slug: 'app', text: 'name: App\n' },
  { file: 'content/incidents/2026/night.md', kind: 'incident' as const, slug: 'night', text: incident },
  ...extra.map((f) => ({ ...f, slug: 'night' })),
];
// Lines: 1 ---, 2 title, 3 systems, 4 impact, 5 start, 6 end, 7 updates, 8 at.
const incident = (start: string, end: string, at: string) =>
  `---\ntitle: Night\nsystems: app\nimpact: outage\nstart: ${start}\nend: ${end}\nupdates:\n  - at: ${at}\n    status: resolved\n    text: Back.\n---\n`;
const NOW = Date.UTC(2026, 10, 1);

function warningsOf(sources: ReturnType<typeof files>): string[] {
  const { content, problems, withLine } = validateContent(sources);
  expect(problems.map(formatProblem)).toEqual([]);
  return contentWarnings(content, NOW).map(withLine).map(formatProblem);
}

describe('the warning on a naive time in the repeated hour', () => {
  it('says which instant was taken and how to write the other, on the field’s line', () => {
    expect(warningsOf(files(incident('2026-10-25 02:30', '2026-10-25 03:10', '2026-10-25 03:15')))).toEqual([
      'content/incidents/2026/night.md:5: start: 2026-10-25 02:30 happens twice in Europe/Stockholm (the clocks go back): ' +
        'taken as the first, 2026-10-25 02:30+02:00; write 2026-10-25 02:30+01:00 for the second, or add +02:00 to keep the first',
    ]);
  });

  it('warns about each such time, an update’s and a translation’s included, to the second when written so', () => {
    const en = '---\ntitle: Night\nupdates:\n  - text: Back.\n    at: 2026-10-25 02:50:30\n---\n';
    const warnings = warningsOf(
      files(incident('2026-10-25 02:30', '2026-10-25 02:45+01:00', '2026-10-25 02:50:30'), [
        { file: 'content/incidents/2026/night.en.md', kind: 'incident', text: en, locale: 'en' },
      ]),
    );
    expect(warnings.map((w) => w.split(': ').slice(0, 2).join(': '))).toEqual([
      'content/incidents/2026/night.md:5: start',
      'content/incidents/2026/night.md:8: updates[0].at',
      'content/incidents/2026/night.en.md:5: updates[0].at',
    ]);
    expect(warnings[1]).toMatch(/taken as the first, 2026-10-25 02:50:30\+02:00; write 2026-10-25 02:50:30\+01:00 for the second/);
  });

  it('accepts a time with an offset in the repeated hour without a warning, and reads it as written', () => {
    const sources = files(incident('2026-10-25 02:30+01:00', '2026-10-25 02:45+01:00', '2026-10-25 02:50+01:00'));
    expect(warningsOf(sources)).toEqual([]);
    const [night] = validateContent(sources).content.incidents;
    // 02:30+01:00 to 02:45+01:00 is a quarter of an hour, not an hour and a quarter.
    expect(night?.start).toBe(Date.UTC(2026, 9, 25, 1, 30));
    expect((night?.end ?? 0) - (night?.start ?? 0)).toBe(15 * 60_000);
  });

  it('does not warn about a naive time on the same night outside the repeated hour', () => {
    expect(warningsOf(files(incident('2026-10-25 01:30', '2026-10-25 03:10', '2026-10-25 03:15')))).toEqual([]);
  });
});
