/**
 * The home page's recent and past incidents, the history filtered by kind, and the 90-day bar's
 * availability and day links, in the mini corpus built at the instants tests/build/site.test.ts uses
 * (the builds are shared): inside the incident (10 March 10:30), inside the window the next morning
 * (11 March 06:00), and with a hot-fix under way (12 March 12:10).
 */
import { describe, expect, it } from 'vitest';
import { readPage, sharedBuild } from '../support/site.ts';

const mini = 'tests/fixtures/mini';
const build = (now: string) => {
  const result = sharedBuild(mini, now);
  if (result.status !== 0) throw new Error(result.stderr);
  return result.outDir;
};
const text = (html: { text: string } | null | undefined) => html?.text.replace(/\s+/g, ' ').trim();

describe('the home page', () => {
  it('shows an ongoing incident with its latest update and when it was posted', () => {
    const page = readPage(build('2026-03-10T10:30:00+01:00'));
    const line = page.querySelector('#ongoing + ul li[data-event="incident/app-down"]');
    // Of the two updates only the 10:10 one is out by 10:30: 20 minutes earlier.
    expect(text(line?.querySelector('.latest'))).toContain('Undersöker');
    expect(text(line?.querySelector('.latest'))).toContain('The app does not answer.');
    expect(text(line?.querySelector('.latest'))).toContain('10 mars 2026 kl. 10:10 CET');
    expect(text(line?.querySelector('[data-ago]'))).toBe('publicerad för 20 minuter sedan');
    expect(line?.querySelector('.latest time')?.getAttribute('datetime')).toBe('2026-03-10T09:10:00.000Z');
    // The resolved list is there for the live script to move the outage into once it ends, hidden and empty.
    const resolved = page.querySelector('section[aria-labelledby="resolved"]');
    expect(resolved?.hasAttribute('hidden')).toBe(true);
    expect(resolved?.querySelectorAll('li')).toHaveLength(0);
  }, 120_000);

  it('mentions the outage the morning after it ended, with when it ended, and lists the last 14 days', () => {
    const page = readPage(build('2026-03-11T06:00:00+01:00'));
    const resolved = page.querySelector('section[aria-labelledby="resolved"]');
    expect(text(resolved)).toContain('App is down');
    // Ended 10 March 12:00, 18 hours before 06:00 the next day.
    expect(text(resolved)).toContain('Slutade 10 mars 2026 kl. 12:00 CET (för 18 timmar sedan)');
    const days = page.querySelectorAll('.past-days > li');
    // Fourteen local days, 11 March back over the month end (28 days in February 2026) to 26 February.
    expect(days.map((d) => d.querySelector('time')?.getAttribute('datetime'))).toEqual([
      ...['11', '10', '09', '08', '07', '06', '05', '04', '03', '02', '01'].map((d) => `2026-03-${d}`),
      '2026-02-28',
      '2026-02-27',
      '2026-02-26',
    ]);
    expect(text(days[1])).toContain('App is down');
    expect(days.filter((d) => text(d)?.includes('Inga störningar rapporterade.'))).toHaveLength(13);
  }, 120_000);

  it('states each bar\'s availability; on the system page each day with events links to its line in the system\'s history', () => {
    const dir = build('2026-03-12T12:10:00+01:00');
    const app = readPage(dir).querySelector('[data-system="app"]');
    // 13 December 00:00 to 12 March 12:10 (no summer-time change): 89 × 1440 + 730 = 128,890 minutes, less
    // the upgrade's 210 planned minutes (excluded by default) = 128,680; two hours of outage:
    // 1 − 120 / 128,680 = 0.999067 → 99,91 %.
    expect(text(app?.querySelector('.day-bar-summary strong'))).toBe('99,91 % tillgänglighet under 90 dagar.');
    // On the home page the bar is a glance, without links (90 links of 3 px are no tap targets); the
    // system page's bar opens each day with events.
    expect(app?.querySelectorAll('ol.days a')).toHaveLength(0);
    const links = readPage(dir, 'systems/app/index.html').querySelectorAll('ol.days a');
    expect(links.map((a) => [a.getAttribute('href'), text(a)])).toEqual([
      ['/systems/app/history/#incident-app-down', '10 mars 2026: Avbrott, dagens händelser'],
      ['/systems/app/history/#maintenance-upgrade', '11 mars 2026: Planerat underhåll, dagens händelser'],
      ['/systems/app/history/#maintenance-hotfix', '12 mars 2026: I drift, dagens händelser'],
    ]);
    const history = readPage(dir, 'systems/app/history/index.html');
    expect(history.querySelector('#incident-app-down')?.getAttribute('data-event')).toBe('incident/app-down');
    expect(history.querySelector('#maintenance-upgrade')?.getAttribute('data-event')).toBe('maintenance/upgrade');
  }, 120_000);
});

describe('the history by kind', () => {
  const events = (dir: string, page: string) => readPage(dir, page).querySelectorAll('ul.events > li').map((li) => li.getAttribute('data-event'));

  it('lists only incidents at /history/incidents/ and only planned work at /history/maintenance/, all at /history/', () => {
    const dir = build('2026-03-12T12:10:00+01:00');
    expect(events(dir, 'history/index.html')).toEqual(['maintenance/hotfix', 'maintenance/upgrade', 'incident/app-down']);
    expect(events(dir, 'history/incidents/index.html')).toEqual(['incident/app-down']);
    expect(events(dir, 'history/maintenance/index.html')).toEqual(['maintenance/hotfix', 'maintenance/upgrade']);
    expect(events(dir, 'en/history/incidents/index.html')).toEqual(['incident/app-down']);
    expect(events(dir, 'systems/app/history/incidents/index.html')).toEqual(['incident/app-down']);
    expect(events(dir, 'systems/api/history/maintenance/index.html')).toEqual(['maintenance/upgrade']);
    const none = readPage(dir, 'systems/api/history/incidents/index.html');
    expect(none.querySelector('ul.events')).toBeNull();
    expect(text(none.querySelector('main'))).toContain('Inga störningar ännu.');
  }, 120_000);

  it('links the three lists with plain links, the current one marked', () => {
    const page = readPage(build('2026-03-12T12:10:00+01:00'), 'history/incidents/index.html');
    const links = page.querySelectorAll('.history-filters a').map((a) => [a.getAttribute('href'), a.text, a.getAttribute('aria-current') ?? null]);
    expect(links).toEqual([
      ['/history/', 'Alla händelser', null],
      ['/history/incidents/', 'Endast störningar', 'page'],
      ['/history/maintenance/', 'Endast planerat arbete', null],
    ]);
    expect(page.querySelector('h1')?.text).toBe('Historik: Endast störningar');
  }, 120_000);
});
