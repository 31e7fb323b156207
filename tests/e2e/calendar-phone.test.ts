/**
 * The calendar month read on a 320 px phone, an 834 px tablet and a 1280 px screen, in every language, light and
 * dark: text of 14 px and up, no word broken across lines, links at least 24 × 24 px, the times of
 * every window shown, and axe without violations. The phone gets the month as an agenda; the wide
 * screen keeps the grid.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Server } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, serve } from '../support/browser.ts';
import { sharedBuild } from '../support/site.ts';

// The build site-example.test.ts drives too: the Swedish example inside its extra upgrade.
const NOW = '2026-12-09T06:00:00+01:00';

/*
 * December 2026 by hand, from content/schedules/release-train.yaml (every other Monday from 12
 * January: …, 16 and 30 November, 14 December; 28 December skipped; its steps 1, 3, 4, 7, 8, 9, 10 and
 * 11 days after the Monday, the seed's weekdays; Swedish public holidays skipped) and the extra upgrade
 * of 9 December: the train of 30 November gives 1 (test), 3 (production, 05:30–09:00), 4, 7, 8, 9, 10
 * and 11 December; the train of 14 December gives 15, 17, 18, 21, 22 and 23 (24 and 25 December are
 * holidays); the extra upgrade adds a second window on 9 December, 05:30–09:00. 14 days with work,
 * 15 windows; 30 November lies in the grid's first week but in November.
 */
const DAYS_WITH_WORK = 14;
const WINDOWS = 15;

const LOCALES = [
  { locale: 'sv', prefix: '' },
  { locale: 'da', prefix: '/da' },
  { locale: 'en', prefix: '/en' },
];
const SCREENS = [
  { width: 320, height: 640, agenda: true, schemes: ['light', 'dark'] },
  // A tablet held upright: the narrowest screen with the grid (from 52rem = 832 px), in light only.
  { width: 834, height: 1112, agenda: false, schemes: ['light'] },
  { width: 1280, height: 900, agenda: false, schemes: ['light', 'dark'] },
] as const;
/**
 * axe takes seconds a page, so each screen and scheme checks one language, a different one each time
 * (site-example.test.ts checks every language's calendar at 320 px, light).
 */
const AXE_LOCALE = { '320 light': 'sv', '320 dark': 'da', '1280 light': 'en', '1280 dark': 'da' } as Record<string, string>;

/** What a reader of the month sees in the calendar, the subscription links and the month links. */
interface Reading {
  smallText: string[];
  brokenWords: string[];
  smallTargets: string[];
  /** Links whose text runs out of their box (a time too wide for its day). */
  overflowing: string[];
  visibleDays: number;
  timedItems: number;
  visibleItems: number;
  grid: boolean;
}

/** Measures the calendar parts of the page in the browser. */
function read(page: Page): Promise<Reading> {
  return page.evaluate(() => {
    const scope = [...document.querySelectorAll<HTMLElement>('table.calendar, p.subscribe, nav.pagination')];
    const shown = (element: Element) => element.getClientRects().length > 0 && getComputedStyle(element).visibility !== 'hidden';
    const smallText: string[] = [];
    const brokenWords: string[] = [];
    for (const root of scope) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        const parent = node.parentElement;
        if (!parent || text.trim() === '') continue;
        const size = parseFloat(getComputedStyle(parent).fontSize);
        if (size < 14) smallText.push(`${size}px: ${text.trim()}`);
        if (!shown(parent)) continue;
        // A word may end a line after its hyphen ("MIT-|integration"), nowhere else.
        for (const match of text.matchAll(/[^\s\-–]+[-–]?/g)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          if (lines.size > 1) brokenWords.push(match[0]);
        }
      }
    }
    const smallTargets = scope
      .flatMap((root) => [...root.querySelectorAll('a, button')])
      .filter(shown)
      .map((target) => ({ target, box: target.getBoundingClientRect() }))
      .filter(({ box }) => box.width < 24 || box.height < 24)
      .map(({ target, box }) => `${Math.round(box.width)}×${Math.round(box.height)}: ${target.textContent?.trim()}`);
    const overflowing = [...document.querySelectorAll<HTMLElement>('.calendar-item a')]
      .filter((link) => shown(link) && link.scrollWidth > link.clientWidth)
      .map((link) => `${link.scrollWidth} > ${link.clientWidth}: ${link.textContent?.trim()}`);
    const days = [...document.querySelectorAll('td.calendar-day.busy')];
    const items = days.flatMap((day) => [...day.querySelectorAll('.calendar-item')]);
    const timed = items.filter((item) => {
      const time = item.querySelector('.calendar-time');
      if (!time || !shown(time) || getComputedStyle(time).clipPath !== 'none') return false;
      const box = time.getBoundingClientRect();
      return box.width > 24 && box.height >= 14 && /\d\d[:.]\d\d–\d\d[:.]\d\d/.test(time.textContent ?? '');
    });
    return {
      smallText,
      brokenWords,
      smallTargets,
      overflowing,
      visibleDays: days.filter(shown).length,
      timedItems: timed.length,
      visibleItems: items.filter(shown).length,
      grid: getComputedStyle(document.querySelector('table.calendar') as Element).display === 'table',
    };
  });
}

