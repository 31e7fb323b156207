/**
 * A page built on Tuesday, read in a browser whose clock (Playwright's clock API) says Wednesday:
 * the planned window shows as under way, then as over, without a rebuild.
 */
import type { Server } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, serve } from '../support/browser.ts';
import { sharedBuild } from '../support/site.ts';

// tests/fixtures/mini has a planned upgrade of App and API on Wednesday 2026-03-11, 05:30–09:00.
const BUILT = '2026-03-10T12:00:00+01:00';

describe('a status that stays true after the build', () => {
  let browser: Browser;
  let server: Server;
  let url: string;

  beforeAll(async () => {
    const build = sharedBuild('tests/fixtures/mini', BUILT);
    if (build.status !== 0) throw new Error(build.stderr);
    ({ url, server } = await serve(build.outDir));
    browser = await launchBrowser();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  async function open(time: string, path = '/'): Promise<Page> {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.clock.install({ time: new Date(time) });
    await page.goto(`${url}${path}`);
    return page;
  }
  const banner = (page: Page) => page.locator('[data-live-banner]');

  it('before the window: operational, with the window coming', async () => {
    const page = await open('2026-03-10T18:00:00+01:00');
    expect(await banner(page).getAttribute('data-status')).toBe('operational');
    expect(await page.locator('[data-live-next]').textContent()).toBe('Nästa planerade driftstopp: Planned upgrade, börjar om 12 timmar.');
    expect(await page.locator('[data-event="maintenance/upgrade"]').getAttribute('data-window-state')).toBe('planned');
  });

  it('on Wednesday 06:00: planned maintenance in progress, in words and data-status', async () => {
    const page = await open('2026-03-11T06:00:00+01:00');
    expect(await banner(page).getAttribute('data-status')).toBe('maintenance');
    expect(await banner(page).innerText()).toContain('Planerat underhåll pågår');
    expect(await page.locator('[data-live-system="app"]').getAttribute('data-status')).toBe('maintenance');
    expect(await page.locator('[data-live-system="app"] .status-label').innerText()).toBe('Planerat underhåll');
    expect(await page.locator('[data-live-next]').textContent()).toBe('Nästa planerade driftstopp: Planned upgrade, pågår, slutar om 3 timmar.');
    const item = page.locator('[data-event="maintenance/upgrade"]');
    expect(await item.getAttribute('data-window-state')).toBe('active');
    expect(await item.locator('[data-window-state-label]').textContent()).toBe('Pågår');
    const windowPage = await open('2026-03-11T06:00:00+01:00', '/maintenance/upgrade/');
    expect(await windowPage.locator('[data-live-window] [data-window-state-label]').textContent()).toBe('Pågår');
  });

  it('follows the clock minute by minute: the window ends while the page is open', async () => {
    const page = await open('2026-03-11T08:58:00+01:00');
    expect(await banner(page).getAttribute('data-status')).toBe('maintenance');
    await page.clock.runFor(3 * 60_000);
    expect(await banner(page).getAttribute('data-status')).toBe('operational');
    expect(await page.locator('[data-event="maintenance/upgrade"] [data-window-state-label]').textContent()).toBe('Avslutat');
    expect(await page.locator('[data-live-next]').textContent()).toBe('Inga planerade driftstopp.');
  });

  it('says so when a newer build is published', async () => {
    const page = await open('2026-03-11T10:00:00+01:00');
    const notice = page.locator('[data-live-newer]');
    expect(await notice.isHidden()).toBe(true);
    await page.route('**/api/v2/summary.json', (route) =>
      route.fulfill({ json: { page: { updated_at: '2026-03-11T09:00:00Z' } } }),
    );
    await page.clock.runFor(5 * 60_000 + 1000);
    await expect.poll(() => notice.isVisible()).toBe(true);
  });

  it('without JavaScript still says what was planned and when the page was made', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${url}/`);
    expect(await banner(page).getAttribute('data-status')).toBe('operational');
    expect(await page.locator('[data-live-next]').textContent()).toContain('11 mars 2026 05:30–09:00 CET');
    expect(await page.locator('[data-generated]').textContent()).toContain('10 mars 2026 kl. 12:00 CET');
  });
});
