import { describe, expect, it } from 'vitest';
import { incidentSection, liveData, liveState, markedIncident, markedWindow, newerBuild, windowSection } from '../../src/lib/live.ts';
import { incidentState } from '../../src/lib/views/incident.ts';
import { windowState } from '../../src/lib/status.ts';
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

describe('windows a page marks live', () => {
  const window = plannedWindow({ start: at('2026-03-11 05:30'), end: at('2026-03-11 09:00'), finished: at('2026-03-11 06:15') });
  const times = ['2026-03-11 05:00', '2026-03-11 05:30', '2026-03-11 06:14', '2026-03-11 06:15', '2026-03-11 09:30'].map((t) => at(t));

  it('reads the times from the data attributes and gets the build\'s state at every instant', () => {
    const marked = markedWindow({ start: String(window.start), end: String(window.end), finished: String(window.finished) });
    expect(marked).toEqual({ start: window.start, end: window.end, finished: window.finished, cancelled: false });
    expect(times.map((t) => windowState(marked!, t))).toEqual(times.map((t) => windowState(window, t)));
    expect(times.map((t) => windowState(marked!, t))).toEqual(['planned', 'active', 'active', 'over', 'over']);
  });

  it('works with what pages emit today: the effective end as data-end', () => {
    const marked = markedWindow({ start: String(window.start), end: String(at('2026-03-11 06:15')) });
    expect(times.map((t) => windowState(marked!, t))).toEqual(times.map((t) => windowState(window, t)));
  });

  it('knows a cancelled window, and refuses missing or broken times', () => {
    const cancelled = markedWindow({ start: String(window.start), end: String(window.end), cancelled: '' });
    expect(cancelled && windowState(cancelled, times[1]!)).toBe('cancelled');
    expect(markedWindow({ end: String(window.end) })).toBeUndefined();
    expect(markedWindow({ start: '', end: String(window.end) })).toBeUndefined();
    expect(markedWindow({ start: 'soon', end: String(window.end) })).toBeUndefined();
    expect(markedWindow({ start: String(window.start), end: String(window.end), finished: '' })).not.toHaveProperty('finished');
  });
});

describe('live data uses the build\'s rules', () => {
  it('embeds an incident open at the build instant, not one that ended exactly then', () => {
    const built = at('2026-03-10 12:00');
    const data = liveData(
      {
        ...content,
        incidents: [
          incident({ slug: 'ends-now', start: at('2026-03-10 10:00'), end: built }),
          incident({ slug: 'starts-now', start: built }),
          incident({ slug: 'later', start: at('2026-03-10 13:00') }),
        ],
      },
      built,
    );
    expect(data.incidents).toEqual([{ start: built, impact: 'outage', systems: ['app'] }]);
  });

  it('drops a window that finished early before the build, keeps one under way', () => {
    const built = at('2026-03-11 07:00');
    const maintenance = [
      plannedWindow({ slug: 'done', start: at('2026-03-11 05:30'), end: at('2026-03-11 09:00'), finished: at('2026-03-11 06:15') }),
      plannedWindow({ slug: 'going', start: at('2026-03-11 06:00'), end: at('2026-03-11 08:00') }),
    ];
    const data = liveData({ ...content, maintenance }, built);
    expect(data.windows.map((w) => w.slug)).toEqual(['going']);
    expect(liveState(data, built).next).toMatchObject({ window: { slug: 'going' }, active: true });
  });
});

describe('lists kept by state', () => {
  it('put a window under "upcoming" until it starts, under "in progress" until it ends, then in neither', () => {
    const window = plannedWindow({ start: at('2026-03-11 05:30'), end: at('2026-03-11 09:00'), finished: at('2026-03-11 06:15') });
    const times = ['2026-03-11 05:29', '2026-03-11 05:30', '2026-03-11 06:14', '2026-03-11 06:15'].map((t) => at(t));
    expect(times.map((t) => windowSection(window, t))).toEqual(['upcoming', 'active', 'active', undefined]);
    expect(windowSection({ ...window, cancelled: true }, times[1]!)).toBeUndefined();
  });

  it('move an incident read from a page\'s attributes from "ongoing" to "resolved" at its end', () => {
    const marked = markedIncident({ start: String(at('2026-03-10 10:00')), end: String(at('2026-03-10 12:00')), impact: 'degraded' });
    expect(marked).toEqual({ start: at('2026-03-10 10:00'), end: at('2026-03-10 12:00'), impact: 'degraded', systems: [] });
    const states = ['2026-03-10 09:59', '2026-03-10 10:00', '2026-03-10 11:59', '2026-03-10 12:00'].map((t) => incidentState(marked!, at(t)));
    expect(states).toEqual(['upcoming', 'ongoing', 'ongoing', 'resolved']);
    expect(states.map(incidentSection)).toEqual(['ongoing', 'ongoing', 'ongoing', 'resolved']);
  });

  it('read an open incident without an end, and refuse one without a start', () => {
    expect(markedIncident({ start: String(at('2026-03-10 10:00')), impact: 'nonsense' })).toEqual({ start: at('2026-03-10 10:00'), impact: 'outage', systems: [] });
    expect(markedIncident({ end: String(at('2026-03-10 12:00')) })).toBeUndefined();
  });
});

describe('a newer build', () => {
  it('is one whose stamp in /build.json is not the page\'s own; a broken document tells of none', () => {
    expect(newerBuild('0af21dd8483bed64', { build: '0af21dd8483bed64' })).toBe(false);
    expect(newerBuild('0af21dd8483bed64', { build: '1b2c3d4e5f607182' })).toBe(true);
    for (const broken of [null, 'text', {}, { build: '' }, { build: 42 }]) expect(newerBuild('0af21dd8483bed64', broken)).toBe(false);
  });
});
