import { describe, expect, it } from 'vitest';
import type { Schedule } from '../../src/lib/model.ts';
import { expandSchedule, plannedWindows } from '../../src/lib/schedules.ts';
import { at, plannedWindow, site } from './helpers.ts';

const zone = 'Europe/Stockholm';
const iso = (instant: number) => new Date(instant).toISOString().slice(0, 16);

function schedule(fields: Partial<Schedule>): Schedule {
  return {
    slug: 'train',
    file: 'content/schedules/train.yaml',
    title: 'Upgrade',
    kind: 'upgrade',
    rrule: 'FREQ=WEEKLY;BYDAY=WE',
    first: '2026-03-18',
    systems: ['app'],
    start: 330,
    end: 540,
    skip: [],
    moved: [],
    ...fields,
  };
}

describe('expandSchedule', () => {
  it('keeps 05:30 local across the spring and autumn DST changes', () => {
    const windows = expandSchedule(schedule({}), zone, { from: '2026-03-01', to: '2026-04-05' });
    expect(windows.map((w) => `${iso(w.start)}–${iso(w.end)}`)).toEqual([
      '2026-03-18T04:30–2026-03-18T08:00',
      '2026-03-25T04:30–2026-03-25T08:00',
      '2026-04-01T03:30–2026-04-01T07:00',
    ]);
    const autumn = expandSchedule(schedule({ first: '2026-10-21' }), zone, { from: '2026-10-01', to: '2026-11-01' });
    expect(autumn.map((w) => iso(w.start))).toEqual(['2026-10-21T03:30', '2026-10-28T04:30']);
  });

  it('runs a release train: steps on day offsets, each with its environments and times', () => {
    const train = schedule({
      rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO',
      first: '2026-12-14',
      start: undefined,
      end: undefined,
      steps: [
        { day: 0, environments: ['test'], start: 330, end: 660 },
        { day: 2, systems: ['app', 'api'], environments: ['production'], start: 330, end: 540 },
        { day: 10, environments: ['training'], start: 1320, end: 120 },
      ],
    });
    const windows = expandSchedule(train, zone, { from: '2026-12-01', to: '2027-01-10' });
    expect(windows.map((w) => [w.slug, iso(w.start), iso(w.end), w.systems.join('+'), w.environments?.join('+')])).toEqual([
      ['train-2026-12-14-test', '2026-12-14T04:30', '2026-12-14T10:00', 'app', 'test'],
      ['train-2026-12-16-production', '2026-12-16T04:30', '2026-12-16T08:00', 'app+api', 'production'],
      ['train-2026-12-24-training', '2026-12-24T21:00', '2026-12-25T01:00', 'app', 'training'],
      ['train-2026-12-28-test', '2026-12-28T04:30', '2026-12-28T10:00', 'app', 'test'],
      ['train-2026-12-30-production', '2026-12-30T04:30', '2026-12-30T08:00', 'app+api', 'production'],
      ['train-2027-01-07-training', '2027-01-07T21:00', '2027-01-08T01:00', 'app', 'training'],
    ]);
    expect(windows.every((w) => w.series?.schedule === 'train')).toBe(true);
    expect(windows[5]?.series?.date).toBe('2026-12-28');
  });

  it('honours until, skipped dates and moved occurrences', () => {
    const windows = expandSchedule(
      schedule({ until: '2026-04-15', skip: ['2026-03-25'], moved: [{ from: '2026-04-01', to: '2026-04-02' }] }),
      zone,
      { from: '2026-03-01', to: '2026-06-01' },
    );
    expect(windows.map((w) => iso(w.start))).toEqual(['2026-03-18T04:30', '2026-04-02T03:30', '2026-04-08T03:30', '2026-04-15T03:30']);
    expect(windows[1]?.series?.date).toBe('2026-04-01');
  });

  it('keeps the planned length of a step that falls in the spring DST gap', () => {
    const night = schedule({ rrule: 'FREQ=DAILY', first: '2026-03-28', start: 150, end: 210 }); // 02:30–03:30
    const windows = expandSchedule(night, zone, { from: '2026-03-28', to: '2026-03-30' });
    expect(windows.map((w) => `${iso(w.start)}–${iso(w.end)}`)).toEqual([
      '2026-03-28T01:30–2026-03-28T02:30',
      '2026-03-29T01:30–2026-03-29T02:30', // 02:30 does not exist that night: 03:30 CEST to 04:30 CEST
      '2026-03-30T00:30–2026-03-30T01:30',
    ]);
  });

  it('expands only within the range', () => {
    expect(expandSchedule(schedule({}), zone, { from: '2026-03-19', to: '2026-03-24' })).toEqual([]);
  });
});

