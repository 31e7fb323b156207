/**
 * A built site in Debian's Chromium (one test file per site, so that two run side by side): accessibility (axe, WCAG 2.1 A/AA), no console errors,
 * no request off 127.0.0.1, no horizontal scroll at 320 px, visible keyboard focus, a language switch
 * that keeps the page, and every event reachable from the home page in every language.
 */
import AxeBuilder from '@axe-core/playwright';
import { mkdtempSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'node-html-parser';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/data/read.ts';
import { plannedWindows } from '../../src/lib/schedules.ts';
import { launchBrowser, serve } from './browser.ts';
import { monthTable } from './month-table.ts';
import { sharedBuild } from './site.ts';


/** Where the 320 px screenshots go, to look at when a layout test fails. */
const screenshots = mkdtempSync(path.join(tmpdir(), 'driftstatus-320px-'));

/** Runs `work` on every item, at most `width` at a time; the first failure fails the whole. */
async function inTurns<T>(items: readonly T[], width: number, work: (item: T) => Promise<void>): Promise<void> {
  const queue = [...items];
  const worker = async () => {
    for (let item = queue.shift(); item !== undefined; item = queue.shift()) await work(item);
  };
  await Promise.all(Array.from({ length: width }, worker));
}

/**
 * The browser tests of the site built from `dir` at `now`; every page kind is checked with axe in each
 * of `checked` languages (default: all the site's).
 */
export function siteInChromium({ name, dir, now, checked }: { name: string; dir: string; now: string; checked?: readonly string[] }): void {
  describe(`the ${name} site in Chromium`, () => {
    const { content } = loadContent(path.resolve(dir));
    const { site } = content;
    const prefix = (locale: string) => (locale === site.locale ? '' : `/${locale}`);
    let browser: Browser;
    let context: BrowserContext;
    let server: Server;
    let url: string;

    beforeAll(async () => {
      const build = sharedBuild(dir, now);
      if (build.status !== 0) throw new Error(build.stderr);
      ({ url, server } = await serve(build.outDir));
      browser = await launchBrowser();
      context = await browser.newContext({ viewport: { width: 320, height: 640 } });
    }, 120_000);

    afterAll(async () => {
      await browser?.close();
      server?.close();
    });

    const pages = (locale: string) => [
      `${prefix(locale)}/`,
      `${prefix(locale)}/incidents/${content.incidents[0]?.slug}/`,
      `${prefix(locale)}/maintenance/${content.maintenance[0]?.slug}/`,
      `${prefix(locale)}/history/`,
      `${prefix(locale)}/history/incidents/`,
      `${prefix(locale)}/systems/${content.systems[0]?.id}/`,
      `${prefix(locale)}/calendar/`,
      `${prefix(locale)}/availability/`,
      `${prefix(locale)}/integrations/`,
      ...content.reports.slice(0, 1).map((r) => `${prefix(locale)}/reports/${r.month}/`),
    ];

    it.each(checked ?? site.locales)('has accessible pages in %s, with no errors, no other host and no sideways scroll at 320 px', async (locale) => {
      // Three pages at a time: most of a page's time is waiting for the network to go quiet.
      await inTurns(pages(locale), 3, async (pagePath) => {
        const page = await context.newPage();
        const problems: string[] = [];
        page.on('request', (request) => {
          if (!request.url().startsWith(url) && !request.url().startsWith('data:')) problems.push(`request to ${request.url()}`);
        });
        page.on('console', (message) => {
          if (message.type() === 'error') problems.push(`console: ${message.text()}`);
        });
        page.on('pageerror', (error) => problems.push(`error: ${error.message}`));
        const response = await page.goto(`${url}${pagePath}`, { waitUntil: 'networkidle' });
        expect(response?.status(), pagePath).toBe(200);
        expect(await page.getAttribute('html', 'lang'), pagePath).toBe(locale);
        const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
        const summary = violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')})`);
        expect(summary, pagePath).toEqual([]);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, pagePath).toBe(0);
        // The phone header (issue 15): title, navigation and languages in at most about 100 px.
        const header = await page.locator('.site-header').boundingBox();
        expect(header?.height, `${pagePath}: header height`).toBeLessThanOrEqual(100);
        // A full-page screenshot covers all the page can scroll to: at 320 px wide, nothing sideways.
        const screenshot = await page.screenshot({ fullPage: true, path: path.join(screenshots, `${name}${pagePath.replace(/\//g, '_')}.png`) });
        expect(screenshot.readUInt32BE(16), `${pagePath}: screenshot width`).toBe(320);
        expect(problems, pagePath).toEqual([]);
        await page.close();
      });
    }, 120_000);

    it('passes axe in dark mode too', async () => {
      const dark = await browser.newContext({ colorScheme: 'dark' });
      await inTurns(pages(site.locale), 3, async (pagePath) => {
        const page = await dark.newPage();
        await page.goto(`${url}${pagePath}`);
        const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
        expect(violations.map((v) => v.id), pagePath).toEqual([]);
        await page.close();
      });
      await dark.close();
    }, 120_000);

    it.each([
      [320, 640],
      [768, 900],
      [1280, 900],
    ])('shows the newest month of each month table at %i px, with the names in view and a hint while it scrolls', async (width, height) => {
      const page = await context.newPage();
      await page.setViewportSize({ width, height });
      const tables = [`/systems/${content.systems[0]?.id}/`, ...content.reports.slice(0, 1).map((r) => `/reports/${r.month}/`)];
      for (const pagePath of tables) {
        await page.goto(`${url}${pagePath}`);
        const count = await page.locator('.table-wrap').count();
        expect(count, pagePath).toBeGreaterThan(0);
        for (let index = 0; index < count; index += 1) {
          const seen = await monthTable(page, index);
          const where = `${pagePath} table ${index + 1} at ${width} px`;
          // The newest month's heading and first figure are on screen without scrolling the table.
          expect(seen.newest, where).toEqual({ header: true, cell: true });
          expect(seen.name, `${where}: the first row's name`).toBe(true);
          expect(seen.caption, `${where}: the caption`).toBe(true);
          expect(seen.hint, `${where}: hint while the table scrolls`).toBe(seen.overflows);
          if (seen.overflows) {
            // Scrolled to the oldest month: the newest leaves the screen, the name stays.
            expect(seen.scrolled, where).toEqual({ newestShown: false, name: true, caption: true });
          }
          // Where the table fits, no hint.
          expect(seen.hintWhenFitting, where).toBe(false);
        }
      }
      await page.close();
    }, 60_000);

    it('shows every chart without JavaScript, and the canvas of chart.js in its place with it', async () => {
      const chartPages = [...content.reports.slice(0, 1).map((r) => `/reports/${r.month}/`), ...(content.metrics.length > 0 ? ['/calendar/'] : [])];
      const withoutScript = await browser.newContext({ viewport: { width: 320, height: 640 }, javaScriptEnabled: false });
      for (const [scripted, pageContext] of [[false, withoutScript], [true, context]] as const) {
        const page = await pageContext.newPage();
        for (const pagePath of chartPages) {
          await page.goto(`${url}${pagePath}`, { waitUntil: scripted ? 'networkidle' : 'load' });
          // chart.js is loaded when a chart comes near the screen (src/scripts/chart.ts).
          const elements = page.locator('drift-chart');
          for (let i = 0; scripted && i < (await elements.count()); i += 1) {
            await elements.nth(i).scrollIntoViewIfNeeded();
            await elements.nth(i).locator('canvas').waitFor();
          }
          const charts = await page.$$eval('drift-chart', (elements) =>
            elements.map((chart) => {
              const drawing = chart.querySelector('.chart-plot svg');
              const box = (drawing ?? chart.querySelector('canvas'))?.getBoundingClientRect();
              return {
                drawn: drawing ? drawing.querySelectorAll('path, rect').length > 0 : false,
                canvas: chart.querySelectorAll('canvas').length,
                height: box?.height ?? 0,
                legend: chart.querySelectorAll('.chart-legend li').length,
              };
            }),
          );
          expect(charts.length, pagePath).toBeGreaterThan(0);
          for (const chart of charts) {
            expect(chart.height, pagePath).toBeGreaterThan(100);
            expect(chart.legend, pagePath).toBeGreaterThan(0);
            expect(scripted ? { drawn: false, canvas: 1 } : { drawn: true, canvas: 0 }, pagePath).toEqual({ drawn: chart.drawn, canvas: chart.canvas });
          }
        }
        await page.close();
      }
      await withoutScript.close();
    }, 60_000);

    it('shows where keyboard focus is', async () => {
      const page = await context.newPage();
      await page.goto(`${url}/`);
      for (let step = 0; step < 3; step += 1) {
        await page.keyboard.press('Tab');
        const focus = await page.evaluate(() => {
          const element = document.activeElement as HTMLElement;
          const style = getComputedStyle(element);
          const box = element.getBoundingClientRect();
          return { tag: element.tagName, outline: style.outlineStyle, width: parseFloat(style.outlineWidth), visible: box.width > 0 && box.top >= 0 && box.left >= 0 };
        });
        expect(focus.tag).toBe('A');
        expect(focus.outline).not.toBe('none');
        expect(focus.width).toBeGreaterThanOrEqual(2);
        expect(focus.visible).toBe(true);
      }
      await page.close();
    });

    it.runIf(content.reports.length > 0)('prints a report on landscape pages, its tables within the printable width', async () => {
      const page = await context.newPage();
      await page.goto(`${url}/reports/${content.reports[0]?.month}/`);
      const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
      const sizes = [...pdf.matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)].map(([, width, height]) => Number(width) > Number(height));
      expect(sizes.length).toBeGreaterThan(0);
      expect(sizes.every(Boolean)).toBe(true);
      // A4 landscape less 1 cm margins: 277 mm = 1047 CSS px.
      await page.emulateMedia({ media: 'print' });
      await page.setViewportSize({ width: 1047, height: 740 });
      const overflowing = await page.$$eval('table.sla', (tables) => tables.filter((t) => t.getBoundingClientRect().right > document.documentElement.clientWidth).length);
      expect(overflowing).toBe(0);
      await page.close();
    });

    it('keeps the reader on the same page when switching language', async () => {
      const incident = content.incidents[0];
      const [first, second] = site.locales.filter((l) => l !== site.locale);
      if (!incident || !first) throw new Error('the site needs an incident and two locales');
      const page = await context.newPage();
      await page.goto(`${url}/incidents/${incident.slug}/`);
      await page.click(`.language-switch a[hreflang="${first}"]`);
      expect(new URL(page.url()).pathname).toBe(`/${first}/incidents/${incident.slug}/`);
      expect(await page.getAttribute('html', 'lang')).toBe(first);
      const translated = incident.translations[first];
      expect(await page.textContent('h1')).toBe(translated?.title ?? incident.title);
      expect(await page.locator('.untranslated').count()).toBe(translated ? 0 : 1);
      if (second) {
        await page.click(`.language-switch a[hreflang="${second}"]`);
        expect(new URL(page.url()).pathname).toBe(`/${second}/incidents/${incident.slug}/`);
      }
      await page.click(`.language-switch a[hreflang="${site.locale}"]`);
      expect(new URL(page.url()).pathname).toBe(`/incidents/${incident.slug}/`);
      await page.close();
    });

    it.each(site.locales)('reaches every incident and planned window from the home page in %s', async (locale) => {
      const start = `${prefix(locale)}/`;
      const seen = new Set<string>([start]);
      const queue = [start];
      while (queue.length > 0) {
        const current = queue.shift() as string;
        const response = await fetch(`${url}${current}`);
        expect(response.status, current).toBe(200);
        for (const link of parse(await response.text()).querySelectorAll('a[href]')) {
          const target = new URL(link.getAttribute('href') ?? '', `${url}${current}`);
          const inLocale = locale === site.locale ? !site.locales.some((l) => target.pathname.startsWith(`/${l}/`)) : target.pathname.startsWith(start);
          if (target.origin === url && inLocale && !seen.has(target.pathname)) {
            seen.add(target.pathname);
            queue.push(target.pathname);
          }
        }
      }
      const windows = plannedWindows(content, Date.parse(now));
      const expected = [
        ...content.incidents.map((i) => `${prefix(locale)}/incidents/${i.slug}/`),
        ...windows.map((w) => `${prefix(locale)}/maintenance/${w.slug}/`),
        ...content.systems.map((s) => `${prefix(locale)}/systems/${s.id}/`),
        ...content.reports.map((r) => `${prefix(locale)}/reports/${r.month}/`),
      ];
      expect(expected.filter((p) => !seen.has(p))).toEqual([]);
    }, 60_000);
  });
}
