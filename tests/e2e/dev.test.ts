/**
 * `npm run dev` previews the content: the page reloads in the browser when a content file is saved,
 * problems show in the page as well as in the terminal (and alone, without a stack trace, when the
 * content has never been valid), and "now" follows the clock.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { holdAstro, stopProcess } from '../support/astro-lock.ts';
import { launchBrowser } from '../support/browser.ts';
import { hasStackTrace, userEnv } from '../support/site.ts';

const PORT = 4391;
const FRESH_PORT = 4392;
let releaseAstro = () => {};

interface DevServer {
  process: ChildProcess;
  output: () => string;
  stop: () => Promise<void>;
}

/** A copy of the mini fixture in a folder of its own. */
function contentCopy(): string {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'driftstatus-dev-')), 'content');
  cpSync('tests/fixtures/mini', dir, { recursive: true });
  return dir;
}

/** `astro dev` on `dir`, once it answers (with any status: a 500 is a finding, not a start-up delay). */
async function startDev(dir: string, port: number, env: Record<string, string> = {}): Promise<DevServer> {
  const server = spawn(process.execPath, [path.resolve('node_modules/.bin/astro'), 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    env: userEnv({ DRIFTSTATUS_CONTENT: dir, ...env }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  server.stdout?.on('data', (chunk) => (output += chunk));
  server.stderr?.on('data', (chunk) => (output += chunk));
  const stop = () => stopProcess(server);
  for (let i = 0; i < 120; i += 1) {
    const ready = await fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(30_000) }).then(() => true, () => false);
    if (ready) return { process: server, output: () => output, stop };
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  await stop();
  throw new Error(`astro dev did not start:\n${output}`);
}

let dir: string;
let dev: DevServer;

beforeAll(async () => {
  dir = contentCopy();
  releaseAstro = await holdAstro();
  dev = await startDev(dir, PORT);
}, 90_000);

afterAll(async () => {
  await dev?.stop();
  releaseAstro();
}, 30_000);

/**
 * Opens `url` and returns once the page listens on Vite's socket, over which the reload is pushed — an
 * editor saves with the page open. Astro reloads a page once after its first render in a fresh server,
 * so wait until no navigation has happened for a few seconds.
 */
async function openSettled(page: Page, url: string): Promise<void> {
  let navigations = 0;
  let connections = 0;
  page.on('framenavigated', (frame) => frame === page.mainFrame() && (navigations += 1));
  page.on('console', (message) => message.text().includes('[vite] connected') && (connections += 1));
  await page.goto(url);
  for (;;) {
    const seen = navigations;
    await expect.poll(() => connections >= navigations, { timeout: 30_000 }).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    if (navigations === seen) return;
  }
}

const incident = () => path.join(dir, 'incidents', 'app-down.md');
const edit = (file: string, from: string, to: string) => writeFileSync(file, readFileSync(file, 'utf8').replace(from, to));
const withOutput = (server: DevServer) => (error: Error) => {
  throw new Error(`${error.message}\nastro dev printed:\n${server.output()}`);
};
/** The problem lines the page lists. */
const listed = (page: Page) => page.locator('[data-content-problems] li').allTextContents();

describe('preview', () => {
  it('reloads the page when an incident file changes', async () => {
    const browser = await launchBrowser();
    const page = await (await browser.newContext()).newPage();
    await openSettled(page, `http://127.0.0.1:${PORT}/incidents/app-down/`);
    expect(await page.textContent('h1')).toBe('App is down');
    edit(incident(), 'title: App is down', 'title: App was down');
    await expect.poll(() => page.textContent('h1'), { timeout: 20_000 }).toBe('App was down').catch(withOutput(dev));
    await browser.close();
  }, 60_000);

  it('shows a broken file’s problem on the open page, above the last valid content, until it is fixed', async () => {
    const browser = await launchBrowser();
    const page = await (await browser.newContext()).newPage();
    await openSettled(page, `http://127.0.0.1:${PORT}/incidents/app-down/`);
    expect(await listed(page)).toEqual([]);
    // Line 7 of the fixture's incident is its `end`; the start is 10:00.
    edit(incident(), 'end: 2026-03-10 12:00', 'end: 2026-03-10 09:00');
    const line = `${dir}/incidents/app-down.md:7: end: 2026-03-10 09:00 is before start 2026-03-10 10:00`;
    await expect.poll(() => listed(page), { timeout: 20_000 }).toEqual([line]).catch(withOutput(dev));
    expect(await page.textContent('h1')).toBe('App was down');
    // The mini site's default language is Swedish.
    expect(await page.textContent('#content-problems-title')).toBe('Fel i innehållet (1)');
    expect(dev.output()).toContain(line);
    edit(incident(), 'end: 2026-03-10 09:00', 'end: 2026-03-10 12:00');
    await expect.poll(() => listed(page), { timeout: 20_000 }).toEqual([]).catch(withOutput(dev));
    await browser.close();
  }, 60_000);

  it('on content that is invalid from the start, answers with the problems (200, no stack trace), then the site once fixed, its now following the clock', async () => {
    await dev.stop(); // one Astro process at a time on the project's caches
    const fresh = contentCopy();
    const file = path.join(fresh, 'incidents', 'app-down.md');
    edit(file, 'end: 2026-03-10 12:00', 'end: 2026-03-10 09:00');
    // Its clock ticks every 2 s instead of every minute, so that the last step need not wait a minute.
    const server = await startDev(fresh, FRESH_PORT, { DRIFTSTATUS_DEV_CLOCK_SECONDS: '2' });
    try {
      for (const url of ['/', '/incidents/app-down/', '/en/']) {
        const response = await fetch(`http://127.0.0.1:${FRESH_PORT}${url}`);
        const html = await response.text();
        expect(response.status, url).toBe(200);
        expect(html).toContain(`<code>${fresh}/incidents/app-down.md:7: end: 2026-03-10 09:00 is before start 2026-03-10 10:00</code>`);
        expect(hasStackTrace(html), html).toBe(false);
      }
      expect(hasStackTrace(server.output()), server.output()).toBe(false);
      edit(file, 'end: 2026-03-10 09:00', 'end: 2026-03-10 12:00');
      const home = async () => (await fetch(`http://127.0.0.1:${FRESH_PORT}/incidents/app-down/`)).text();
      await expect.poll(home, { timeout: 20_000 }).toContain('<h1>App is down</h1>');
      expect(await home()).not.toContain('data-content-problems');

      // No content changes from now on: only the clock can move the page's "now" on.
      const generated = async () => Date.parse(/data-generated="([^"]+)"/.exec(await home())?.[1] ?? '');
      const first = await generated();
      expect(Math.abs(first - Date.now())).toBeLessThan(10_000);
      await expect.poll(generated, { timeout: 15_000, interval: 500 }).toBeGreaterThan(first);
    } finally {
      await server.stop();
    }
  }, 120_000);
});