describe('plannedWindows', () => {
  const content = (maintenance = [plannedWindow({ slug: 'one-off', start: at('2026-03-20 10:00'), end: at('2026-03-20 11:00') })]) => ({
    site: site({ schedules: { pastDays: 10, futureDays: 14 } }),
    maintenance,
    schedules: [schedule({})],
  });

  it('merges one-off windows and the schedules expanded over the horizon around now', () => {
    const windows = plannedWindows(content(), at('2026-03-20 12:00'));
    expect(windows.map((w) => w.slug)).toEqual(['train-2026-03-18-app', 'one-off', 'train-2026-03-25-app', 'train-2026-04-01-app']);
  });

  it('keeps every occurrence since the first date when no past limit is set, however late now is', () => {
    const windows = plannedWindows({ ...content([]), site: site({ schedules: { futureDays: 7 } }) }, at('2029-01-10 12:00'));
    expect(windows[0]?.slug).toBe('train-2026-03-18-app');
    expect(windows.at(-1)?.slug).toBe('train-2029-01-17-app');
    expect(windows).toHaveLength(149); // 1,036 days = 148 weeks after the first Wednesday
  });

  it('lets a file override the schedule window of one date, which keeps its slug, series and planned times', () => {
    const override = plannedWindow({
      slug: 'moved-upgrade',
      file: 'content/maintenance/moved-upgrade.md',
      start: at('2026-03-26 05:30'),
      end: at('2026-03-26 09:00'),
      overrides: { schedule: 'train', date: '2026-03-25' },
    });
    const windows = plannedWindows(content([override]), at('2026-03-20 12:00'));
    expect(windows.map((w) => w.slug)).toEqual(['train-2026-03-18-app', 'train-2026-03-25-app', 'train-2026-04-01-app']);
    const replaced = windows[1];
    expect(replaced?.file).toBe('content/maintenance/moved-upgrade.md');
    expect(replaced?.start).toBe(at('2026-03-26 05:30'));
    // The schedule (Wednesdays 05:30–09:00, "Upgrade", no description) planned it on 25 March.
    expect(replaced?.series).toEqual({
      schedule: 'train',
      date: '2026-03-25',
      planned: { start: at('2026-03-25 05:30'), end: at('2026-03-25 09:00'), file: 'content/schedules/train.yaml', title: 'Upgrade', kind: 'upgrade', systems: ['app'], downtime: true, body: '' },
    });
    expect(replaced?.title).toBe('Window');
    expect(replaced?.aliases).toEqual(['moved-upgrade']);
  });

  it('keeps a cancelled occurrence under its own slug', () => {
    const cancel = plannedWindow({ slug: 'no-upgrade', start: at('2026-03-25 05:30'), end: at('2026-03-25 09:00'), cancelled: true, overrides: { schedule: 'train', date: '2026-03-25' } });
    const windows = plannedWindows(content([cancel]), at('2026-03-20 12:00'));
    expect(windows.map((w) => [w.slug, w.cancelled])).toEqual([
      ['train-2026-03-18-app', false],
      ['train-2026-03-25-app', true],
      ['train-2026-04-01-app', false],
    ]);
  });

  it('keeps the other windows of an overridden date, cancelled, when the schedule has several on it', () => {
    const twice = schedule({ start: undefined, end: undefined, steps: [{ day: 0, start: 330, end: 420 }, { day: 0, environments: ['test'], start: 600, end: 660 }] });
    const override = plannedWindow({ slug: 'instead', start: at('2026-03-25 06:00'), end: at('2026-03-25 07:00'), overrides: { schedule: 'train', date: '2026-03-25' } });
    const windows = plannedWindows({ ...content([override]), schedules: [twice] }, at('2026-03-20 12:00'));
    const onDate = windows.filter((w) => w.series?.date === '2026-03-25');
    expect(onDate.map((w) => [w.slug, w.start, w.cancelled])).toEqual([
      ['train-2026-03-25-app', at('2026-03-25 06:00'), false],
      ['train-2026-03-25-test', at('2026-03-25 10:00'), true],
    ]);
  });

  it('lets an override outside the horizon keep its own slug', () => {
    const late = plannedWindow({ slug: 'far', start: at('2026-06-03 05:30'), end: at('2026-06-03 09:00'), overrides: { schedule: 'train', date: '2026-06-03' } });
    expect(plannedWindows(content([late]), at('2026-03-20 12:00')).map((w) => w.slug)).toContain('far');
  });
});

describe('moved occurrences', () => {
  it('keep the slug of their planned date and record the planned times, across a DST change', () => {
    // Planned Wednesday 25 March (CET, UTC+1), moved to Monday 30 March (CEST, UTC+2): 05:30 local both times.
    const [moved] = expandSchedule(schedule({ moved: [{ from: '2026-03-25', to: '2026-03-30' }] }), zone, { from: '2026-03-30', to: '2026-03-30' });
    expect(moved?.slug).toBe('train-2026-03-25-app');
    expect(iso(moved?.start ?? 0)).toBe('2026-03-30T03:30');
    expect(moved?.series?.planned && [iso(moved.series.planned.start), iso(moved.series.planned.end)]).toEqual(['2026-03-25T04:30', '2026-03-25T08:00']);
  });
});
