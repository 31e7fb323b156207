import { describe, expect, it } from 'vitest';
import type { Content } from '../../src/lib/model.ts';
import { siteStateAt } from '../../src/lib/site-state.ts';
import { availabilityRows } from '../../src/lib/sla.ts';
import { LISTED_ON_SYSTEM_PAGE, systemView, systemViews } from '../../src/lib/views/system.ts';
import { at, incident, plannedWindow, site, system } from './helpers.ts';

const ladok = system({ id: 'ladok', name: 'Ladok', sla: 99.5, environments: [{ id: 'production' }, { id: 'test' }, { id: 'mit-ik', name: 'MIT-IK' }] });
const login = system({ id: 'login', name: 'Login', environments: [{ id: 'production' }] });
const weekly = Array.from({ length: 12 }, (_, i) =>
  plannedWindow({ slug: `weekly-${String(i).padStart(2, '0')}`, systems: ['ladok'], environments: ['test'], start: at('2026-03-10 05:30') + i * 7 * 86_400_000, end: at('2026-03-10 07:00') + i * 7 * 86_400_000 }),
);
const content: Content = {
  site: site(),
  systems: [login, ladok],
  incidents: [
    incident({ slug: 'test-down', systems: ['ladok'], environments: ['test'], start: at('2026-03-06 09:00') }),
    incident({ slug: 'prod-slow', systems: ['ladok'], impact: 'degraded', start: at('2026-02-02 10:00'), end: at('2026-02-02 12:00') }),
    incident({ slug: 'login-down', systems: ['login'], start: at('2026-03-01 10:00'), end: at('2026-03-01 10:30') }),
  ],
  maintenance: [...weekly, plannedWindow({ slug: 'past', systems: ['ladok'], start: at('2026-01-14 05:30'), end: at('2026-01-14 09:00') })].sort((a, b) => a.start - b.start),
  schedules: [],
  reports: [],
  metrics: [],
};
const now = at('2026-03-06 12:00');
const state = siteStateAt(content, now);
const rows = availabilityRows(content, now);
const summaryOf = (id: string) => state.systems.find((s) => s.system.id === id)!;

describe('systemView', () => {
  const view = systemView(content, summaryOf('ladok'), rows, now);

  it('gives each environment its state, marks the primary one, and takes the primary one as the system state', () => {
    expect(view.status).toBe('operational');
    expect(view.environments).toEqual([
      { environment: { id: 'production' }, status: 'operational', primary: true },
      { environment: { id: 'test' }, status: 'outage', primary: false },
      { environment: { id: 'mit-ik', name: 'MIT-IK' }, status: 'operational', primary: false },
    ]);
    expect(view.target).toBe(0.995);
  });

  it('does not mark the only environment of a system as primary', () => {
    const single = systemView(content, summaryOf('login'), rows, now);
    expect(single.environments).toEqual([{ environment: { id: 'production' }, status: 'operational', primary: false }]);
    expect(single.target).toBeUndefined();
  });

  it('has the availability of the primary environment over the twelve months ending with now\'s', () => {
    expect(view.availability.months[0]).toBe('2025-04');
    expect(view.availability.months.at(-1)).toBe('2026-03');
    expect(view.availability.rows.map((r) => [r.system.id, r.target])).toEqual([['ladok', 0.995]]);
    const cells = view.availability.rows[0]?.cells ?? [];
    // The outage on test does not count against the primary environment.
    expect(cells.at(-1)?.computed).toBe(1);
    expect(cells[0]?.computed).toBeNull();
  });

  it('lists at most ten coming windows and ten events, and links the whole history by kind', () => {
    expect(view.upcoming).toHaveLength(LISTED_ON_SYSTEM_PAGE);
    expect(view.upcoming[0]).toMatchObject({ type: 'maintenance', entry: { slug: 'weekly-00' } });
    expect(view.recent.map((e) => e.entry.slug)).toEqual(['test-down', 'prod-slow', 'past']);
    expect(view.historyFilters.map((f) => [f.filter, f.path, f.current])).toEqual([
      ['all', 'systems/ladok/history/', false],
      ['incidents', 'systems/ladok/history/incidents/', false],
      ['maintenance', 'systems/ladok/history/maintenance/', false],
    ]);
    const later = siteStateAt(content, at('2026-06-10 12:00'));
    const busy = systemView(content, later.systems.find((s) => s.system.id === 'ladok')!, rows, later.now);
    expect(busy.recent).toHaveLength(LISTED_ON_SYSTEM_PAGE);
    expect(busy.upcoming).toEqual([]);
  });
});

describe('systemViews', () => {
  it('has one page per system, in listing order', () => {
    expect(systemViews(content, state, rows).map((v) => v.system.id)).toEqual(['ladok', 'login']);
  });
});
