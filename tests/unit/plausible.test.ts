import { describe, expect, it } from 'vitest';
import { absurdYear, plausibilityWarnings, similarTitles } from '../../src/lib/content/plausible.ts';
import { problemsAt } from '../../src/lib/content/validate/at.ts';
import type { Content, Report, Schedule } from '../../src/lib/model.ts';
import { at, incident, plannedWindow, site, system } from './helpers.ts';

const now = at('2026-03-20 12:00');
const none: Pick<Content, 'site' | 'systems' | 'incidents' | 'maintenance' | 'schedules'> = {
  site: site(),
  systems: [system({ id: 'app' })],
  incidents: [],
  maintenance: [],
  schedules: [],
};
const lines = (content: Partial<typeof none> & Record<string, unknown>) =>
  plausibilityWarnings({ ...none, ...content }, now).map((w) => `${w.file}: ${w.field}: ${w.message}`);
const resolved = (time: string) => ({ at: at(time), status: 'resolved' as const, text: 'Back.' });

describe('absurdYear', () => {
  it('says which way a year is off: before 2000, or more than 2 years ahead', () => {
    expect(absurdYear(at('1999-12-31 23:59'), now, 'Europe/Stockholm')).toBe('1999-12-31 23:59 is in 1999, before 2000: check the year');
    expect(absurdYear(at('2000-01-01 00:00'), now, 'Europe/Stockholm')).toBeUndefined();
    expect(absurdYear(at('2028-03-01 12:00'), now, 'Europe/Stockholm')).toBeUndefined();
    expect(absurdYear(at('2028-03-25 12:00'), now, 'Europe/Stockholm')).toBe('2028-03-25 12:00 is more than 2 years from now: check the year');
  });
});

describe('plausibilityWarnings', () => {
  it('warns once per incident about its first impossible year', () => {
    const old = incident({ file: 'a.md', start: at('1970-01-01 01:00'), end: at('1970-01-01 02:00'), updates: [resolved('1970-01-01 02:05')] });
    expect(lines({ incidents: [old] })).toEqual(['a.md: start: 1970-01-01 01:00 is in 1970, before 2000: check the year']);
  });

  it('warns about a title over 200 characters, a 200 kB one too, but not one of 200', () => {
    const titled = (file: string, length: number) => incident({ file, title: 'x'.repeat(length), start: at('2026-03-20 08:00'), end: at('2026-03-20 09:00') });
    expect(lines({ incidents: [titled('a.md', 200), titled('b.md', 201), titled('c.md', 204_800)] })).toEqual([
      'b.md: title: is 201 characters long: shorten it to at most 200, the body is the place for details',
      'c.md: title: is 204800 characters long: shorten it to at most 200, the body is the place for details',
    ]);
  });

  it('finds the same outage filed twice: same systems, overlapping times, similar titles', () => {
    const first = incident({ file: 'a.md', title: 'App is down', start: at('2026-03-20 08:00'), end: at('2026-03-20 09:00') });
    const again = incident({ file: 'b.md', title: 'App down', start: at('2026-03-20 08:30'), end: at('2026-03-20 09:30') });
    const later = incident({ file: 'c.md', title: 'App down', start: at('2026-03-20 09:45'), end: at('2026-03-20 10:00') });
    const other = incident({ file: 'd.md', title: 'App down', systems: ['api'], start: at('2026-03-20 08:30') });
    const unlike = incident({ file: 'e.md', title: 'Login slow', start: at('2026-03-20 08:30'), end: at('2026-03-20 08:40') });
    expect(lines({ incidents: [first, again, later, other, unlike] })).toEqual([
      'b.md: file: looks like the same outage as a.md (same systems, overlapping times, similar title): delete one of the two',
    ]);
    expect(similarTitles('Ladok: inloggning fungerar inte', 'Inloggning fungerar inte')).toBe(true);
    expect(similarTitles('Ladok är nere', 'Canvas är långsam')).toBe(false);
  });

  it('flags the first update after the resolved one', () => {
    const reopened = incident({
      file: 'a.md',
      start: at('2026-03-20 08:00'),
      end: at('2026-03-20 09:00'),
      updates: [resolved('2026-03-20 09:00'), { at: at('2026-03-20 09:10'), status: 'monitoring', text: 'x' }, resolved('2026-03-20 09:20')],
    });
    expect(lines({ incidents: [reopened] })).toEqual([
      'a.md: updates[1]: comes after the resolved update above (updates[0]): if the incident went on, give that one another status; if it came back, file a new incident',
    ]);
  });

  it('flags a schedule that starts more than 2 years back, unless pastDays limits the pages', () => {
    const schedule = (first: string) => ({ slug: 's', file: 's.yaml', title: 'S', kind: 'upgrade', rrule: 'FREQ=WEEKLY', first, skip: [], moved: [] }) as unknown as Schedule;
    expect(lines({ schedules: [schedule('2024-03-21')] })).toEqual([]);
    expect(lines({ schedules: [schedule('2023-03-16')] })).toEqual([
      's.yaml: first: 2023-03-16 is about 3 years back, and every window since then gets a page: start the series at a later date (or set schedules.pastDays in site.yaml)',
    ]);
    const limited = site({ schedules: { pastDays: 90, futureDays: 180 } });
    expect(lines({ site: limited, schedules: [schedule('2016-03-17')] })).toEqual([]);
  });

  it('flags a system none of whose environments the entry names', () => {
    const systems = [system({ id: 'app' }), system({ id: 'api', environments: [{ id: 'production' }] })];
    const window = (environments: string[]) => plannedWindow({ file: 'w.md', systems: ['app', 'api'], environments, start: at('2026-03-21 05:00'), end: at('2026-03-21 06:00') });
    expect(lines({ systems, maintenance: [window(['test'])] })).toEqual([
      "w.md: systems[1]: api has none of the environments named (test is of app): add api's environment to environments (it has production), or file it separately",
    ]);
    expect(lines({ systems, maintenance: [window(['production'])] })).toEqual([]);
  });
});

describe('problemsAt', () => {
  const report = (month: string): Report => ({ slug: month, month, file: `${month}.md`, body: '', translations: {}, availability: [] });
  it('refuses a report for a month not begun, not one for the current month', () => {
    expect(problemsAt({ site: site(), reports: [report('2026-03'), report('2026-04')] }, now)).toEqual([
      { file: '2026-04.md', line: 1, field: 'file name', message: '2026-04 has not begun yet: check the month in the file name (a report is written once its month is over)' },
    ]);
    // April begins at local midnight: at 00:30 on 1 April in Stockholm it has begun.
    expect(problemsAt({ site: site(), reports: [report('2026-04')] }, at('2026-04-01 00:30'))).toEqual([]);
  });
});
