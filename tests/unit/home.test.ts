import { describe, expect, it } from 'vitest';
import { homeView } from '../../src/lib/home.ts';
import type { Content } from '../../src/lib/model.ts';
import { at, incident, plannedWindow, site, system } from './helpers.ts';

const content: Content = {
  site: site(),
  systems: [
    system({ id: 'app', name: 'App', group: 'Core', order: 1 }),
    system({ id: 'api', name: 'API', group: 'Core', order: 2 }),
    system({ id: 'login', name: 'Login' }),
  ],
  incidents: [
    incident({ slug: 'down', systems: ['api'], start: at('2024-03-06 10:00'), end: at('2024-03-06 11:00') }),
    incident({ slug: 'test-slow', impact: 'degraded', environments: ['test'], start: at('2024-03-06 09:00') }),
  ],
  maintenance: [
    plannedWindow({ slug: 'later', start: at('2024-03-20 05:30'), end: at('2024-03-20 09:00') }),
    plannedWindow({ slug: 'soon', start: at('2024-03-13 05:30'), end: at('2024-03-13 09:00') }),
    plannedWindow({ slug: 'test-env', environments: ['test'], start: at('2024-03-11 05:30'), end: at('2024-03-11 11:00') }),
    plannedWindow({ slug: 'off', start: at('2024-03-08 05:30'), end: at('2024-03-08 09:00'), cancelled: true }),
    plannedWindow({ slug: 'fix', kind: 'hotfix', downtime: false, start: at('2024-03-06 10:00'), end: at('2024-03-06 10:30') }),
  ],
  schedules: [],
  reports: [],
  metrics: [],
};

describe('homeView', () => {
  it('answers "is it working?" inside an incident', () => {
    const view = homeView(content, at('2024-03-06 10:15'));
    expect(view.status).toBe('outage');
    expect(view.ongoing.map((i) => i.slug)).toEqual(['down', 'test-slow']);
    expect(view.activeWindows.map((w) => w.slug)).toEqual(['fix']);
    const states = view.groups.flatMap((g) => g.systems.map((s) => [s.system.id, s.status]));
    expect(states).toEqual([['login', 'operational'], ['app', 'operational'], ['api', 'outage']]);
    expect(view.groups.map((g) => g.name)).toEqual([undefined, 'Core']);
    const app = view.groups[1]?.systems[0];
    expect(app?.otherEnvironments).toEqual([{ environment: { id: 'test' }, status: 'degraded' }]);
  });

  it('lists upcoming windows on what readers use, soonest first, without cancelled ones or test environments', () => {
    const view = homeView(content, at('2024-03-07 12:00'));
    expect(view.status).toBe('operational');
    expect(view.nextWindows.map((w) => w.slug)).toEqual(['soon', 'later']);
    expect(homeView(content, at('2024-03-07 12:00'), 1).nextWindows.map((w) => w.slug)).toEqual(['soon']);
  });

  it('shows planned maintenance while a window with downtime is active', () => {
    const view = homeView(content, at('2024-03-13 06:00'));
    expect(view.status).toBe('maintenance');
    expect(view.activeWindows.map((w) => w.slug)).toEqual(['soon']);
  });
});
