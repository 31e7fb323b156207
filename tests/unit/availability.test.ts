import { describe, expect, it } from 'vitest';
import { availability } from '../../src/lib/availability.ts';
import { monthInterval } from '../../src/lib/time.ts';
import { at, incident, plannedWindow } from './helpers.ts';

const rules = { excludePlanned: true, degradedWeight: 0, byCause: false };
const march = monthInterval('2024-03', 'Europe/Stockholm'); // 743 h
const october = monthInterval('2024-10', 'Europe/Stockholm'); // 745 h
const afterwards = at('2025-01-01 00:00');
const query = (period = march, now = afterwards) => ({ system: 'app', environment: 'production', period, now });

describe('availability', () => {
  it('is 1 − outage / measured over a 743-hour month', () => {
    const outage = incident({ start: at('2024-03-06 10:00'), end: at('2024-03-06 17:25') }); // 445 min
    const result = availability(query(), [outage], [], rules);
    expect(result.measuredMinutes).toBe(743 * 60);
    expect(result.outageMinutes).toBe(445);
    expect(result.availability).toBeCloseTo(1 - 445 / 44580, 12);
  });

  it('measures a 745-hour October, with an incident across the night the clocks go back', () => {
    const outage = incident({ start: at('2024-10-27 01:00'), end: at('2024-10-27 04:00') }); // 4 real hours
    const result = availability(query(october), [outage], [], rules);
    expect(result.measuredMinutes).toBe(745 * 60);
    expect(result.outageMinutes).toBe(240);
  });

  it('counts overlapping incidents once', () => {
    const a = incident({ start: at('2024-03-06 10:00'), end: at('2024-03-06 12:00') });
    const b = incident({ slug: 'b', start: at('2024-03-06 11:00'), end: at('2024-03-06 13:00') });
    expect(availability(query(), [a, b], [], rules).outageMinutes).toBe(180);
  });

  it('splits an incident across a month end by local midnight', () => {
    const spanning = incident({ start: at('2024-02-29 22:00'), end: at('2024-03-01 02:00') });
    const february = monthInterval('2024-02', 'Europe/Stockholm');
    expect(availability(query(february), [spanning], [], rules).outageMinutes).toBe(120);
    expect(availability(query(march), [spanning], [], rules).outageMinutes).toBe(120);
  });

  it('leaves planned downtime out of the measured time, or counts it as outage when the site says so', () => {
    const window = plannedWindow({ start: at('2024-03-06 05:30'), end: at('2024-03-06 09:00') }); // 210 min
    const outage = incident({ start: at('2024-03-06 08:00'), end: at('2024-03-06 10:00') }); // 60 min after the window
    const excluded = availability(query(), [outage], [window], rules);
    expect(excluded.plannedMinutes).toBe(210);
    expect(excluded.measuredMinutes).toBe(44580 - 210);
    expect(excluded.outageMinutes).toBe(60);
    const counted = availability(query(), [outage], [window], { ...rules, excludePlanned: false });
    expect(counted.measuredMinutes).toBe(44580);
    expect(counted.outageMinutes).toBe(270);
  });

  it('ignores cancelled windows and windows without downtime', () => {
    const cancelled = plannedWindow({ start: at('2024-03-06 05:30'), end: at('2024-03-06 09:00'), cancelled: true });
    const hotfix = plannedWindow({ start: at('2024-03-07 05:30'), end: at('2024-03-07 09:00'), downtime: false });
    expect(availability(query(), [], [cancelled, hotfix], rules).plannedMinutes).toBe(0);
  });

  it('reports degraded time separately and weighs it as the site says', () => {
    const degraded = incident({ impact: 'degraded', start: at('2024-03-06 10:00'), end: at('2024-03-06 14:00') });
    const outage = incident({ slug: 'o', start: at('2024-03-06 13:00'), end: at('2024-03-06 15:00') });
    const plain = availability(query(), [degraded, outage], [], rules);
    expect(plain.degradedMinutes).toBe(180);
    expect(plain.outageMinutes).toBe(120);
    expect(plain.availability).toBeCloseTo(1 - 120 / 44580, 12);
    const half = availability(query(), [degraded, outage], [], { ...rules, degradedWeight: 0.5 });
    expect(half.availability).toBeCloseTo(1 - (120 + 90) / 44580, 12);
  });

  it('counts an ongoing incident up to now and measures only up to now', () => {
    const ongoing = incident({ start: at('2024-03-06 10:00') });
    const now = at('2024-03-06 12:00');
    const result = availability(query(march, now), [ongoing], [], rules);
    expect(result.outageMinutes).toBe(120);
    expect(result.measuredMinutes).toBe((now - march.start) / 60_000);
    expect(availability(query(march, at('2024-02-01 00:00')), [ongoing], [], rules).availability).toBeNull();
  });

  it('counts only incidents of the asked cause, environment and system', () => {
    const app = incident({ cause: 'application', start: at('2024-03-06 10:00'), end: at('2024-03-06 11:00') });
    const infra = incident({ slug: 'i', cause: 'infrastructure', start: at('2024-03-07 10:00'), end: at('2024-03-07 12:00') });
    const test = incident({ slug: 't', environments: ['test'], start: at('2024-03-08 10:00'), end: at('2024-03-08 12:00') });
    const other = incident({ slug: 'x', systems: ['other'], start: at('2024-03-09 10:00'), end: at('2024-03-09 12:00') });
    const all = [app, infra, test, other];
    expect(availability({ ...query(), cause: 'application' }, all, [], rules).outageMinutes).toBe(60);
    expect(availability({ ...query(), cause: 'infrastructure' }, all, [], rules).outageMinutes).toBe(120);
    expect(availability(query(), all, [], rules).outageMinutes).toBe(180);
  });

  it('reproduces the Danish report: 30 h 50 min out in March 2023 is 95,85 %', () => {
    const period = monthInterval('2023-03', 'Europe/Copenhagen');
    const outage = incident({ start: at('2023-03-14 18:00', 'Europe/Copenhagen'), end: at('2023-03-16 00:50', 'Europe/Copenhagen') });
    const result = availability({ ...query(period) }, [outage], [], rules);
    expect(result.measuredMinutes).toBe(743 * 60);
    expect(((result.availability ?? 0) * 100).toFixed(2)).toBe('95.85');
  });
});
