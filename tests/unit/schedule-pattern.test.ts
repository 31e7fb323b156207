import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/data/read.ts';
import type { Schedule } from '../../src/lib/model.ts';
import { schedulePattern, type SchedulePattern } from '../../src/lib/schedule-pattern.ts';
import { system } from './helpers.ts';

/** Each shown weekday's steps as `environment hh:mm–hh:mm`, '' for a day without any. */
function cells(pattern: SchedulePattern | undefined): string[][] {
  const clock = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
  return (pattern?.weeks ?? []).map((days) =>
    days.map((steps) => steps.map((s) => `${(s.environments ?? []).map((e) => e.name ?? e.id).join(',') || s.systems.join(',')} ${clock(s.start)}–${clock(s.end)}`).join(' / ')),
  );
}

function schedule(fields: Partial<Schedule>): Schedule {
  return { slug: 's', file: 'content/schedules/s.yaml', title: 'Upgrade', kind: 'upgrade', rrule: 'FREQ=WEEKLY;BYDAY=WE', first: '2026-03-18', systems: ['app'], start: 330, end: 540, skip: [], moved: [], ...fields };
}

describe('schedulePattern', () => {
  it("gives the example's release train as the seed's two-week upgrade calendar, from the schedule file", () => {
    const { content, problems } = loadContent('content');
    expect(problems).toEqual([]);
    const train = content.schedules.find((s) => s.slug === 'release-train');
    const pattern = train && schedulePattern(train, new Map(content.systems.map((s) => [s.id, s])));
    expect(pattern?.weekdays).toEqual([0, 1, 2, 3, 4]);
    // The seed: Mån Tis Ons Tor Fre | Mån Tis Ons Tor Fre
    //           –    Test –  Prod MIT-IK | MIT-demo Utbildning Utb3 Utb2 MIT-int
    // production 05:30–09:00, the other environments 05:30–11:00.
    expect(cells(pattern)).toEqual([
      ['', 'test 05:30–11:00', '', 'production 05:30–09:00', 'MIT-IK 05:30–11:00'],
      ['MIT-demo 05:30–11:00', 'training 05:30–11:00', 'Utbildning 3 05:30–11:00', 'Utbildning 2 05:30–11:00', 'MIT-integration 05:30–11:00'],
    ]);
    expect(pattern?.weeks[0]?.[3]?.[0]?.systems).toEqual(['ladok', 'ladok-api']);
    expect(pattern?.titles).toEqual({ en: 'Planned upgrade', da: 'Planlagt opgradering' });
  });

  it('adds a weekend column only when a step runs on it, and counts the weeks from the week of `first`', () => {
    // Every Wednesday from 2026-03-18: one week; a step 3 days later is the Saturday.
    const weekly = schedulePattern(schedule({ start: undefined, end: undefined, steps: [{ day: 0, start: 330, end: 540 }, { day: 3, start: 1380, end: 60 }] }), new Map());
    expect(weekly?.weekdays).toEqual([0, 1, 2, 3, 4, 5]);
    expect(cells(weekly)).toEqual([['', '', 'app 05:30–09:00', '', '', 'app 23:00–01:00']]);
    // Every second Thursday and Friday: both in the first week, the second week empty.
    const two = schedulePattern(schedule({ rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TH,FR', first: '2026-03-19', systems: ['app'], environments: ['test'] }), new Map([['app', system({ id: 'app', environments: [{ id: 'test', name: 'Test' }] })]]));
    expect(cells(two)).toEqual([
      ['', '', '', 'Test 05:30–09:00', 'Test 05:30–09:00'],
      ['', '', '', '', ''],
    ]);
  });

  it('has no pattern for a rule whose weekdays drift (monthly)', () => {
    expect(schedulePattern(schedule({ rrule: 'FREQ=MONTHLY;BYDAY=1TU', first: '2026-04-07' }), new Map())).toBeUndefined();
  });
});
