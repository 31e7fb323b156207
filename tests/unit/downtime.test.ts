import { describe, expect, it } from 'vitest';
import { downtimeSpans, lastDowntimeChange } from '../../src/lib/downtime.ts';
import { at, incident, plannedWindow } from './helpers.ts';

const HOUR = 3_600_000;
const span = (start: string, end: string) => ({ start: at(start), end: at(end) });
const hours = (intervals: { start: number; end: number }[]) => intervals.reduce((sum, i) => sum + i.end - i.start, 0) / HOUR;

describe('downtimeSpans', () => {
  const now = at('2024-03-06 18:00');

  it('merges overlapping incidents of one kind and keeps the kinds apart', () => {
    const incidents = [
      incident({ start: at('2024-03-06 10:00'), end: at('2024-03-06 12:00') }),
      incident({ slug: 'b', start: at('2024-03-06 11:00'), end: at('2024-03-06 13:00') }),
      incident({ slug: 'c', start: at('2024-03-06 13:00'), end: at('2024-03-06 13:30') }),
      incident({ slug: 'd', impact: 'degraded', start: at('2024-03-06 12:30'), end: at('2024-03-06 14:00') }),
      incident({ slug: 'e', impact: 'degraded', weight: 0.3, start: at('2024-03-06 13:00'), end: at('2024-03-06 15:00') }),
    ];
    expect(downtimeSpans('app', 'production', incidents, [], now)).toEqual({
      outage: [span('2024-03-06 10:00', '2024-03-06 13:30')],
      degraded: [span('2024-03-06 12:30', '2024-03-06 15:00')],
      planned: [],
      // One by one, with their weights, for availability to count overlaps at the highest.
      degradedParts: [
        { ...span('2024-03-06 12:30', '2024-03-06 14:00'), weight: undefined },
        { ...span('2024-03-06 13:00', '2024-03-06 15:00'), weight: 0.3 },
      ],
    });
  });

  it('counts an ongoing incident up to now, and cuts everything at now', () => {
    const incidents = [
      incident({ start: at('2024-03-06 16:00') }),
      incident({ slug: 'b', impact: 'degraded', start: at('2024-03-06 17:00'), end: at('2024-03-06 20:00') }),
      incident({ slug: 'later', start: at('2024-03-06 19:00'), end: at('2024-03-06 20:00') }),
    ];
    const windows = [plannedWindow({ start: at('2024-03-06 17:30'), end: at('2024-03-06 19:00') })];
    expect(downtimeSpans('app', 'production', incidents, windows, now)).toEqual({
      outage: [span('2024-03-06 16:00', '2024-03-06 18:00')],
      degraded: [span('2024-03-06 17:00', '2024-03-06 18:00')],
      planned: [span('2024-03-06 17:30', '2024-03-06 18:00')],
      degradedParts: [{ ...span('2024-03-06 17:00', '2024-03-06 18:00'), weight: undefined }],
    });
    expect(downtimeSpans('app', 'production', [incident({ start: now })], [], now).outage).toEqual([]);
  });

  it('leaves out cancelled windows and windows without downtime', () => {
    const windows = [
      plannedWindow({ cancelled: true, start: at('2024-03-06 05:30'), end: at('2024-03-06 09:00') }),
      plannedWindow({ downtime: false, start: at('2024-03-06 10:00'), end: at('2024-03-06 11:00') }),
    ];
    expect(downtimeSpans('app', 'production', [], windows, now).planned).toEqual([]);
  });

  it('ends a window at its finish, early or late', () => {
    const windows = [
      plannedWindow({ start: at('2024-03-05 05:30'), end: at('2024-03-05 09:00'), finished: at('2024-03-05 06:15') }),
      plannedWindow({ start: at('2024-03-06 05:30'), end: at('2024-03-06 09:00'), finished: at('2024-03-06 10:00') }),
    ];
    expect(downtimeSpans('app', 'production', [], windows, now).planned).toEqual([
      span('2024-03-05 05:30', '2024-03-05 06:15'),
      span('2024-03-06 05:30', '2024-03-06 10:00'),
    ]);
  });

  it('counts only the environment and system asked for', () => {
    const incidents = [
      incident({ environments: ['test'], start: at('2024-03-06 10:00'), end: at('2024-03-06 11:00') }),
      incident({ slug: 'other', systems: ['other'], start: at('2024-03-06 10:00'), end: at('2024-03-06 11:00') }),
    ];
    expect(downtimeSpans('app', 'production', incidents, [], now).outage).toEqual([]);
    expect(downtimeSpans('app', 'test', incidents, [], now).outage).toEqual([span('2024-03-06 10:00', '2024-03-06 11:00')]);
  });

  it('measures absolute time across the daylight-saving changes: 01:00–04:00 is 2 hours in spring, 4 in autumn', () => {
    const windows = [plannedWindow({ start: at('2026-03-29 01:00'), end: at('2026-03-29 04:00') })];
    const incidents = [incident({ start: at('2026-10-25 01:00'), end: at('2026-10-25 04:00') })];
    const spans = downtimeSpans('app', 'production', incidents, windows, at('2026-12-01 00:00'));
    expect(hours(spans.planned)).toBe(2);
    expect(hours(spans.outage)).toBe(4);
  });
});

describe('lastDowntimeChange', () => {
  const now = at('2024-03-06 18:00');

  it('is the latest start or end before now; a span still going on changed only when it began', () => {
    const ended = [incident({ start: at('2024-03-06 10:00'), end: at('2024-03-06 12:00') })];
    expect(lastDowntimeChange(downtimeSpans('app', 'production', ended, [], now), now)).toBe(at('2024-03-06 12:00'));
    const windows = [plannedWindow({ start: at('2024-03-06 17:00'), end: at('2024-03-06 19:00') })];
    expect(lastDowntimeChange(downtimeSpans('app', 'production', ended, windows, now), now)).toBe(at('2024-03-06 17:00'));
    const ongoing = [...ended, incident({ slug: 'b', impact: 'degraded', start: at('2024-03-06 11:00') })];
    expect(lastDowntimeChange(downtimeSpans('app', 'production', ongoing, [], now), now)).toBe(at('2024-03-06 12:00'));
  });

  it('is undefined without downtime so far', () => {
    const later = [incident({ start: at('2024-03-07 10:00') })];
    expect(lastDowntimeChange(downtimeSpans('app', 'production', later, [], now), now)).toBeUndefined();
  });
});
