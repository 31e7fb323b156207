/**
 * A page built during an outage, read later in a browser whose clock (Playwright's clock API) says
 * so: the outage ends, a planned window starts and ends, an incident's duration counts up and a newer
 * build is published, all without a rebuild. The absolute times stay; the relative part and the
 * visitor's own clock are added beside them.
 *
 * tests/fixtures/mini (Europe/Stockholm, sv and en), built at 2026-03-10 10:30 CET (the build
 * site.test.ts shares): the outage `app-down` of App runs 10:00–12:00 that day; the planned upgrade of
 * App and API on Wednesday 2026-03-11, 05:30–09:00 CET (04:30–08:00 UTC); the hotfix (no downtime)
 * on 2026-03-12 12:00–12:30.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Server } from 'node:http';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, serve } from '../support/browser.ts';
import { sharedBuild } from '../support/site.ts';

const BUILT = '2026-03-10T10:30:00+01:00';
const DANISH_BUILT = '2024-02-22T12:00:00+01:00';

describe('a status that stays true after the build', () => {
  let browser: Browser;
  let server: Server;
  let url: string;
  let danish: string;
  let danishServer: Server;

  beforeAll(async () => {
    const build = sharedBuild('tests/fixtures/mini', BUILT);
    if (build.status !== 0) throw new Error(build.stderr);
    ({ url, server } = await serve(build.outDir));
    const danishBuild = sharedBuild('tests/fixtures/danish', DANISH_BUILT);
    if (danishBuild.status !== 0) throw new Error(danishBuild.stderr);
    ({ url: danish, server: danishServer } = await serve(danishBuild.outDir));
    browser = await launchBrowser();
  }, 180_000);

  const errors: string[] = [];
  afterEach(() => {
    expect(errors.splice(0)).toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
    server?.close();
    danishServer?.close();
  });

  async function open(time: string, path = '/', options: BrowserContextOptions = {}, site = url): Promise<Page> {
    const context = await browser.newContext({ timezoneId: 'Europe/Stockholm', ...options });
    const page = await context.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
    await page.clock.install({ time: new Date(time) });
    await page.goto(`${site}${path}`);
    return page;
  }
  const banner = (page: Page) => page.locator('[data-live-banner]');
  const text = async (page: Page, selector: string) => (await page.locator(selector).innerText()).replace(/\s+/g, ' ').trim();

  describe('40 minutes after the outage ended (12:40)', () => {
    it('the home page says all is well, and moves the outage from "ongoing" to a list of its own, with when it ended', async () => {
      const page = await open('2026-03-10T12:40:00+01:00');
      expect(await banner(page).getAttribute('data-status')).toBe('operational');
      expect(await banner(page).innerText()).toContain('Alla system fungerar');
      expect(await banner(page).getAttribute('aria-live')).toBe('polite');
      expect(await page.locator('[data-live-section="ongoing"]').isHidden()).toBe(true);
      expect(await page.locator('[data-live-empty="ongoing"]').isVisible()).toBe(true);
      const item = page.locator('[data-live-section="resolved"] [data-event="incident/app-down"]');
      expect(await item.isVisible()).toBe(true);
      expect(await item.locator('[data-incident-state-label]').innerText()).toBe('Löst');
      // The absolute span stays; 12:40 − 12:00 = 40 minutes.
      expect(await text(page, '[data-event="incident/app-down"] .meta:last-child')).toBe('10 mars 2026 10:00–12:00 CET, slutade för 40 min sedan · Löst');
    });

    it('the incident page says resolved, how long it lasted and how long ago it ended', async () => {
      const page = await open('2026-03-10T12:40:00+01:00', '/incidents/app-down/');
      const article = page.locator('[data-live-incident]');
      expect(await article.getAttribute('data-status')).toBe('operational');
      expect(await article.locator(':scope > p .status-label').innerText()).toBe('Löst');
      // 10:00–12:00: two hours.
      expect(await text(page, '[data-live-duration]')).toBe('2 tim');
      expect(await text(page, 'dt#resolved + dd')).toBe('10 mars 2026 kl. 12:00 CET, för 40 min sedan');
    });
  });

  it('the incident page counts an ongoing outage up, minute by minute', async () => {
    const page = await open('2026-03-10T11:05:00+01:00', '/incidents/app-down/');
    // 10:00 → 11:05: 1 h 5 min so far; the end written ahead, 12:00, is 55 minutes away.
    expect(await text(page, '[data-live-duration]')).toBe('pågår, hittills 1 tim, 5 min');
    expect(await page.locator('[data-live-incident] > p .status-label').innerText()).toBe('Pågår');
    expect(await text(page, 'dt#resolved + dd')).toBe('10 mars 2026 kl. 12:00 CET, om 55 min');
    await page.clock.runFor(10 * 60_000);
    expect(await text(page, '[data-live-duration]')).toBe('pågår, hittills 1 tim, 15 min');
    const english = await open('2026-03-10T11:05:00+01:00', '/en/incidents/app-down/');
    expect(await text(english, '[data-live-duration]')).toBe('ongoing, 1 hr, 5 mins so far');
  });

  it('before the window: operational, with the window coming, its time kept and the wait added', async () => {
    const page = await open('2026-03-10T18:00:00+01:00');
    expect(await banner(page).getAttribute('data-status')).toBe('operational');
    // 18:00 → 05:30 the next morning: 11 h 30 min.
    expect(await page.locator('[data-live-next]').textContent()).toBe(
      'Nästa planerade driftstopp: Planned upgrade, 11 mars 2026 05:30–09:00 CET, börjar om 11 tim, 30 min.',
    );
    const item = page.locator('[data-live-section="upcoming"] [data-event="maintenance/upgrade"]');
    expect(await item.getAttribute('data-window-state')).toBe('planned');
    expect(await text(page, '[data-event="maintenance/upgrade"] .meta:last-child')).toBe('11 mars 2026 05:30–09:00 CET, börjar om 11 tim, 30 min · Planerat');
    expect(await page.locator('[data-live-section="active"]').isHidden()).toBe(true);
  });

  describe('inside the window (Wednesday 06:00)', () => {
    it('moves the window from "upcoming" to "in progress", with the end beside its times', async () => {
      const page = await open('2026-03-11T06:00:00+01:00');
      expect(await banner(page).getAttribute('data-status')).toBe('maintenance');
      expect(await banner(page).innerText()).toContain('Planerat underhåll pågår');
      expect(await page.locator('[data-live-system="app"] .status-label').innerText()).toBe('Planerat underhåll');
      // 06:00 → 09:00: three hours.
      expect(await page.locator('[data-live-next]').textContent()).toBe('Nästa planerade driftstopp: Planned upgrade, 11 mars 2026 05:30–09:00 CET, pågår, slutar om 3 tim.');
      const active = page.locator('[data-live-section="active"]');
      expect(await active.isVisible()).toBe(true);
      expect(await active.locator('[data-event="maintenance/upgrade"]').getAttribute('data-window-state')).toBe('active');
      expect(await text(page, '[data-event="maintenance/upgrade"] .meta:last-child')).toBe('11 mars 2026 05:30–09:00 CET, slutar om 3 tim · Pågår');
      // Nothing in progress is left under "upcoming"; the hotfix still to come stays there.
      const upcoming = page.locator('[data-live-section="upcoming"]');
      expect(await upcoming.locator('[data-window-state="active"]').count()).toBe(0);
      expect(await upcoming.locator('[data-event="maintenance/hotfix"]').count()).toBe(1);
    });

    it('the window\'s page says so in its label and beside its times, in Swedish and English', async () => {
      const page = await open('2026-03-11T06:00:00+01:00', '/maintenance/upgrade/');
      expect(await page.locator('[data-live-window] [data-window-state-label]').textContent()).toBe('Pågår');
      expect(await page.locator('[data-live-window] time + [data-live-added]').textContent()).toBe(', slutar om 3 tim');
      const english = await open('2026-03-11T06:00:00+01:00', '/en/maintenance/upgrade/');
      expect(await english.locator('[data-live-window] [data-window-state-label]').textContent()).toBe('In progress');
      expect(await english.locator('[data-live-window] time + [data-live-added]').textContent()).toBe(', ends in 3 hrs');
    });
  });

  it('after the window ends while the page is open, it leaves "in progress"', async () => {
    const page = await open('2026-03-11T08:58:00+01:00');
    expect(await page.locator('[data-live-section="active"] [data-event="maintenance/upgrade"]').count()).toBe(1);
    await page.clock.runFor(3 * 60_000);
    expect(await banner(page).getAttribute('data-status')).toBe('operational');
    expect(await page.locator('[data-event="maintenance/upgrade"]').count()).toBe(0);
    expect(await page.locator('[data-live-section="active"]').isHidden()).toBe(true);
    // The hotfix has no downtime: no planned downtime is left.
    expect(await page.locator('[data-live-next]').textContent()).toBe('Inga planerade driftstopp.');
  });

  describe('a newer build', () => {
    it('is looked for at load, in the build\'s own small file, and told of in an aria-live region', async () => {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.clock.install({ time: new Date('2026-03-11T10:00:00+01:00') });
      await page.route('**/build.json', (route) => route.fulfill({ json: { build: 'a-newer-build' } }));
      await page.goto(`${url}/incidents/app-down/`);
      const notice = page.locator('[aria-live="polite"] [data-live-newer]');
      await expect.poll(() => notice.isVisible()).toBe(true);
      expect(await notice.innerText()).toBe('Det finns nyare information. Ladda om sidan');
      expect(await notice.locator('a').getAttribute('href')).toBe('/incidents/app-down/');
    });

    it('is looked for again every minute and a half while the page stays open', async () => {
      const page = await open('2026-03-11T10:00:00+01:00');
      const notice = page.locator('[data-live-newer]');
      await page.clock.runFor(2 * 60_000);
      // The served stamp is the page's own: nothing to tell.
      expect(await notice.isHidden()).toBe(true);
      await page.route('**/build.json', (route) => route.fulfill({ json: { build: 'a-newer-build' } }));
      await page.clock.runFor(90_000);
      await expect.poll(() => notice.isVisible()).toBe(true);
    });
  });

  describe('times on the visitor\'s clock', () => {
    it('are added beside the site\'s when the visitor is in New York, and not in Stockholm', async () => {
      // 05:30–09:00 CET is 04:30–08:00 UTC; New York keeps summer time (UTC−4) from 8 March 2026: 00:30–04:00.
      const page = await open('2026-03-11T06:00:00+01:00', '/en/maintenance/upgrade/', { timezoneId: 'America/New_York' });
      expect(await page.locator('[data-live-window] time + [data-live-added]').textContent()).toBe(' (00:30–04:00 your time), ends in 3 hrs');
      const home = await open('2026-03-10T18:00:00+01:00', '/', { timezoneId: 'America/New_York' });
      expect(await home.locator('[data-live-next]').textContent()).toBe(
        'Nästa planerade driftstopp: Planned upgrade, 11 mars 2026 05:30–09:00 CET (00:30–04:00 hos dig), börjar om 11 tim, 30 min.',
      );
      const stockholm = await open('2026-03-11T06:00:00+01:00', '/en/maintenance/upgrade/');
      expect(await stockholm.locator('[data-live-window] time + [data-live-added]').textContent()).toBe(', ends in 3 hrs');
    });

    it('in Danish, on a Copenhagen site: added for New York, not for Stockholm (the same clock)', async () => {
      // SF1606 began 2024-02-12 10:00 CET = 09:00 UTC = 04.00 in New York (EST, UTC−5), the same day (Danish writes 04.00).
      const path = '/incidents/2024-02-12-sf1606/';
      const page = await open('2024-02-22T12:00:00+01:00', path, { timezoneId: 'America/New_York' }, danish);
      expect(await page.locator('time[datetime="2024-02-12T09:00:00.000Z"] + [data-live-added]').first().textContent()).toMatch(/^ \(04\.00 hos dig\), /);
      const stockholm = await open('2024-02-22T12:00:00+01:00', path, {}, danish);
      expect(await stockholm.locator('time[datetime="2024-02-12T09:00:00.000Z"] + [data-live-added]').first().textContent()).toMatch(/^, /);
    });
  });

  it('passes axe once live-updated, at 320 × 640 and 1280 × 900, in light and dark, in Swedish and English', async () => {
    const cases = [
      { width: 320, height: 640, colorScheme: 'light', path: '/' },
      { width: 1280, height: 900, colorScheme: 'dark', path: '/' },
      { width: 320, height: 640, colorScheme: 'dark', path: '/en/' },
      { width: 1280, height: 900, colorScheme: 'light', path: '/en/maintenance/upgrade/' },
      { width: 320, height: 640, colorScheme: 'light', path: '/incidents/app-down/' },
    ] as const;
    for (const { width, height, colorScheme, path } of cases) {
      const page = await open('2026-03-11T06:00:00+01:00', path, { viewport: { width, height }, colorScheme, timezoneId: 'America/New_York' });
      await page.route('**/build.json', (route) => route.fulfill({ json: { build: 'a-newer-build' } }));
      await page.clock.runFor(90_000);
      await expect.poll(() => page.locator('[data-live-newer]').isVisible()).toBe(true);
      const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`), `${path} ${width} ${colorScheme}`).toEqual([]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${path} ${width}`).toBe(0);
      await page.context().close();
    }
  }, 150_000);

  it('without JavaScript still says what was planned and when the page was made', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${url}/`);
    expect(await banner(page).getAttribute('data-status')).toBe('outage');
    expect(await page.locator('[data-live-next]').textContent()).toBe('Nästa planerade driftstopp: Planned upgrade, 11 mars 2026 05:30–09:00 CET.');
    expect(await page.locator('[data-generated]').textContent()).toContain('10 mars 2026 kl. 10:30 CET');
    expect(await page.locator('[data-live-section="resolved"]').isHidden()).toBe(true);
  });
});
