import { describe, expect, it } from 'vitest';
import { liveData, liveState } from '../../src/lib/live.ts';
import { at, incident, plannedWindow, system } from './helpers.ts';

const content = {
  systems: [system({ id: 'app' }), system({ id: 'api', environments: [{ id: 'production' }] })],
  incidents: [
    incident({ slug: 'old', start: at('2026-03-01 10:00'), end: at('2026-03-01 11:00') }),
    incident({ slug: 'open', systems: ['api'], impact: 'degraded', start: at('2026-03-10 08:00') }),
  ],
  maintenance: [
    plannedWindow({ slug: 'test-only', environments: ['test'], start: at('2026-03-11 05:30'), end: at('2026-03-11 11:00') }),
    plannedWindow({ slug: 'upgrade', environments: ['production'], start: at('2026-03-11 05:30'), end: at('2026-03-11 09:00') }),
    plannedWindow({ slug: 'cancelled', cancelled: true, start: at('2026-03-12 05:30'), end: at('2026-03-12 09:00') }),
    plannedWindow({ slug: 'far', start: at('2026-06-01 05:30'), end: at('2026-06-01 09:00') }),
    plannedWindow({ slug: 'farther', start: at('2026-06-15 05:30'), end: at('2026-06-15 09:00') }),
  ],
};

describe('live status', () => {
  const built = at('2026-03-10 12:00');
  const data = liveData(content, built);

  it('embeds only what can still change the state: open incidents, coming windows within the horizon', () => {
    expect(data.incidents).toHaveLength(1);
    // …and the first downtime beyond the horizon, so that "next planned downtime" never says "none" wrongly.
    expect(data.windows.map((w) => w.slug)).toEqual(['test-only', 'upgrade', 'far']);
  });

  it('re-evaluates the state for the visitor\'s clock before, inside and after a window', () => {
    const before = liveState(data, at('2026-03-11 05:00'));
    expect(before).toMatchObject({ status: 'degraded', systems: { app: 'operational', api: 'degraded' } });
    expect(before.next).toMatchObject({ window: { slug: 'upgrade' }, active: false });
    const inside = liveState(data, at('2026-03-11 06:00'));
    expect(inside.systems.app).toBe('maintenance');
    expect(inside.next).toMatchObject({ window: { slug: 'upgrade' }, active: true });
    const after = liveState(data, at('2026-03-11 09:00'));
    expect(after.systems.app).toBe('operational');
    expect(after.next).toMatchObject({ window: { slug: 'far' }, active: false });
  });
});