describe('the calendar month on a phone and on a wide screen', () => {
  let browser: Browser;
  let server: Server;
  let url: string;

  beforeAll(async () => {
    const build = sharedBuild('content', NOW);
    if (build.status !== 0) throw new Error(build.stderr);
    ({ url, server } = await serve(build.outDir));
    browser = await launchBrowser();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  for (const screen of SCREENS) {
    for (const scheme of screen.schemes) {
      it(`is readable at ${screen.width} px, ${scheme}, in sv, da and en`, async () => {
        const context = await browser.newContext({ viewport: { width: screen.width, height: screen.height }, colorScheme: scheme });
        // Without the page's scripts: the layout is CSS alone. (javaScriptEnabled: false would stop axe too.)
        await context.route('**/*.js', (route) => route.abort());
        for (const { locale, prefix } of LOCALES) {
          const where = `${prefix}/calendar/2026-12/ at ${screen.width} px, ${scheme}`;
          const page = await context.newPage();
          const response = await page.goto(`${url}${prefix}/calendar/2026-12/`);
          expect(response?.status(), where).toBe(200);
          expect(await page.getAttribute('html', 'lang'), where).toBe(locale);
          const reading = await read(page);
          expect(reading.grid, `${where}: a grid on the wide screen, an agenda on the phone`).toBe(!screen.agenda);
          expect(reading.smallText, where).toEqual([]);
          expect(reading.brokenWords, where).toEqual([]);
          expect(reading.smallTargets, where).toEqual([]);
          expect(reading.overflowing, where).toEqual([]);
          expect(reading.visibleDays, where).toBe(DAYS_WITH_WORK);
          expect(reading.visibleItems, where).toBe(WINDOWS);
          expect(reading.timedItems, `${where}: windows with their times shown`).toBe(WINDOWS);
          if (AXE_LOCALE[`${screen.width} ${scheme}`] === locale) {
            const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
            expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')}`), where).toEqual([]);
          }
          await page.close();
        }
        await context.close();
      }, 90_000);
    }
  }

  it('shows only the days with work on the phone, each with its weekday and date', async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${url}/en/calendar/2026-12/`);
    const dates = await page.locator('td.calendar-day .calendar-full').evaluateAll((spans) =>
      spans.filter((span) => span.getClientRects().length > 0).map((span) => span.textContent?.trim()),
    );
    expect(dates.slice(0, 3)).toEqual(['Tuesday, 1 December 2026', 'Thursday, 3 December 2026', 'Friday, 4 December 2026']);
    expect(dates).toHaveLength(DAYS_WITH_WORK);
    // The grid's first cell is 30 November: a day of November, not shown in December's agenda.
    expect(await page.locator('td.calendar-day.outside').first().isVisible()).toBe(false);
    await context.close();
  });
});
