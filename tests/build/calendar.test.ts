/**
 * The seed's release train is one schedule file; its windows appear identically on the calendar
 * pages, in /calendar.ics (read with ical.js) and in the JSON API.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedBuild } from '../support/site.ts';

const NOW = '2026-11-24T12:00:00+01:00';
let dist: string;

beforeAll(() => {
  const build = sharedBuild('content', NOW);
  if (build.status !== 0) throw new Error(build.stderr);
  dist = build.outDir;
}, 120_000);

const read = (file: string) => readFileSync(path.join(dist, file), 'utf8');

describe('the release train', () => {
  it('appears identically on the calendar pages, in the iCalendar feed and in the JSON API', () => {
    const months = parse(read('calendar/index.html'))
      .querySelectorAll('nav.pagination a')
      .map((a) => a.getAttribute('href'));
    expect(months.length).toBeGreaterThan(0);
    const calendarPages = new Set<string>();
    const seen = new Set<string>();
    const queue = ['/calendar/'];
    while (queue.length > 0) {
      const page = queue.shift() as string;
      if (seen.has(page)) continue;
      seen.add(page);
      const html = parse(read(`${page}index.html`));
      for (const link of html.querySelectorAll('table.calendar a')) calendarPages.add(link.getAttribute('href') ?? '');
      for (const link of html.querySelectorAll('nav.pagination a')) queue.push(link.getAttribute('href') ?? '');
    }
    const onCalendar = [...calendarPages].map((href) => href.split('/')[2] ?? '').filter((slug) => slug.startsWith('release-train-')).sort();

    const ics = new ICAL.Component(ICAL.parse(read('calendar.ics')));
    const inIcs = ics
      .getAllSubcomponents('vevent')
      .map((vevent) => String(vevent.getFirstPropertyValue('uid')).split('@')[0] ?? '')
      .filter((slug) => slug.startsWith('release-train-'))
      .sort();

    // The API lists every window not yet completed, and the 50 most recent completed ones (as Statuspage does).
    const api = JSON.parse(read('api/v2/scheduled-maintenances.json')) as { scheduled_maintenances: { id: string; status: string }[] };
    const train = api.scheduled_maintenances.filter((m) => m.id.startsWith('release-train-'));
    const coming = train.filter((m) => m.status !== 'completed').map((m) => m.id).sort();
    const upcoming = (JSON.parse(read('api/v2/scheduled-maintenances/upcoming.json')) as { scheduled_maintenances: { id: string }[] }).scheduled_maintenances
      .map((m) => m.id)
      .filter((slug) => slug.startsWith('release-train-'));

    expect(onCalendar.length).toBeGreaterThan(100);
    expect(inIcs).toEqual(onCalendar);
    expect(train.every((m) => onCalendar.includes(m.id))).toBe(true);
    const nowDate = NOW.slice(0, 10);
    const future = onCalendar.filter((slug) => slug.slice('release-train-'.length, 'release-train-'.length + 10) > nowDate);
    expect(coming).toEqual(expect.arrayContaining(future));
    expect(upcoming.sort()).toEqual(future);
  });

  it('takes production down every second Wednesday 05:30–09:00 local time, winter and summer', () => {
    const ics = new ICAL.Component(ICAL.parse(read('calendar.ics')));
    const production = ics
      .getAllSubcomponents('vevent')
      .map((vevent) => new ICAL.Event(vevent))
      .filter((event) => /^release-train-.*-production@/.test(event.uid));
    expect(production.length).toBeGreaterThan(10);
    const local = (date: Date) => date.toLocaleString('sv-SE', { timeZone: 'Europe/Stockholm', weekday: 'long', hour: '2-digit', minute: '2-digit' });
    for (const event of production) {
      expect(local(event.startDate.toJSDate())).toBe('onsdag 05:30');
      // An override keeps the occurrence's UID; the one of 25 March finished early, at 07:48, its DTEND.
      if (!event.summary.includes('Planerad uppgradering')) continue;
      expect(local(event.endDate.toJSDate())).toBe('onsdag 09:00');
    }
    const summer = production.find((e) => e.startDate.toJSDate().toISOString().startsWith('2026-07'));
    expect(summer?.startDate.toJSDate().toISOString().slice(11, 16)).toBe('03:30');
    const dates = production.map((e) => Date.parse(e.startDate.toJSDate().toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' }))).sort((a, b) => a - b);
    for (let i = 1; i < dates.length; i += 1) expect(((dates[i] ?? 0) - (dates[i - 1] ?? 0)) / 86_400_000 % 14).toBe(0);
  });

  it('names the environment of each step, the same in the calendar, the feeds and on the calendar page', () => {
    const events = new ICAL.Component(ICAL.parse(read('calendar.ics'))).getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
    const summary = (slug: string) => events.find((event) => event.uid.startsWith(`${slug}@`))?.summary;
    expect(summary('release-train-2026-11-30-test')).toBe('Uppgradering: Planerad uppgradering – Ladok (Test)');
    expect(summary('release-train-2026-12-02-production')).toBe('Uppgradering: Planerad uppgradering – Ladok (Produktion), Ladok-API (Produktion)');
    const month = parse(read('calendar/2026-12/index.html'));
    const cell = month.querySelectorAll('table.calendar a').find((a) => a.getAttribute('href')?.includes('release-train-2026-12-03-mit-ik'));
    expect(cell?.text).toContain('MIT-IK');
  });

  it('feeds carry recent incidents and the windows of the coming two weeks, not a year of the series', () => {
    const guids = [...read('feed.xml').matchAll(/<guid[^>]*>([^<]+)<\/guid>/g)].map((m) => m[1] ?? '');
    expect(guids.some((guid) => guid.includes('/incidents/'))).toBe(true);
    expect(guids).toContain('https://status.example.se/maintenance/release-train-2026-12-02-production/');
    expect(guids.filter((guid) => /release-train-2026-12-(09|[1-3]\d)/.test(guid))).toEqual([]);
    const maintenance = [...read('maintenance/feed.xml').matchAll(/<guid[^>]*>([^<]+)<\/guid>/g)].map((m) => m[1] ?? '');
    expect(maintenance).toContain('https://status.example.se/maintenance/2026-12-09-extra-uppgradering/');
  });

  it('says the next planned downtime in the reader\'s language, in the page and in the data its script reads', () => {
    const english = parse(read('en/index.html'));
    expect(english.querySelector('[data-live-next]')?.text.trim()).toMatch(/^Next planned downtime: Planned upgrade, 2 December 2026/);
    const live = JSON.parse(english.querySelector('#live-data')?.textContent ?? '{}') as { windows: { slug: string; title: string }[] };
    expect(live.windows.find((w) => w.slug === 'release-train-2026-12-02-production')?.title).toBe('Planned upgrade');
  });

  it('marks text shown in the original language with its lang, for screen readers', () => {
    const danish = parse(read('da/incidents/2026-02-03-inloggning/index.html'));
    expect(danish.querySelector('h1')?.getAttribute('lang')).toBe('sv');
    expect(danish.querySelectorAll('.update .prose').every((p) => p.getAttribute('lang') === 'sv')).toBe(true);
    const english = parse(read('en/incidents/2026-02-03-inloggning/index.html'));
    expect(english.querySelector('h1')?.getAttribute('lang')).toBeUndefined();
    const notFound = parse(read('404.html'));
    expect(notFound.querySelectorAll('section[lang]').map((section) => section.getAttribute('lang'))).toEqual(['en', 'da']);
  });

  it('is the next planned downtime on the home page of a build made the Tuesday before', () => {
    const html = parse(read('index.html'));
    expect(html.querySelector('[data-live-next]')?.text.trim()).toBe('Nästa planerade driftstopp: Planerad uppgradering, 2 december 2026 05:30–09:00 CET.');
  });
});
