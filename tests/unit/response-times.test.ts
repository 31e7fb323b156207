import { describe, expect, it } from 'vitest';
import { responseTimes, silenceOverTarget, targetsFor, targetsMet } from '../../src/lib/response-times.ts';
import type { Incident } from '../../src/lib/model.ts';
import { at, incident, site } from './helpers.ts';

const MIN = 60_000;
/** The Swedish seed's targets: activity within one hour, a fix within two hours of identification. */
const targets = { firstUpdate: 60, resolution: 120 };
const update = (text: string, status: Incident['updates'][number]['status']) => ({ at: at(text), status, text: status });

describe('responseTimes', () => {
  it('measures across the night the clocks go back: 23:00 CEST to 07:30 CET is 9 h 30 min, not the 8 h 30 min the clock shows', () => {
    // The example's night outage of MIT-integration. 23:00+02:00 = 21:00Z; 07:30+01:00 = 06:30Z: 9 h 30 min.
    // Identified 07:30, over at 09:00 (before the 09:10 resolved note): 90 min to the fix.
    const night = incident({
      start: at('2026-10-24 23:00'),
      end: at('2026-10-25 09:00'),
      updates: [update('2026-10-25 07:30', 'identified'), update('2026-10-25 09:10', 'resolved')],
    });
    const times = responseTimes(night, targets, at('2026-11-24 12:00'));
    expect(times.firstUpdate).toMatchObject({ duration: 570 * MIN, target: 60 * MIN, verdict: 'missed', running: false });
    expect(times.resolution).toMatchObject({ from: at('2026-10-25 07:30'), until: at('2026-10-25 09:00'), duration: 90 * MIN, verdict: 'met' });
  });

  it('measures across the night the clocks go forward: 01:30 CET to 03:15 CEST is 45 min', () => {
    // 01:30+01:00 = 00:30Z; 03:15+02:00 = 01:15Z.
    const spring = incident({ start: at('2026-03-29 01:30'), updates: [update('2026-03-29 03:15', 'investigating')] });
    expect(responseTimes(spring, targets, at('2026-03-29 04:00')).firstUpdate).toMatchObject({ duration: 45 * MIN, verdict: 'met' });
  });

  it('stops the fix clock at the first monitoring update or the end, whichever is first', () => {
    // Identified 12:10, monitoring 14:00 (a hot-fix in place), end 14:45: 110 min.
    const slow = incident({
      start: at('2026-04-14 10:20'),
      end: at('2026-04-14 14:45'),
      updates: [update('2026-04-14 10:35', 'investigating'), update('2026-04-14 12:10', 'identified'), update('2026-04-14 14:00', 'monitoring')],
    });
    const times = responseTimes(slow, targets, at('2026-05-01 00:00'));
    expect(times.firstUpdate?.duration).toBe(15 * MIN);
    expect(times.resolution).toMatchObject({ duration: 110 * MIN, verdict: 'met' });
  });

  it('measures from the start where the fault was fixed before any update said identified', () => {
    // Investigating 13:15, over 13:50, resolved note 13:55: 13:05 → 13:50 is 45 min.
    const api = incident({
      start: at('2026-09-08 13:05'),
      end: at('2026-09-08 13:50'),
      updates: [update('2026-09-08 13:15', 'investigating'), update('2026-09-08 13:55', 'resolved')],
    });
    expect(responseTimes(api, targets, at('2026-10-01 00:00')).resolution).toMatchObject({ from: at('2026-09-08 13:05'), duration: 45 * MIN });
  });

  it('runs the clocks of an open incident up to now: pending within the target, missed beyond it', () => {
    const open = incident({ start: at('2026-03-10 10:00') });
    expect(responseTimes(open, targets, at('2026-03-10 10:30')).firstUpdate).toMatchObject({ running: true, duration: 30 * MIN, verdict: 'pending' });
    expect(responseTimes(open, targets, at('2026-03-10 11:30')).firstUpdate).toMatchObject({ running: true, duration: 90 * MIN, verdict: 'missed' });
    expect(responseTimes(open, targets, at('2026-03-10 11:30')).resolution).toBeUndefined();
    const identified = { ...open, updates: [update('2026-03-10 10:20', 'identified')] };
    // 10:20 → 13:00 = 160 min, over the 120.
    expect(responseTimes(identified, targets, at('2026-03-10 13:00')).resolution).toMatchObject({ running: true, duration: 160 * MIN, verdict: 'missed' });
    // An update after now is not seen yet.
    expect(responseTimes(identified, targets, at('2026-03-10 10:10')).firstUpdate).toMatchObject({ running: true, duration: 10 * MIN });
  });

  it('says nothing before the start, misses the target when no update ever came, and judges nothing without targets', () => {
    const later = incident({ start: at('2026-03-10 10:00') });
    expect(responseTimes(later, targets, at('2026-03-10 09:00'))).toEqual({ firstUpdate: undefined, resolution: undefined });
    const silent = incident({ start: at('2026-03-10 10:00'), end: at('2026-03-10 10:30') });
    expect(responseTimes(silent, targets, at('2026-03-11 00:00')).firstUpdate).toMatchObject({ until: undefined, running: false, verdict: 'missed' });
    expect(responseTimes(silent, {}, at('2026-03-11 00:00')).firstUpdate?.verdict).toBe('none');
    expect(responseTimes(silent, {}, at('2026-03-11 00:00')).resolution).toMatchObject({ duration: 30 * MIN, verdict: 'none' });
  });
});

describe('targetsFor', () => {
  it('gives the site\'s targets for the incident\'s impact, none where it sets none', () => {
    const withTargets = site({ responseTargets: { outage: targets } });
    expect(targetsFor(withTargets, 'outage')).toEqual(targets);
    expect(targetsFor(withTargets, 'degraded')).toEqual({});
    expect(targetsFor(site(), 'outage')).toEqual({});
  });
});

describe('silenceOverTarget', () => {
  it('is how long an open incident has gone without an update, once that is longer than the first-update target', () => {
    const open = incident({ start: at('2026-03-10 10:00'), updates: [update('2026-03-10 10:20', 'investigating')] });
    expect(silenceOverTarget(open, targets, at('2026-03-10 11:00'))).toBeUndefined(); // 40 min
    expect(silenceOverTarget(open, targets, at('2026-03-10 11:30'))).toBe(70 * MIN);
    expect(silenceOverTarget({ ...open, updates: [] }, targets, at('2026-03-10 11:30'))).toBe(90 * MIN);
    expect(silenceOverTarget({ ...open, end: at('2026-03-10 11:00') }, targets, at('2026-03-10 12:00'))).toBeUndefined();
    expect(silenceOverTarget(open, {}, at('2026-03-10 18:00'))).toBeUndefined();
  });
});

describe('targetsMet', () => {
  it('counts the decided times with a target', () => {
    const met = responseTimes(incident({ start: at('2026-03-10 10:00'), end: at('2026-03-10 10:30'), updates: [update('2026-03-10 10:05', 'resolved')] }), targets, at('2026-03-11 00:00'));
    const pending = responseTimes(incident({ start: at('2026-03-10 10:00') }), targets, at('2026-03-10 10:10'));
    const missed = responseTimes(incident({ start: at('2026-03-10 10:00') }), targets, at('2026-03-10 12:00'));
    expect(targetsMet([met.firstUpdate, pending.firstUpdate, missed.firstUpdate, undefined])).toEqual({ met: 1, of: 2 });
  });
});
