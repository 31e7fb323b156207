import { describe, expect, it } from 'vitest';
import { environmentStatus, isActive, isOpen, isPending, systemStatus, windowEnd, windowState, worst } from '../../src/lib/status.ts';
import { at, incident, plannedWindow, system } from './helpers.ts';

const app = system({ id: 'app' });
const fault = incident({ start: at('2024-03-06 10:00'), end: at('2024-03-06 12:00'), impact: 'degraded' });
const upgrade = plannedWindow({ start: at('2024-03-06 11:00'), end: at('2024-03-06 13:00') });

describe('status', () => {
  it('orders states operational < maintenance < degraded < outage', () => {
    expect(worst([])).toBe('operational');
    expect(worst(['maintenance', 'degraded'])).toBe('degraded');
    expect(worst(['outage', 'maintenance'])).toBe('outage');
  });

  it('follows incidents and windows through time, ends exclusive', () => {
    const status = (time: string) => systemStatus(app, [fault], [upgrade], at(time));
    expect(status('2024-03-06 09:59')).toBe('operational');
    expect(status('2024-03-06 10:00')).toBe('degraded');
    expect(status('2024-03-06 11:30')).toBe('degraded');
    expect(status('2024-03-06 12:00')).toBe('maintenance');
    expect(status('2024-03-06 13:00')).toBe('operational');
  });

  it('keeps an incident without end open', () => {
    const open = incident({ start: at('2024-03-06 10:00') });
    expect(systemStatus(app, [open], [], at('2030-01-01 00:00'))).toBe('outage');
  });

  it('ignores cancelled windows and windows without downtime, and honours an early or late finish', () => {
    const cancelled = plannedWindow({ ...upgrade, cancelled: true });
    const hotfix = plannedWindow({ ...upgrade, kind: 'hotfix', downtime: false });
    const early = plannedWindow({ ...upgrade, finished: at('2024-03-06 11:30') });
    const late = plannedWindow({ ...upgrade, finished: at('2024-03-06 14:00') });
    expect(systemStatus(app, [], [cancelled], at('2024-03-06 11:15'))).toBe('operational');
    expect(systemStatus(app, [], [hotfix], at('2024-03-06 11:15'))).toBe('operational');
    expect(systemStatus(app, [], [early], at('2024-03-06 11:45'))).toBe('operational');
    expect(systemStatus(app, [], [late], at('2024-03-06 13:30'))).toBe('maintenance');
  });

  it('reports a system by its primary environment, and each environment on its own', () => {
    const testOnly = incident({ start: at('2024-03-06 10:00'), environments: ['test'] });
    const now = at('2024-03-06 10:30');
    expect(systemStatus(app, [testOnly], [], now)).toBe('operational');
    expect(environmentStatus('app', 'test', [testOnly], [], now)).toBe('outage');
    expect(environmentStatus('other', 'test', [testOnly], [], now)).toBe('operational');
  });
});

describe('when a window is open', () => {
  const states = (window: typeof upgrade, times: string[]) => times.map((time) => windowState(window, at(time)));

  it('runs from its start (inclusive) to its end (exclusive)', () => {
    expect(states(upgrade, ['2024-03-06 10:59', '2024-03-06 11:00', '2024-03-06 12:59', '2024-03-06 13:00'])).toEqual([
      'planned',
      'active',
      'active',
      'over',
    ]);
    expect(windowEnd(upgrade)).toBe(at('2024-03-06 13:00'));
  });

  it('ends at `finished` when given, early or late', () => {
    const early = plannedWindow({ ...upgrade, finished: at('2024-03-06 11:30') });
    const late = plannedWindow({ ...upgrade, finished: at('2024-03-06 14:00') });
    expect(windowEnd(early)).toBe(at('2024-03-06 11:30'));
    expect(states(early, ['2024-03-06 11:29', '2024-03-06 11:30'])).toEqual(['active', 'over']);
    expect(states(late, ['2024-03-06 13:00', '2024-03-06 13:59', '2024-03-06 14:00'])).toEqual(['active', 'active', 'over']);
  });

  it('is never open when cancelled, before, during or after its times', () => {
    const cancelled = plannedWindow({ ...upgrade, cancelled: true });
    expect(states(cancelled, ['2024-03-06 10:00', '2024-03-06 12:00', '2024-03-06 14:00'])).toEqual(['cancelled', 'cancelled', 'cancelled']);
    expect(isActive(cancelled, at('2024-03-06 12:00'))).toBe(false);
    expect(isPending(cancelled, at('2024-03-06 10:00'))).toBe(false);
  });

  it('agrees with isActive and isPending, and needs only the times (what a page can embed)', () => {
    const times = { start: upgrade.start, end: upgrade.end, cancelled: false };
    for (const time of ['2024-03-06 10:00', '2024-03-06 11:00', '2024-03-06 12:30', '2024-03-06 13:00']) {
      const state = windowState(times, at(time));
      expect(isActive(times, at(time))).toBe(state === 'active');
      expect(isPending(times, at(time))).toBe(state === 'planned' || state === 'active');
    }
  });

  it('keeps an incident open from its start (inclusive) to its end (exclusive)', () => {
    expect([at('2024-03-06 09:59'), fault.start, at('2024-03-06 11:59'), at('2024-03-06 12:00')].map((t) => isOpen(fault, t))).toEqual([
      false,
      true,
      true,
      false,
    ]);
  });
});
