/** `npm run dev` previews the content and reloads the page in the browser when a content file is saved. */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { holdAstro } from '../support/astro-lock.ts';
import { launchBrowser } from '../support/browser.ts';
import { userEnv } from '../support/site.ts';

const PORT = 4391;
let server: ChildProcess;
let dir: string;
let serverOutput = '';
let releaseAstro = () => {};

beforeAll(async () => {
  dir = path.join(mkdtempSync(path.join(tmpdir(), 'driftstatus-dev-')), 'content');
  cpSync('tests/fixtures/mini', dir, { recursive: true });
  releaseAstro = await holdAstro();
  server = spawn(process.execPath, [path.resolve('node_modules/.bin/astro'), 'dev', '--host', '127.0.0.1', '--port', String(PORT)], {
    env: userEnv({ DRIFTSTATUS_CONTENT: dir }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout?.on('data', (chunk) => (serverOutput += chunk));
  server.stderr?.on('data', (chunk) => (serverOutput += chunk));
  for (let i = 0; i < 120; i += 1) {
    const ready = await fetch(`http://127.0.0.1:${PORT}/`, { signal: AbortSignal.timeout(30_000) }).then((r) => r.ok, () => false);
    if (ready) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error('astro dev did not start');
}, 90_000);

afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill();
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
  }
  releaseAstro();
});

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

describe('preview', () => {
  it('reloads the page when an incident file changes', async () => {
    const browser = await launchBrowser();
    const page = await (await browser.newContext()).newPage();
    await openSettled(page, `http://127.0.0.1:${PORT}/incidents/app-down/`);
    expect(await page.textContent('h1')).toBe('App is down');
    const file = path.join(dir, 'incidents', 'app-down.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('title: App is down', 'title: App was down'));
    await expect.poll(() => page.textContent('h1'), { timeout: 20_000 }).toBe('App was down').catch((error: Error) => {
      throw new Error(`${error.message}\nastro dev printed:\n${serverOutput}`);
    });
    await browser.close();
  }, 60_000);
});
