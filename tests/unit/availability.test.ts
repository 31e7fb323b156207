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

describe('partial impact: a degraded incident\'s own weight', () => {
  it('counts each degraded incident at its own weight, else the site\'s', () => {
    // 10:00–14:00 at 25 %: 240 min × 0.25 = 60 lost minutes; 20:00–21:00 at the site's 0.5: 30 more.
    const quarter = incident({ impact: 'degraded', weight: 0.25, start: at('2024-03-06 10:00'), end: at('2024-03-06 14:00') });
    const plain = incident({ slug: 'p', impact: 'degraded', start: at('2024-03-06 20:00'), end: at('2024-03-06 21:00') });
    const result = availability(query(), [quarter, plain], [], { ...rules, degradedWeight: 0.5 });
    expect(result.degradedMinutes).toBe(300);
    expect(result.weightedDegradedMinutes).toBe(90);
    expect(result.availability).toBeCloseTo(1 - 90 / 44580, 12);
  });

  it('counts overlapping degraded time once, at the highest weight, and none of it under an outage', () => {
    // a: 10:00–12:00 at 0.5, b: 11:00–13:00 at 0.2, outage 11:30–12:30.
    // 10:00–11:30 at 0.5 (a) = 45; 11:30–12:30 outage = 60 min in full; 12:30–13:00 at 0.2 (b) = 6.
    const a = incident({ slug: 'a', impact: 'degraded', weight: 0.5, start: at('2024-03-06 10:00'), end: at('2024-03-06 12:00') });
    const b = incident({ slug: 'b', impact: 'degraded', weight: 0.2, start: at('2024-03-06 11:00'), end: at('2024-03-06 13:00') });
    const outage = incident({ slug: 'o', start: at('2024-03-06 11:30'), end: at('2024-03-06 12:30') });
    const result = availability(query(), [a, b, outage], [], rules);
    expect(result.outageMinutes).toBe(60);
    expect(result.degradedMinutes).toBe(120);
    expect(result.weightedDegradedMinutes).toBeCloseTo(51, 9);
    expect(result.availability).toBeCloseTo(1 - (60 + 51) / 44580, 12);
  });

  it('keeps a weighted incident\'s time during excluded planned downtime out of the figure', () => {
    // Degraded 05:00–10:00 at 1, window 05:30–09:00 excluded: 30 + 60 = 90 lost of 44580 − 210 measured.
    const all = incident({ impact: 'degraded', weight: 1, start: at('2024-03-06 05:00'), end: at('2024-03-06 10:00') });
    const window = plannedWindow({ start: at('2024-03-06 05:30'), end: at('2024-03-06 09:00') });
    const result = availability(query(), [all], [window], rules);
    expect(result.weightedDegradedMinutes).toBe(90);
    expect(result.availability).toBeCloseTo(1 - 90 / (44580 - 210), 12);
  });
});

describe('24/7: availability with planned downtime counted', () => {
  it('is the same formula with the planned time unavailable, beside the SLA figure', () => {
    // Window 05:30–09:00 (210 min) and an outage 08:00–10:00 of which 60 min fall outside the window.
    // SLA: 1 − 60 / (44580 − 210). 24/7: 1 − (210 + 60) / 44580.
    const window = plannedWindow({ start: at('2024-03-06 05:30'), end: at('2024-03-06 09:00') });
    const outage = incident({ start: at('2024-03-06 08:00'), end: at('2024-03-06 10:00') });
    const result = availability(query(), [outage], [window], rules);
    expect(result.availability).toBeCloseTo(1 - 60 / 44370, 12);
    expect(result.availabilityWithPlanned).toBeCloseTo(1 - 270 / 44580, 12);
    const counted = availability(query(), [outage], [window], { ...rules, excludePlanned: false });
    expect(counted.availabilityWithPlanned).toBe(counted.availability);
  });

  it('weighs degraded time during planned downtime no more: it is unavailable already', () => {
    // Degraded 05:00–10:00 at 0.5 around the window 05:30–09:00: outside it 90 min × 0.5 = 45.
    const half = incident({ impact: 'degraded', weight: 0.5, start: at('2024-03-06 05:00'), end: at('2024-03-06 10:00') });
    const window = plannedWindow({ start: at('2024-03-06 05:30'), end: at('2024-03-06 09:00') });
    expect(availability(query(), [half], [window], rules).availabilityWithPlanned).toBeCloseTo(1 - (210 + 45) / 44580, 12);
  });

  it('is null where nothing was measured', () => {
    expect(availability(query(march, at('2024-02-01 00:00')), [], [], rules).availabilityWithPlanned).toBeNull();
  });
});
