import { describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n/index.ts';
import { CONTRACT_CHANGES } from '../../src/lib/contract.ts';
import { STATUSPAGE_DOCUMENTS } from '../../src/lib/statuspage/index.ts';
import { integrationsView } from '../../src/lib/views/integrations.ts';
import { system } from './helpers.ts';

const SITE = 'https://org.example/status/';
const systems = [system({ id: 'web', name: 'Webb', order: 2 }), system({ id: 'api', name: 'API', order: 1 })];
const view = (reader: 'sv' | 'da' | 'en' = 'en', feedsUrl = SITE) =>
  integrationsView({ siteUrl: SITE, feedsUrl, locale: 'sv', locales: ['sv', 'en'], systems }, reader, translator(reader));

describe('integrationsView', () => {
  it('lists the site feeds, then one feed, one calendar and one badge per system, in the systems\' order, below the site\'s address', () => {
    const { feeds, calendars, badges } = view();
    expect(feeds.map((o) => o.url)).toEqual([
      `${SITE}feed.xml`,
      `${SITE}incidents/feed.xml`,
      `${SITE}maintenance/feed.xml`,
      `${SITE}systems/api/feed.xml`,
      `${SITE}systems/web/feed.xml`,
    ]);
    expect(calendars.map((o) => o.url)).toEqual([`${SITE}calendar.ics`, `${SITE}systems/api/calendar.ics`, `${SITE}systems/web/calendar.ics`]);
    expect(badges.map((o) => o.url)).toEqual([`${SITE}badge.svg`, `${SITE}systems/api/badge.svg`, `${SITE}systems/web/badge.svg`]);
    expect(feeds[4]?.holds).toBe('What touches Webb.');
  });

  it("lists the feeds and calendars of the reader's language below that language's root, the API and badges below the site's", () => {
    const { feeds, calendars, api, badges } = view('en', `${SITE}en/`);
    expect(feeds[0]?.url).toBe(`${SITE}en/feed.xml`);
    expect(feeds[3]?.url).toBe(`${SITE}en/systems/api/feed.xml`);
    expect(calendars.map((o) => o.url)).toEqual([`${SITE}en/calendar.ics`, `${SITE}en/systems/api/calendar.ics`, `${SITE}en/systems/web/calendar.ics`]);
    expect(api[0]?.url).toBe(`${SITE}api/v2/summary.json`);
    expect(badges[0]?.url).toBe(`${SITE}badge.svg`);
  });

  it('lists every API document, the schemas and the availability figures', () => {
    expect(view().api.map((o) => o.url)).toEqual([
      ...STATUSPAGE_DOCUMENTS.map((d) => `${SITE}api/v2/${d}`),
      `${SITE}api/v2/schema.json`,
      `${SITE}api/availability.json`,
      `${SITE}api/availability.schema.json`,
    ]);
  });

  it('names the languages of the pages and of the machine-readable outputs in the reader\'s language', () => {
    expect(view('en').languages).toBe(
      'The pages, feeds and calendars are in Swedish and English: below are the feeds and calendars in English, and each other language has its own below its pages\' root (e.g. /en/feed.xml). The API is written in Swedish.',
    );
    expect(view('da').languages).toBe(
      'Siderne, feeds og kalendere findes på svensk og engelsk: her vises feeds og kalendere på dansk, og hvert andet sprog har sine under sine siders rod (f.eks. /en/feed.xml). API\'et er skrevet på svensk.',
    );
  });

  it('gives each host its caching and CORS headers', () => {
    expect(view().hosting.map((h) => `${h.host}: ${h.cacheControl} | ${h.cors}`)).toEqual([
      'GitHub Pages: max-age=600 | *',
      'GitLab Pages: max-age=600 | *',
      'nginx (the configuration in the README): public, max-age=60, must-revalidate | *',
    ]);
  });

  it('shows the changelog newest first, unreleased without a date, each release dated in the reader\'s language', () => {
    const [unreleased, first] = view('sv').changelog;
    expect(unreleased).toMatchObject({ version: 'Ej släppt', date: undefined });
    expect(first?.version).toBe('0.1.0');
    expect(first?.date).toEqual({ iso: '2026-11-21', text: 'lördag 21 november 2026' }); // 1 November 2026 is a Sunday
    expect(unreleased?.changes.find((c) => c.startsWith('Kalendrar: sammanfattningen'))).toContain('”Inställt:”');
  });

  it('names each change of the contract once, with a text in every language', () => {
    const used: string[] = CONTRACT_CHANGES.flatMap((v) => [...v.changes]);
    expect(new Set(used).size).toBe(used.length);
    for (const locale of ['sv', 'da', 'en'] as const) {
      const t = translator(locale) as (key: string) => string;
      for (const key of used) expect(t(key), `${locale}: ${key}`).not.toBe('');
    }
  });
});
