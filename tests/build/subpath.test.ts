/**
 * A site under a path (`url: https://org.github.io/status/`, every GitHub Pages project site): served
 * under `/status/` and nothing else, every page, asset, feed, calendar and API address it gives is
 * there and answers; nothing points at the host's root. A site at the root keeps working the same way.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { holdAstro, stopProcess } from '../support/astro-lock.ts';
import { serve } from '../support/browser.ts';
import { crawlSite, type Crawl } from '../support/crawl.ts';
import { buildSite, checkContent, sharedBuild, userEnv } from '../support/site.ts';

const mini = 'tests/fixtures/mini';
const NOW = '2026-03-10T10:30:00+01:00';
// Only text in site.yaml: the crawl maps this host to the test's server, whatever port that has.
const SITE_URL = 'http://127.0.0.1:4321/status/';

/** Temporary folders of this file, removed at its end. */
const temporary: string[] = [];
afterAll(() => temporary.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** The mini corpus published under `/status/`, its upgrade's text linking the incident and an image from the site root. */
function contentUnderPath(): string {
  const parent = mkdtempSync(path.join(tmpdir(), 'driftstatus-subpath-'));
  temporary.push(parent);
  const dir = path.join(parent, 'content');
  cpSync(mini, dir, { recursive: true });
  const site = path.join(dir, 'site.yaml');
  writeFileSync(site, readFileSync(site, 'utf8').replace(/^url: .*$/m, `url: ${SITE_URL}`));
  const upgrade = path.join(dir, 'maintenance', 'upgrade.md');
  writeFileSync(upgrade, `${readFileSync(upgrade, 'utf8')}\nSee [the incident](/incidents/app-down/) and ![the logo](/favicon.svg).\n`);
  return dir;
}

/**
 * Every page of a build as the path it is served at below `base`, and every feed, calendar and API
 * document. Pages nobody needs to link yet are left to `unlinked`.
 */
function builtFiles(outDir: string, base: string) {
  const files = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).map((file) => file.split(path.sep).join('/'));
  return {
    pages: files.filter((f) => f.endsWith('.html')).map((f) => `${base}${f.replace(/(^|\/)index\.html$/, '$1')}`),
    documents: files.filter((f) => /\.(json|xml|ics)$/.test(f)).map((f) => `${base}${f}`),
  };
}

/**
 * The pages a reader reaches only by address: the 404 page, the reports index while there is no report
 * (the menu shows it once there is one), and a system's whole history while its page lists it all.
 */
const unlinked = /(^|\/)(404\.html|reports\/|systems\/[^/]+\/history\/)$/;

async function crawlBuild(outDir: string, siteUrl: string): Promise<Crawl & { pages: string[] }> {
  const base = new URL(siteUrl).pathname;
  const { pages, documents } = builtFiles(outDir, base);
  let server: Server | undefined;
  try {
    const served = await serve(outDir, {}, { prefix: base });
    server = served.server;
    // Every page and document is crawled, linked or not: the 404 page is served for missing addresses,
    // and the API's documents are for integrators, who know them by name.
    return { ...(await crawlSite(served.url, siteUrl, [base, ...pages, ...documents])), pages };
  } finally {
    server?.close();
  }
}

