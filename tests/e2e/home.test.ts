import type { Server } from 'node:http';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, serve } from '../support/browser.ts';
import { buildSite } from '../support/site.ts';

// The bundled example content, pinned inside its planned extra upgrade on 9 December 2026.
const NOW = '2026-12-09T06:00:00+01:00';

describe('the example site in Chromium', () => {
  let browser: Browser;
  let server: Server;
  let url: string;

  beforeAll(async () => {
    const build = buildSite('content', NOW);
    if (build.status !== 0) throw new Error(build.stderr);
    ({ url, server } = await serve(build.outDir));
    browser = await launchBrowser();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  it('shows the state at a glance on a 320 px phone, without JavaScript errors or other hosts', async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    const foreign: string[] = [];
    const errors: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(url) && !request.url().startsWith('data:')) foreign.push(request.url());
    });
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));

    await page.goto(`${url}/`, { waitUntil: 'networkidle' });
    await expect.poll(() => page.locator('.banner').getAttribute('data-status')).toBe('maintenance');
    expect(await page.locator('.banner').innerText()).toContain('Planerat underhåll pågår');
    expect(await page.locator('[data-system="ladok"]').getAttribute('data-status')).toBe('maintenance');
    expect(await page.locator('[data-system="inloggning"]').getAttribute('data-status')).toBe('operational');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBe(0);
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
