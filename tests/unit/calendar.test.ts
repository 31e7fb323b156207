import { describe, expect, it } from 'vitest';
import { calendarMonths, monthGrid } from '../../src/lib/calendar-grid.ts';
import { nextChanges } from '../../src/lib/changes.ts';
import { contentWarnings } from '../../src/lib/content/warnings.ts';
import { announcedAt, noticeGiven, SERIES_LEAD_MS } from '../../src/lib/notice.ts';
import { at, plannedWindow, site } from './helpers.ts';

const zone = 'Europe/Stockholm';

describe('monthGrid', () => {
  it('covers the month in Monday-first weeks with ISO week numbers, across a year end', () => {
    const weeks = monthGrid('2026-12', [], zone);
    expect(weeks.map((w) => w.week)).toEqual([49, 50, 51, 52, 53]);
    expect(weeks[0]?.days[0]).toMatchObject({ date: '2026-11-30', inMonth: false });
    expect(weeks.at(-1)?.days.at(-1)).toMatchObject({ date: '2027-01-03', inMonth: false });
    expect(monthGrid('2026-03', [], zone)[0]?.days[0]?.date).toBe('2026-02-23');
  });

  it('puts a window on every local day it touches', () => {
    const night = plannedWindow({ start: at('2026-06-10 16:00'), end: at('2026-06-11 08:00') });
    const days = monthGrid('2026-06', [night], zone).flatMap((w) => w.days).filter((d) => d.windows.length > 0);
    expect(days.map((d) => d.date)).toEqual(['2026-06-10', '2026-06-11']);
  });

  it('spans the horizon in months', () => {
    expect(calendarMonths(at('2026-03-15 12:00'), { pastDays: 30, futureDays: 60 }, zone)).toEqual(['2026-02', '2026-03', '2026-04', '2026-05']);
  });
});

describe('notice', () => {
  const window = plannedWindow({ start: at('2026-03-11 05:30'), end: at('2026-03-11 09:00'), announced: at('2026-03-10 15:00') });
  it('flags downtime announced later than the minimum, and only downtime', () => {
    expect(noticeGiven(window, site())).toEqual({ notice: 14.5 * 3_600_000, short: true });
    expect(noticeGiven({ ...window, announced: at('2026-03-09 05:30') }, site())?.short).toBe(false);
    expect(noticeGiven({ ...window, downtime: false }, site())).toBeUndefined();
    expect(noticeGiven({ ...window, announced: undefined }, site())).toBeUndefined();
    expect(contentWarnings({ site: site(), maintenance: [window], incidents: [], reports: [] }, at('2026-03-10 16:00'))).toEqual([
      { file: window.file, field: 'announced', message: 'short notice: announced 14 hrs, 30 mins before the start; the site asks for at least 2 days' },
    ]);
  });
});

describe('announcedAt', () => {
  const window = plannedWindow({ start: at('2026-03-11 05:30'), end: at('2026-03-11 09:00') });
  const history = { firstCommitted: at('2026-03-01 12:00') };
  it('dates a window by `announced`, else its first commit, else its start', () => {
    expect(announcedAt({ ...window, announced: at('2026-03-02 08:00') }, history)).toBe(at('2026-03-02 08:00'));
    expect(announcedAt(window, history)).toBe(at('2026-03-01 12:00'));
    expect(announcedAt(window, undefined)).toBe(window.start);
  });
  it('dates an occurrence of a schedule two weeks before its start, whatever the commit of the series', () => {
    const occurrence = { ...window, series: { schedule: 'train', date: '2026-03-11' } };
    expect(announcedAt(occurrence, history)).toBe(window.start - SERIES_LEAD_MS);
    expect(SERIES_LEAD_MS).toBe(14 * 86_400_000);
  });
});

describe('nextChanges', () => {
  it('lists the coming starts and ends in order, without cancelled windows', () => {
    const windows = [
      plannedWindow({ slug: 'a', start: at('2026-03-11 05:30'), end: at('2026-03-11 09:00'), finished: at('2026-03-11 07:45') }),
      plannedWindow({ slug: 'b', start: at('2026-03-10 05:30'), end: at('2026-03-10 12:00') }),
      plannedWindow({ slug: 'c', start: at('2026-03-09 05:30'), end: at('2026-03-09 09:00'), cancelled: true }),
    ];
    const changes = nextChanges(windows, at('2026-03-10 06:00'), 10);
    expect(changes.map((c) => `${c.window.slug} ${c.edge} ${new Date(c.at).toISOString()}`)).toEqual([
      'b end 2026-03-10T11:00:00.000Z',
      'a start 2026-03-11T04:30:00.000Z',
      'a end 2026-03-11T06:45:00.000Z',
    ]);
  });
});