describe('a site under a path', () => {
  let crawl: Crawl & { pages: string[] };
  let summary: { page: { url: string } };

  beforeAll(async () => {
    const build = buildSite(contentUnderPath(), NOW);
    temporary.push(build.outDir);
    expect(build.status, build.stderr).toBe(0);
    summary = JSON.parse(readFileSync(path.join(build.outDir, 'api/v2/summary.json'), 'utf8')) as typeof summary;
    crawl = await crawlBuild(build.outDir, SITE_URL);
  }, 120_000);

  it('gives no address on its host outside /status/, and every one below it answers', () => {
    expect(crawl.outside).toEqual([]);
    expect(crawl.broken).toEqual([]);
  });

  it('reaches every page by its links, in both languages', () => {
    const unreached = crawl.pages.filter((page) => !crawl.linked.has(page) && !unlinked.test(page));
    expect(unreached).toEqual([]);
    expect(crawl.pages).toContain('/status/en/maintenance/upgrade/');
    expect(crawl.pages.length).toBeGreaterThan(20);
  });

  it('links its assets, feeds, calendar, badge and API below the path, and the live script fetches there', () => {
    const fromHome = crawl.found.filter((f) => f.from === '/status/').map((f) => f.to);
    expect(fromHome).toEqual(expect.arrayContaining(['/status/feed.xml', '/status/calendar.ics', '/status/api/v2/summary.json', '/status/favicon.svg', '/status/en/']));
    expect(fromHome.some((to) => /^\/status\/_astro\/.+\.css$/.test(to))).toBe(true);
    const systemPage = crawl.found.filter((f) => f.from === '/status/systems/app/').map((f) => f.to);
    expect(systemPage).toEqual(expect.arrayContaining(['/status/systems/app/feed.xml', '/status/systems/app/calendar.ics', '/status/systems/app/badge.svg']));
    expect(crawl.found.filter((f) => f.from === '/status/calendar/').map((f) => f.to)).toContain('webcal://127.0.0.1:4321/status/calendar.ics');
  });

  it('puts the feeds’ links and guids, the calendars’ URLs and the API’s url and shortlinks below the path', () => {
    const from = (document: string) => crawl.found.filter((f) => f.from === document).map((f) => f.to);
    expect(from('/status/feed.xml')).toEqual(
      expect.arrayContaining(['http://127.0.0.1:4321/status/', 'http://127.0.0.1:4321/status/feed.xml', 'http://127.0.0.1:4321/status/incidents/app-down/']),
    );
    expect(from('/status/calendar.ics')).toEqual(expect.arrayContaining(['http://127.0.0.1:4321/status/', 'http://127.0.0.1:4321/status/maintenance/upgrade/']));
    expect(from('/status/systems/app/calendar.ics')).toContain('http://127.0.0.1:4321/status/systems/app/');
    expect(summary.page.url).toBe(SITE_URL);
    expect(from('/status/api/v2/incidents.json')).toContain('http://127.0.0.1:4321/status/incidents/app-down/');
  });

  it('keeps the links an editor writes from the site root on the site, in pages and in feeds', () => {
    const fromPage = crawl.found.filter((f) => f.from === '/status/maintenance/upgrade/').map((f) => f.to);
    expect(fromPage).toEqual(expect.arrayContaining(['/status/incidents/app-down/', '/status/favicon.svg']));
    const fromFeed = crawl.found.filter((f) => f.from === '/status/maintenance/feed.xml').map((f) => f.to);
    expect(fromFeed).toEqual(expect.arrayContaining(['http://127.0.0.1:4321/status/incidents/app-down/', 'http://127.0.0.1:4321/status/favicon.svg']));
  });
});

describe('npm run check of a site under a path', () => {
  it('asks for the / that ends the path, and says what to write', () => {
    const dir = contentUnderPath();
    const site = path.join(dir, 'site.yaml');
    writeFileSync(site, readFileSync(site, 'utf8').replace(SITE_URL, 'https://org.github.io/status'));
    const result = checkContent(dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${site}:3: url: a site under a path ends in "/": write https://org.github.io/status/`);
  });
});

describe('a site at the root', () => {
  it('passes the same crawl: every address answers', async () => {
    const build = sharedBuild(mini, NOW);
    expect(build.status, build.stderr).toBe(0);
    const crawl = await crawlBuild(build.outDir, 'https://status.example.org/');
    expect(crawl.outside).toEqual([]);
    expect(crawl.broken).toEqual([]);
    expect(crawl.pages.filter((page) => !crawl.linked.has(page) && !unlinked.test(page))).toEqual([]);
    expect(crawl.found.filter((f) => f.from === '/').map((f) => f.to)).toEqual(expect.arrayContaining(['/feed.xml', '/calendar.ics', '/en/']));
    expect(crawl.found.filter((f) => f.from === '/feed.xml').map((f) => f.to)).toContain('https://status.example.org/incidents/app-down/');
  }, 120_000);
});

describe('npm run dev of a site under a path', () => {
  const PORT = 4613;
  let dev: ChildProcess | undefined;
  let releaseAstro = () => {};

  afterAll(async () => {
    if (dev) await stopProcess(dev);
    releaseAstro();
  }, 30_000);

  it('serves the site below the path', async () => {
    releaseAstro = await holdAstro();
    dev = spawn(process.execPath, [path.resolve('node_modules/.bin/astro'), 'dev', '--host', '127.0.0.1', '--port', String(PORT)], {
      env: userEnv({ DRIFTSTATUS_CONTENT: contentUnderPath(), DRIFTSTATUS_NOW: NOW }),
      stdio: 'ignore',
    });
    const at = (address: string) => fetch(`http://127.0.0.1:${PORT}${address}`, { signal: AbortSignal.timeout(30_000) });
    let home: Response | undefined;
    for (let i = 0; i < 120 && !home?.ok; i += 1) {
      home = await at('/status/').catch(() => undefined);
      if (!home?.ok) await new Promise((resolve) => setTimeout(resolve, 500));
    }
    expect(home?.status).toBe(200);
    const html = (await home?.text()) ?? '';
    expect(html).toContain('href="/status/feed.xml"');
    // Every root-relative address on the page is below the path, but Vite's own modules of the preview
    // (/@vite/client, /src/…), which exist in development only.
    const addresses = [...html.matchAll(/\b(?:href|src)="(\/[^"]*)"/g)].map((m) => m[1] ?? '');
    expect(addresses.filter((a) => !a.startsWith('/status/') && !/^\/(@vite|@id|@fs|src|node_modules)\//.test(a))).toEqual([]);
    expect(addresses.length).toBeGreaterThan(10);
    expect((await at('/status/feed.xml')).status).toBe(200);
    expect((await at('/status/en/maintenance/upgrade/')).status).toBe(200);
  }, 90_000);
});
