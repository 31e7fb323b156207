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

  it('takes production down every second Thursday 05:30–09:00 local time, winter and summer', () => {
    const ics = new ICAL.Component(ICAL.parse(read('calendar.ics')));
    const production = ics
      .getAllSubcomponents('vevent')
      .map((vevent) => new ICAL.Event(vevent))
      .filter((event) => /^release-train-.*-production@/.test(event.uid));
    expect(production.length).toBeGreaterThan(10);
    const local = (date: Date) => date.toLocaleString('sv-SE', { timeZone: 'Europe/Stockholm', weekday: 'long', hour: '2-digit', minute: '2-digit' });
    for (const event of production) {
      expect(local(event.startDate.toJSDate())).toBe('torsdag 05:30');
      // An override keeps the occurrence's UID; the one of 26 March finished early, at 07:48, its DTEND.
      if (!event.summary.includes('Planerad uppgradering')) continue;
      expect(local(event.endDate.toJSDate())).toBe('torsdag 09:00');
    }
    const summer = production.find((e) => e.startDate.toJSDate().toISOString().startsWith('2026-07'));
    expect(summer?.startDate.toJSDate().toISOString().slice(11, 16)).toBe('03:30');
    const dates = production.map((e) => Date.parse(e.startDate.toJSDate().toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' }))).sort((a, b) => a - b);
    for (let i = 1; i < dates.length; i += 1) expect(((dates[i] ?? 0) - (dates[i - 1] ?? 0)) / 86_400_000 % 14).toBe(0);
  });

  it("puts each environment on the seed's weekday of the two-week train, and none on a Swedish public holiday", () => {
    const events = new ICAL.Component(ICAL.parse(read('calendar.ics')))
      .getAllSubcomponents('vevent')
      .map((vevent) => new ICAL.Event(vevent))
      .filter((event) => event.uid.startsWith('release-train-'));
    const local = (date: Date) => date.toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });
    // The seed's upgrade calendar, days after the Monday of week 1 (2026-01-12 and every 14 days):
    // week 1 Tuesday Test (1), Thursday Produktion (3), Friday MIT-IK (4); week 2 Monday MIT-demo (7),
    // Tuesday Utbildning (8), Wednesday Utb3 (9), Thursday Utb2 (10), Friday MIT-integration (11).
    const seed: Record<string, number> = { test: 1, production: 3, 'mit-ik': 4, 'mit-demo': 7, training: 8, 'training-3': 9, 'training-2': 10, integration: 11 };
    const found: Record<string, Set<number>> = {};
    for (const event of events) {
      const environment = /^release-train-\d{4}-\d{2}-\d{2}-(.+)@/.exec(event.uid)?.[1] ?? '';
      const day = (Date.parse(local(event.startDate.toJSDate())) - Date.parse('2026-01-12')) / 86_400_000;
      (found[environment] ??= new Set()).add(day % 14);
    }
    expect(Object.fromEntries(Object.entries(found).map(([env, days]) => [env, [...days]]))).toEqual(
      Object.fromEntries(Object.entries(seed).map(([env, day]) => [env, [day]])),
    );
    // The train of 14 December would have Utb2 on julafton and MIT-integration on juldagen: skipped.
    const december = events.map((event) => local(event.startDate.toJSDate())).filter((date) => date >= '2026-12-14' && date < '2027-01-01');
    expect(december.sort()).toEqual(['2026-12-15', '2026-12-17', '2026-12-18', '2026-12-21', '2026-12-22', '2026-12-23']);
    // As are Good Friday (3 April, MIT-integration), 1 May and Ascension Day (14 May, Utb2).
    const dates = new Set(events.map((event) => local(event.startDate.toJSDate())));
    expect(['2026-04-03', '2026-05-01', '2026-05-14', '2026-12-24', '2026-12-25'].filter((date) => dates.has(date))).toEqual([]);
    expect(['2026-04-02', '2026-04-30', '2026-05-13'].every((date) => dates.has(date))).toBe(true);
  });

  it("shows the schedule's pattern on /calendar/ as the seed's table, in every language", () => {
    const rows = (file: string) =>
      parse(read(file))
        .querySelectorAll('section.schedule-pattern tbody tr')
        .map((tr) => tr.querySelectorAll('td').map((td) => td.querySelector('p')?.text.replace(/\s+/g, ' ').trim() ?? ''));
    // Week 1: –, Test, –, Produktion, MIT-IK; week 2: MIT-demo, Utbildning, Utb3, Utb2, MIT-integration.
    expect(rows('calendar/index.html')).toEqual([
      ['', 'Test 05:30–11:00', '', 'Produktion 05:30–09:00', 'MIT-IK 05:30–11:00'],
      ['MIT-demo 05:30–11:00', 'Utbildning 05:30–11:00', 'Utbildning 3 05:30–11:00', 'Utbildning 2 05:30–11:00', 'MIT-integration 05:30–11:00'],
    ]);
    expect(rows('en/calendar/index.html')[0]).toEqual(['', 'Test 05:30–11:00', '', 'Production 05:30–09:00', 'MIT-IK 05:30–11:00']);
    expect(rows('da/calendar/index.html')[1]?.[0]).toMatch(/^MIT-demo 05[.:]30–11[.:]00$/);
    const heads = parse(read('en/calendar/index.html')).querySelectorAll('section.schedule-pattern thead th abbr').map((th) => th.text.trim());
    expect(heads).toEqual(['Mon', 'Tue', 'Wed', 'Thu', 'Fri']);
    expect(parse(read('da/calendar/index.html')).querySelector('section.schedule-pattern h2')?.text).toBe('Plan: Planlagt opgradering');
    // Only the overview has it; a month page has its grid.
    expect(parse(read('calendar/2026-12/index.html')).querySelector('section.schedule-pattern')).toBeNull();
  });

  it('draws only the recurring downtime into the weekly activity, lists one-off windows apart, and weighs each window', () => {
    const page = parse(read('en/calendar/index.html'));
    // Rows Monday to Sunday, cells the hours 00–23: production goes down every second Thursday 05:30–09:00.
    const marked = page.querySelectorAll('table.activity tbody tr').map((tr) => tr.querySelectorAll('td').flatMap((td, hour) => (td.classList.contains('planned') ? [hour] : [])));
    expect(marked).toEqual([[], [], [], [5, 6, 7, 8], [], [], []]);
    // The June go-live (Wednesday 16:00 to Thursday 08:00) is listed once instead, with its share.
    const oneOff = page.querySelectorAll('ul.activity-one-off li');
    const goLive = oneOff.find((li) => li.querySelector('a')?.getAttribute('href') === '/en/maintenance/2026-06-10-produktionssattning/');
    expect(goLive?.text).toMatch(/: \d+\.\d%$/);
    expect(oneOff.some((li) => li.querySelector('a')?.getAttribute('href')?.includes('release-train-'))).toBe(false);
    // The next production window, weighed against the quietest 3 h 30 min of the week.
    expect(page.querySelector('p.activity-next')?.text).toMatch(/^The next planned downtime, Planned upgrade 3 December 2026, 05:30–09:00 CET, falls on about \d+\.\d% of a typical week's activity\. The quietest 3 hrs, 30 mins of the week begin on \w+day at \d\d:\d\d/);
    for (const lang of ['', 'da/']) expect(parse(read(`${lang}calendar/index.html`)).querySelector('p.activity-next')?.text).toMatch(/ 3\.? december 2026/);
    // A window's page says the share when production goes down, not for a test environment's upgrade.
    const facts = (slug: string) => parse(read(`en/maintenance/${slug}/index.html`)).querySelector('dl.facts')?.text ?? '';
    expect(facts('release-train-2026-12-03-production')).toMatch(/Activity affected\s*about \d+\.\d% of a typical week's activity \(Unika anställda per 10 minuter\)/);
    expect(facts('release-train-2026-12-01-test')).not.toContain("typical week's activity");
  });

  it('names the environment of each step, the same in the calendar, the feeds and on the calendar page', () => {
    const events = new ICAL.Component(ICAL.parse(read('calendar.ics'))).getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
    const summary = (slug: string) => events.find((event) => event.uid.startsWith(`${slug}@`))?.summary;
    expect(summary('release-train-2026-12-01-test')).toBe('Uppgradering: Planerad uppgradering – Ladok (Test)');
    expect(summary('release-train-2026-12-03-production')).toBe('Uppgradering: Planerad uppgradering – Ladok (Produktion), Ladok-API (Produktion)');
    const month = parse(read('calendar/2026-12/index.html'));
    const cell = month.querySelectorAll('table.calendar a').find((a) => a.getAttribute('href')?.includes('release-train-2026-12-04-mit-ik'));
    expect(cell?.text).toContain('MIT-IK');
  });

  it('feeds carry recent incidents and the windows of the coming two weeks, not a year of the series', () => {
    const guids = [...read('feed.xml').matchAll(/<guid[^>]*>([^<]+)<\/guid>/g)].map((m) => m[1] ?? '');
    expect(guids.some((guid) => guid.includes('/incidents/'))).toBe(true);
    expect(guids).toContain('https://status.example.se/maintenance/release-train-2026-12-03-production/');
    expect(guids.filter((guid) => /release-train-2026-12-(09|[1-3]\d)/.test(guid))).toEqual([]);
    const maintenance = [...read('maintenance/feed.xml').matchAll(/<guid[^>]*>([^<]+)<\/guid>/g)].map((m) => m[1] ?? '');
    expect(maintenance).toContain('https://status.example.se/maintenance/2026-12-09-extra-uppgradering/');
  });

  it('says the next planned downtime in the reader\'s language, in the page and in the data its script reads', () => {
    const english = parse(read('en/index.html'));
    expect(english.querySelector('[data-live-next]')?.text.trim()).toMatch(/^Next planned downtime: Planned upgrade, 3 December 2026/);
    const live = JSON.parse(english.querySelector('#live-data')?.textContent ?? '{}') as { windows: { slug: string; title: string }[] };
    expect(live.windows.find((w) => w.slug === 'release-train-2026-12-03-production')?.title).toBe('Planned upgrade');
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

  it('is the next planned downtime on the home page of a build made the week before', () => {
    const html = parse(read('index.html'));
    expect(html.querySelector('[data-live-next]')?.text.trim()).toBe('Nästa planerade driftstopp: Planerad uppgradering, 3 december 2026 05:30–09:00 CET.');
  });
});
