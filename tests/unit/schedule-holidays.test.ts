import { describe, expect, it } from 'vitest';
import { overrideFor, windowsOn } from '../../scripts/lib/override.ts';
import { loadContent } from '../../src/data/read.ts';
import { holidayWarnings } from '../../src/lib/content/holiday-warnings.ts';
import type { Schedule } from '../../src/lib/model.ts';
import { expandSchedule, plannedWindows } from '../../src/lib/schedules.ts';
import { at, site } from './helpers.ts';

const zone = 'Europe/Stockholm';

function schedule(fields: Partial<Schedule>): Schedule {
  return {
    slug: 'train',
    file: 'content/schedules/train.yaml',
    title: 'Upgrade',
    kind: 'upgrade',
    // Every Monday from 2026-03-23; a step on the Monday (day 0) and one on the Friday (day 4).
    rrule: 'FREQ=WEEKLY;BYDAY=MO',
    first: '2026-03-23',
    systems: ['app'],
    steps: [
      { day: 0, environments: ['test'], start: 330, end: 660 },
      { day: 4, environments: ['production'], start: 330, end: 540 },
    ],
    skip: [],
    moved: [],
    ...fields,
  };
}

describe('skip: holidays', () => {
  // Easter 2026: Good Friday 3 April, Easter Monday 6 April (both Swedish public holidays).
  const range = { from: '2026-03-23', to: '2026-04-12' };

  it('leaves out the windows on a public holiday, and only those: the other steps of the train stay', () => {
    const all = expandSchedule(schedule({}), zone, range).map((w) => w.slug);
    const skipping = expandSchedule(schedule({ skipHolidays: 'SE' }), zone, range).map((w) => w.slug);
    expect(all).toEqual(['train-2026-03-23-test', 'train-2026-03-27-production', 'train-2026-03-30-test', 'train-2026-04-03-production', 'train-2026-04-06-test', 'train-2026-04-10-production']);
    expect(skipping).toEqual(['train-2026-03-23-test', 'train-2026-03-27-production', 'train-2026-03-30-test', 'train-2026-04-10-production']);
  });

  it('looks at the day a moved train runs on, and keeps the addresses of the windows around a skipped one', () => {
    // The train of 30 March moved to Tuesday 31 March: its Friday step runs on Saturday 4 April, no holiday.
    const moved = expandSchedule(schedule({ skipHolidays: 'SE', moved: [{ from: '2026-03-30', to: '2026-03-31' }] }), zone, range);
    expect(moved.map((w) => w.slug)).toEqual(['train-2026-03-23-test', 'train-2026-03-27-production', 'train-2026-03-30-test', 'train-2026-04-03-production', 'train-2026-04-10-production']);
  });

  it('follows the country: Good Friday is one in Sweden and in Denmark, Maundy Thursday only in Denmark', () => {
    const thursdays = schedule({ rrule: 'FREQ=WEEKLY;BYDAY=TH', first: '2026-03-26', steps: undefined, start: 330, end: 540 });
    const dates = (country: string) => expandSchedule({ ...thursdays, skipHolidays: country }, zone, range).map((w) => w.slug);
    expect(dates('SE')).toEqual(['train-2026-03-26-app', 'train-2026-04-02-app', 'train-2026-04-09-app']);
    expect(dates('DK')).toEqual(['train-2026-03-26-app', 'train-2026-04-09-app']);
  });

  it('is applied by plannedWindows, so pages, calendars and the API have none of them', () => {
    const content = { site: site({ holidays: 'SE', schedules: { futureDays: 30 } }), maintenance: [], schedules: [schedule({ skipHolidays: 'SE' })] };
    const windows = plannedWindows(content, at('2026-03-24 12:00'));
    expect(windows.map((w) => w.slug)).not.toContain('train-2026-04-03-production');
    expect(windows.map((w) => w.slug)).toContain('train-2026-04-10-production');
  });
});

describe('holidayWarnings', () => {
  const now = at('2026-03-24 12:00');

  it("warns of each coming window on a holiday, naming the step and the holiday, when the schedule does not skip them", () => {
    const content = { site: site({ holidays: 'SE', schedules: { futureDays: 20 } }), schedules: [schedule({})] };
    // From 2026-03-24 to 2026-04-13: Good Friday (the production step) and Easter Monday (the test step).
    expect(holidayWarnings(content, now)).toEqual([
      {
        file: 'content/schedules/train.yaml',
        field: 'steps[1]',
        message: 'its window of 2026-04-03 falls on a public holiday in SE (Good Friday): add `holidays` to skip, or move or cancel that date (npm run update -- content/schedules/train.yaml --cancel 2026-04-03)',
      },
      {
        file: 'content/schedules/train.yaml',
        field: 'steps[0]',
        message: 'its window of 2026-04-06 falls on a public holiday in SE (Easter Monday): add `holidays` to skip, or move or cancel that date (npm run update -- content/schedules/train.yaml --cancel 2026-04-06)',
      },
    ]);
  });

  it('says nothing of a schedule that skips holidays, of past windows, of dates skipped already, or without a country', () => {
    const horizon = { schedules: { futureDays: 20 } };
    expect(holidayWarnings({ site: site({ holidays: 'SE', ...horizon }), schedules: [schedule({ skipHolidays: 'SE' })] }, now)).toEqual([]);
    expect(holidayWarnings({ site: site(horizon), schedules: [schedule({})] }, now)).toEqual([]);
    // The trains of 30 March (Friday 3 April) and 6 April (Monday 6 April) skipped; from 7 April on, none is left ahead.
    expect(holidayWarnings({ site: site({ holidays: 'SE', ...horizon }), schedules: [schedule({ skip: ['2026-03-30', '2026-04-06'] })] }, now)).toEqual([]);
    expect(holidayWarnings({ site: site({ holidays: 'SE', ...horizon }), schedules: [schedule({})] }, at('2026-04-07 12:00'))).toEqual([]);
  });
});

describe("the example's release train at Christmas", () => {
  it('has no window on julafton and juldagen, so update cannot cancel one there and names the nearest', () => {
    const { content } = loadContent('content');
    const train = content.schedules.find((s) => s.slug === 'release-train')!;
    expect(train.skipHolidays).toBe('SE');
    // The train of Monday 14 December: Utb2 on Thursday 24th, MIT-integration on Friday 25th: skipped; the
    // train of 28 December is skipped by date; the next one, of 11 January 2027, starts with Test on the 12th.
    expect(windowsOn(train, '2026-12-24', zone)).toEqual([]);
    expect(windowsOn(train, '2026-12-23', zone).map((w) => w.slug)).toEqual(['release-train-2026-12-23-training-3']);
    const override = overrideFor(content, train, '2026-12-25', { cancel: true }, String);
    expect(override).toEqual({ ok: false, message: 'release-train has no window on 2026-12-25: its nearest windows are on 2026-12-23 and 2027-01-12' });
  });
});
