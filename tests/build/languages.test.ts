/**
 * Feeds and calendars in every built language (issue 13, item 5): `/en/feed.xml`, `/en/calendar.ics`…
 * beside the default language's, each with the language's words and the entries' translations, read
 * by real parsers (rss-parser, ical.js), and announced by `hreflang` alternates on the pages.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import Parser from 'rss-parser';
import { describe, expect, it } from 'vitest';
import { readPage, sharedBuild } from '../support/site.ts';

// The example site (sv, with en and da) at the time the calendar test builds it.
const build = sharedBuild('content', '2026-11-24T12:00:00+01:00');
const read = (file: string) => readFileSync(path.join(build.outDir, file), 'utf8');
const SITE = 'https://status.example.se/';

const summaries = (ics: string) =>
  new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((event) => String(event.getFirstPropertyValue('summary')));
const uids = (ics: string) => new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((event) => String(event.getFirstPropertyValue('uid')));

describe('feeds and calendars in every language', () => {
  it('builds', () => expect(build.status, build.stderr).toBe(0));

  it('writes an English feed whose items link to the English pages, with translated titles', async () => {
    const sv = await new Parser().parseString(read('feed.xml'));
    const en = await new Parser().parseString(read('en/feed.xml'));
    expect(read('en/feed.xml')).toContain('<language>en</language>');
    expect(read('feed.xml')).toContain('<language>sv</language>');
    expect(en.items.length).toBe(sv.items.length);
    for (const item of en.items) expect(item.link?.startsWith(`${SITE}en/`), item.link).toBe(true);
    // The incident of 8 September 2026 has an English translation.
    const start = (items: typeof en.items) => items.find((i) => i.link?.endsWith('incidents/2026-09-08-api-resultat/'));
    expect(start(sv.items)?.title).toContain('Fel vid hämtning av resultat via API');
    expect(start(en.items)?.title).toContain('Errors when fetching results through the API');
    // Every item of the English feed is worded in English: no Swedish kind or state names.
    expect(en.items.map((i) => i.title ?? '').filter((title) => /^(Uppgradering|Löst|Planerat underhåll):/.test(title))).toEqual([]);
  });

  it('writes the incidents, maintenance and system feeds in every language', () => {
    for (const locale of ['en', 'da']) {
      for (const file of ['incidents/feed.xml', 'maintenance/feed.xml', 'systems/ladok/feed.xml']) {
        expect(read(`${locale}/${file}`)).toContain(`<language>${locale}</language>`);
      }
    }
  });

  it('writes an English calendar with English summaries and the same UIDs as the Swedish one', () => {
    const sv = read('calendar.ics');
    const en = read('en/calendar.ics');
    expect(uids(en)).toEqual(uids(sv));
    expect(summaries(sv).some((s) => s.startsWith('Uppgradering: '))).toBe(true);
    expect(summaries(en).some((s) => s.startsWith('Upgrade: '))).toBe(true);
    expect(summaries(en).filter((s) => s.startsWith('Uppgradering: '))).toEqual([]);
    expect(read('en/systems/ladok/calendar.ics')).toContain('BEGIN:VCALENDAR');
  });

  it('announces the feed of every language on every page, its own first, and links the footer to its own', () => {
    const page = readPage(build.outDir, 'en/index.html');
    const feeds = page.querySelectorAll('link[rel="alternate"][type="application/rss+xml"]').map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')]);
    expect(feeds).toEqual([
      // Absolute, as hreflang alternates must be (Lighthouse's hreflang audit).
      ['en', 'https://status.example.se/en/feed.xml'],
      ['sv', 'https://status.example.se/feed.xml'],
      ['da', 'https://status.example.se/da/feed.xml'],
    ]);
    const footer = page.querySelectorAll('footer a').map((a) => a.getAttribute('href'));
    expect(footer).toEqual(expect.arrayContaining(['/en/feed.xml', '/en/incidents/feed.xml', '/en/maintenance/feed.xml', '/en/calendar.ics']));
    expect(readPage(build.outDir, 'en/calendar/index.html').querySelector('a[href^="webcal:"]')?.getAttribute('href')).toBe(
      'webcal://status.example.se/en/calendar.ics',
    );
  });
});
