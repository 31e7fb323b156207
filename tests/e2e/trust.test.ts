/**
 * Hostile content stays inert in a real browser, and the site works under a strict
 * Content-Security-Policy without 'unsafe-inline' (the policy the deployment docs recommend).
 */
import type { Server } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSP, launchBrowser, serve } from '../support/browser.ts';
import { sharedBuild } from '../support/site.ts';

let browser: Browser;
const servers: Server[] = [];

async function site(content: string, now: string): Promise<string> {
  const build = sharedBuild(content, now);
  if (build.status !== 0) throw new Error(build.stderr);
  const { url, server } = await serve(build.outDir, { 'Content-Security-Policy': CSP });
  servers.push(server);
  return url;
}

/** Opens a page, recording CSP violations, console errors, dialogs and page errors. */
async function open(url: string, clock: string): Promise<{ page: Page; problems: string[] }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.clock.install({ time: new Date(clock) });
  const problems: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { __violations: string[] }).__violations ??= [];
      (window as unknown as { __violations: string[] }).__violations.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`error: ${error.message}`));
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  const violations = await page.evaluate(() => (window as unknown as { __violations?: string[] }).__violations ?? []);
  problems.push(...violations.map((v) => `csp: ${v}`));
  return { page, problems };
}

beforeAll(async () => {
  browser = await launchBrowser();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  for (const server of servers) server.close();
});

describe('under a strict Content-Security-Policy', () => {
  it('every kind of page works with no violation, charts and live status included', async () => {
    const url = await site('content', '2026-12-09T06:00:00+01:00');
    const pages = [
      '/', '/en/', '/incidents/2026-02-03-inloggning/', '/maintenance/2026-12-09-extra-uppgradering/',
      '/history/', '/systems/ladok/', '/calendar/', '/reports/2026-10/', '/availability/', '/404.html',
    ];
    for (const path of pages) {
      const { page, problems } = await open(`${url}${path}`, '2026-12-09T06:00:00+01:00');
      if (path === '/calendar/') {
        // chart.js comes in a chunk of its own when a chart nears the screen: that load is checked too.
        await page.locator('drift-chart').first().scrollIntoViewIfNeeded();
        await page.locator('drift-chart canvas').first().waitFor();
      }
      expect(problems, path).toEqual([]);
      if (path === '/') expect(await page.locator('[data-live-next]').textContent()).toContain('pågår');
      await page.context().close();
    }
  }, 120_000);
});

describe('hostile content', () => {
  it('a <script> or an event handler in Markdown does not run, and titles stay text', async () => {
    const url = await site('tests/fixtures/feeds', '2026-08-02T12:00:00+02:00');
    const { page, problems } = await open(`${url}/incidents/hostile/`, '2026-08-02T12:00:00+02:00');
    expect(problems).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
    expect(await page.locator('h1').textContent()).toBe('<script>alert(1)</script> & "quotes" ]]> åäö æø 🚀 שלום');
    expect(await page.locator('main script').count()).toBe(0);
    expect(await page.locator('main [onerror]').count()).toBe(0);
    await page.context().close();
  }, 120_000);
});
