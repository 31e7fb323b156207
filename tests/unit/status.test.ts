import { describe, expect, it } from 'vitest';
import { environmentStatus, systemStatus, worst } from '../../src/lib/status.ts';
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
