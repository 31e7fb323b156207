/**
 * Trust in the built site: nothing an editor wrote is lost, rebuilds are byte-identical (whatever the
 * machine's time zone), internal links and anchors resolve, HTML is valid, feeds are well-formed.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { SyntaxValidator } from 'fast-xml-validator';
import { HtmlValidate } from 'html-validate';
import ICAL from 'ical.js';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/data/read.ts';
import { updateAnchor } from '../../src/lib/incident-updates.ts';
import { localize } from '../../src/lib/localize.ts';
import { renderMarkdown } from '../../src/lib/markdown.ts';
import { plannedWindows } from '../../src/lib/schedules.ts';
import { sharedBuild } from '../support/site.ts';

const files = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.includes('.')).sort();
const read = (dir: string, file: string) => readFileSync(path.join(dir, file), 'utf8');

describe('nothing lost', () => {
  const dir = 'tests/fixtures/danish';
  const now = '2024-02-22T12:00:00+01:00';
  const { content } = loadContent(path.resolve(dir));
  let dist: string;
  beforeAll(() => {
    const build = sharedBuild(dir, now);
    if (build.status !== 0) throw new Error(build.stderr);
    dist = build.outDir;
  }, 120_000);

  const pagesOf = (prefix: string) => files(dist).filter((f) => f.startsWith(prefix) && f.endsWith('index.html')).map((f) => read(dist, f)).join('\n');

  it('finds every incident on its page in every language, in the history, in its feeds and in the API', () => {
    const history = pagesOf('history/');
    const api = JSON.parse(read(dist, 'api/v2/incidents.json')).incidents.map((i: { id: string }) => i.id);
    for (const incident of content.incidents) {
      for (const locale of content.site.locales) {
        const prefix = locale === content.site.locale ? '' : `${locale}/`;
        expect(read(dist, `${prefix}incidents/${incident.slug}/index.html`), `${locale} ${incident.slug}`).toContain(incident.title.replace(/&/g, '&amp;'));
      }
      expect(history).toContain(`/incidents/${incident.slug}/`);
      for (const feed of ['feed.xml', 'incidents/feed.xml', ...incident.systems.map((s) => `systems/${s}/feed.xml`)]) {
        expect(read(dist, feed), `${feed} ${incident.slug}`).toContain(`/incidents/${incident.slug}/</link>`);
      }
      expect(api).toContain(incident.slug);
    }
  });

  it('finds every update\'s text and every summary on the page in every language, in the feed and in the API', () => {
    const words = (html: string) => parse(html).text.replace(/\s+/g, ' ').trim();
    const api = JSON.parse(read(dist, 'api/v2/incidents.json')).incidents as {
      id: string;
      postmortem_body: string | null;
      incident_updates: { id: string; status: string; body: string; created_at: string }[];
    }[];
    const feed = read(dist, 'feed.xml');
    const updates = content.incidents.flatMap((incident) => incident.updates);
    expect(updates.length).toBeGreaterThan(5);
    for (const incident of content.incidents) {
      for (const locale of content.site.locales) {
        const page = parse(read(dist, `${locale === content.site.locale ? '' : `${locale}/`}incidents/${incident.slug}/index.html`));
        const text = localize(incident, locale, content.site.locale);
        incident.updates.forEach((update, index) => {
          const shown = page.querySelector(`#${updateAnchor(update.at)} .prose`)?.innerHTML ?? '';
          expect(words(shown), `${locale} ${incident.slug} update ${index + 1}`).toBe(words(renderMarkdown(text.updates[index] ?? '')));
        });
        if (incident.body.trim()) expect(words(page.querySelector('#summary + .prose')?.innerHTML ?? '')).toBe(words(renderMarkdown(text.body)));
      }
      const published = api.find((i) => i.id === incident.slug);
      const [newest, ...rest] = published?.incident_updates ?? [];
      const derived = newest?.id === `${incident.slug}-resolved`;
      expect((derived ? rest : [newest, ...rest]).map((u) => u?.body).reverse()).toEqual(incident.updates.map((u) => u.text));
      // An incident that ended without a "resolved" update says so at its end, as the feeds do.
      const ended = incident.end !== undefined && incident.end <= Date.parse(now);
      expect(derived, incident.slug).toBe(ended && incident.updates.at(-1)?.status !== 'resolved');
      if (derived) expect(newest).toMatchObject({ status: 'resolved', created_at: new Date(incident.end ?? 0).toISOString().replace('.000Z', 'Z') });
      expect(published?.postmortem_body ?? '').toBe(incident.body.trim());
      for (const update of incident.updates) expect(feed).toContain(`/incidents/${incident.slug}/#${updateAnchor(update.at)}</guid>`);
    }
  });

  it('finds every planned window on its page, in the history or calendar, the feeds, the calendar file and the API', () => {
    const listed = pagesOf('history/') + pagesOf('calendar/');
    const api = JSON.parse(read(dist, 'api/v2/scheduled-maintenances.json')).scheduled_maintenances.map((m: { id: string }) => m.id);
    const ics = read(dist, 'calendar.ics').replace(/\r\n /g, '');
    for (const window of plannedWindows(content, Date.parse(now))) {
      expect(read(dist, `maintenance/${window.slug}/index.html`)).toContain(window.title);
      expect(listed).toContain(`/maintenance/${window.slug}/`);
      for (const feed of ['feed.xml', 'maintenance/feed.xml', ...window.systems.map((s) => `systems/${s}/feed.xml`)]) {
        expect(read(dist, feed), `${feed} ${window.slug}`).toContain(`/maintenance/${window.slug}/</link>`);
      }
      expect(ics).toContain(`UID:${window.slug}@`);
      expect(api).toContain(window.slug);
    }
  });

  it('finds every system and report', () => {
    const components = JSON.parse(read(dist, 'api/v2/components.json')).components.map((c: { id: string }) => c.id);
    for (const system of content.systems) {
      expect(read(dist, `systems/${system.id}/index.html`)).toContain(system.name);
      expect(components).toContain(system.id);
    }
    for (const report of content.reports) expect(read(dist, 'reports/index.html')).toContain(`/reports/${report.month}/`);
  });
});

describe('the example site', () => {
  const now = '2026-12-09T06:00:00+01:00';
  let first: string;
  let second: string;
  beforeAll(() => {
    const a = sharedBuild('content', now);
    const b = sharedBuild('content', now, { TZ: 'America/New_York' });
    if (a.status !== 0 || b.status !== 0) throw new Error(a.stderr + b.stderr);
    first = a.outDir;
    second = b.outDir;
  }, 240_000);

  it('builds byte-identically twice, once in another time zone', () => {
    const names = files(first);
    expect(files(second)).toEqual(names);
    const different = names.filter((name) => !readFileSync(path.join(first, name)).equals(readFileSync(path.join(second, name))));
    expect(different).toEqual([]);
  });

  it('has no broken internal link or anchor in any language', () => {
    const pages = files(first).filter((f) => f.endsWith('.html'));
    const ids = new Map<string, Set<string>>();
    const idsOf = (file: string) => {
      let set = ids.get(file);
      if (!set) {
        set = new Set(parse(read(first, file)).querySelectorAll('[id]').map((e) => e.id));
        ids.set(file, set);
      }
      return set;
    };
    // The file a URL path is served from: the file itself, or the folder's index.html.
    const target = (pathname: string) => {
      const clean = decodeURIComponent(pathname).replace(/^\//, '');
      return [clean, path.join(clean, 'index.html')].find((candidate) => {
        const full = path.join(first, candidate);
        return candidate !== '' && existsSync(full) && statSync(full).isFile();
      });
    };
    const broken: string[] = [];
    for (const page of pages) {
      const html = parse(read(first, page));
      const base = new URL(`https://site.test/${page.replace(/index\.html$/, '')}`);
      for (const element of html.querySelectorAll('a[href], link[href], script[src], img[src]')) {
        const ref = element.getAttribute('href') ?? element.getAttribute('src') ?? '';
        if (/^(https?:|mailto:|webcal:|tel:)/.test(ref) && !ref.startsWith('https://status.example.se/')) continue;
        const url = new URL(ref.replace('https://status.example.se/', '/'), base);
        const file = url.pathname === base.pathname && url.hash ? page : target(url.pathname);
        if (!file) broken.push(`${page}: ${ref}`);
        else if (url.hash && file.endsWith('.html') && !idsOf(file).has(decodeURIComponent(url.hash.slice(1)))) broken.push(`${page}: ${ref} (no such anchor)`);
      }
    }
    expect(broken).toEqual([]);
  }, 60_000);

  it('has valid HTML on every kind of page in every language', async () => {
    const validator = new HtmlValidate({ extends: ['html-validate:standard'] });
    const kinds = [
      '', 'incidents/2026-02-03-inloggning/', 'maintenance/2026-12-09-extra-uppgradering/', 'history/', 'systems/ladok/',
      'systems/ladok/history/', 'calendar/', 'calendar/2026-12/', 'reports/', 'reports/2026-10/', 'availability/',
    ];
    const pages = ['404.html', ...['', 'en/', 'da/'].flatMap((prefix) => kinds.map((kind) => `${prefix}${kind}index.html`))];
    const problems: string[] = [];
    for (const page of pages) {
      const report = await validator.validateString(read(first, page), page);
      for (const result of report.results) for (const m of result.messages) problems.push(`${page}:${m.line}: ${m.ruleId}: ${m.message}`);
    }
    expect(problems).toEqual([]);
  });

  it('has well-formed feeds, calendars, badges and JSON', () => {
    for (const file of files(first)) {
      const text = read(first, file);
      if (file.endsWith('.xml') || file.endsWith('.svg')) expect(SyntaxValidator.validate(text), file).toBe(true);
      if (file.endsWith('.json')) expect(() => JSON.parse(text), file).not.toThrow();
      if (file.endsWith('.ics')) expect(new ICAL.Component(ICAL.parse(text)).name, file).toBe('vcalendar');
    }
  });
});
