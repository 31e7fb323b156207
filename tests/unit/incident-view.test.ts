import { describe, expect, it } from 'vitest';
import { incidentState, incidentView } from '../../src/lib/views/incident.ts';
import { at, incident, site, system } from './helpers.ts';

const context = (now: number) => ({ site: site(), systems: new Map([['app', system({ id: 'app', name: 'App' })]]), now });

const down = incident({
  slug: 'down',
  environments: ['test'],
  start: at('2024-03-06 10:00'),
  end: at('2024-03-06 11:30'),
  updates: [
    { at: at('2024-03-06 10:05'), status: 'investigating', text: 'Vi felsöker.' },
    { at: at('2024-03-06 11:35'), status: 'resolved', text: 'Löst.' },
  ],
  translations: { en: { file: 'down.en.md', title: 'Down', body: '', updates: [{ text: 'Investigating.' }] } },
});

describe('incidentView', () => {
  it('gives the time to first update and to the fix against the site\'s targets for the impact', () => {
    const withTargets = { ...context(at('2024-03-07 00:00')), site: site({ responseTargets: { outage: { firstUpdate: 60, resolution: 60 } } }) };
    const view = incidentView(down, 'sv', withTargets);
    // First update 10:05, 5 min after the start; never identified before the end 11:30, so the fix counts from 10:00: 90 min.
    expect(view.response.firstUpdate).toMatchObject({ duration: 5 * 60_000, verdict: 'met' });
    expect(view.response.resolution).toMatchObject({ duration: 90 * 60_000, verdict: 'missed' });
    expect(incidentView(down, 'sv', context(at('2024-03-07 00:00'))).response.firstUpdate?.verdict).toBe('none');
  });

  it('shows an incident that has not started yet as such, not as resolved, without a duration', () => {
    const view = incidentView({ ...down, end: undefined }, 'sv', context(at('2024-03-06 09:00')));
    expect(view.state).toBe('upcoming');
    expect(view.status).toBe('operational');
    expect(view.duration).toBeUndefined();
    expect(incidentView(down, 'sv', context(at('2024-03-06 09:00'))).duration).toBe(90 * 60_000);
  });

  it('shows an ongoing incident in its impact, with the time so far', () => {
    const view = incidentView({ ...down, end: undefined }, 'sv', context(at('2024-03-06 10:45')));
    expect(view.state).toBe('ongoing');
    expect(view.status).toBe('outage');
    expect(view.end).toBeUndefined();
    expect(view.duration).toBe(45 * 60_000);
  });

  it('shows a resolved incident as operational, with how long it lasted', () => {
    const view = incidentView(down, 'sv', context(at('2024-03-07 12:00')));
    expect(view.state).toBe('resolved');
    expect(view.status).toBe('operational');
    expect(view.duration).toBe(90 * 60_000);
    expect(view.path).toBe('incidents/down/');
  });

  it('lists the updates latest first, with their anchors and texts in the reader\'s language', () => {
    const view = incidentView(down, 'en', context(at('2024-03-07 12:00')));
    expect(view.text.title).toBe('Down');
    expect(view.updates).toEqual([
      { status: 'resolved', at: at('2024-03-06 11:35'), anchor: 'update-20240306T103500Z', text: 'Löst.', lang: 'sv' },
      { status: 'investigating', at: at('2024-03-06 10:05'), anchor: 'update-20240306T090500Z', text: 'Investigating.', lang: undefined },
    ]);
  });

  it('names the systems and environments it affects', () => {
    const view = incidentView(down, 'sv', context(at('2024-03-07 12:00')));
    expect(view.affected.map((a) => [a.id, a.system?.name, a.environments])).toEqual([['app', 'App', [{ id: 'test' }]]]);
  });
});

describe('incidentState', () => {
  it('is ongoing from the start up to, not including, the end', () => {
    expect(incidentState(down, at('2024-03-06 10:00'))).toBe('ongoing');
    expect(incidentState(down, at('2024-03-06 11:29'))).toBe('ongoing');
    expect(incidentState(down, at('2024-03-06 11:30'))).toBe('resolved');
    expect(incidentState(down, at('2024-03-06 09:59'))).toBe('upcoming');
  });
});
