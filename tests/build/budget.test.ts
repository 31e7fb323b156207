/**
 * Size budgets of the example site: the home page loads at once on a weak connection (≤ 15 KB gzipped
 * with its CSS and JS, in every language; ≤ 10 KB at a decade of generated content), and chart.js is
 * loaded only by pages that show charts.
 */
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../../scripts/lib/corpus.ts';
import { readPage, sharedBuild } from '../support/site.ts';

const HOME_BUDGET = 15 * 1024;
let dist: string;

beforeAll(() => {
  const build = sharedBuild('content', '2026-11-24T12:00:00+01:00');
  if (build.status !== 0) throw new Error(build.stderr);
  dist = build.outDir;
}, 120_000);

const assets = (html: string) => [...html.matchAll(/(?:href|src)="(\/_astro\/[^"]+\.(?:css|js))"/g)].map((m) => m[1] ?? '');

/** A page's HTML and the CSS and JS it loads, each gzipped at level 9, summed. */
function gzippedWithAssets(outDir: string, page: string): number {
  const html = readFileSync(path.join(outDir, page));
  const files = [html, ...assets(html.toString()).map((a) => readFileSync(path.join(outDir, a)))];
  return files.reduce((sum, file) => sum + gzipSync(file, { level: 9 }).length, 0);
}

describe('budgets', () => {
  it.each(['index.html', 'en/index.html', 'da/index.html'])('%s is at most 15 KB gzipped with its CSS and JS', (page) => {
    const html = readFileSync(path.join(dist, page), 'utf8');
    expect(assets(html).some((a) => a.endsWith('.css'))).toBe(true);
    expect(gzippedWithAssets(dist, page)).toBeLessThanOrEqual(HOME_BUDGET);
  });

  it('loads chart.js only on pages that show charts (reports and the calendar overview)', () => {
    const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
    // The bundle that carries chart.js is the one defining the <drift-chart> element.
    const chartScripts = readdirSync(path.join(dist, '_astro')).filter((f) => readFileSync(path.join(dist, '_astro', f), 'utf8').includes('drift-chart'));
    expect(chartScripts.length).toBeGreaterThan(0);
    const withCharts = pages.filter((page) => assets(readFileSync(path.join(dist, page), 'utf8')).some((a) => chartScripts.includes(path.basename(a))));
    const allowed = /^(?:(?:en|da)\/)?(?:reports\/\d{4}-\d{2}|calendar|systems\/[^/]+)\/index\.html$/;
    expect(withCharts.length).toBeGreaterThan(0);
    expect(withCharts.filter((page) => !allowed.test(page))).toEqual([]);
  });
});

describe('the home page at a decade of content', () => {
  const DECADE_BUDGET = 10 * 1024;
  let decade: string;

  beforeAll(() => {
    // The benchmark's 1,000-entry corpus (scripts/lib/corpus.ts): 833 incidents and 167 planned windows
    // spread from January 2016 to 28 October 2026, 12 systems, built the day its content ends.
    const dir = mkdtempSync(path.join(tmpdir(), 'driftstatus-decade-'));
    writeCorpus({ incidents: 833, windows: 167, out: dir });
    const build = sharedBuild(dir, '2026-10-28T12:00:00+01:00');
    if (build.status !== 0) throw new Error(build.stderr);
    decade = build.outDir;
  }, 240_000);

  it.each(['index.html', 'en/index.html', 'da/index.html'])('%s is at most 10 KB gzipped with its CSS and JS', (page) => {
    // What it holds: twelve 90-day bars (each day in words; the days open on the system pages) and the
    // fourteen days of past incidents.
    const home = readPage(decade, page);
    expect(home.querySelectorAll('ol.days')).toHaveLength(12);
    expect(home.querySelectorAll('ol.days li span').length).toBe(12 * 90);
    expect(home.querySelectorAll('.past-days > li')).toHaveLength(14);
    expect(gzippedWithAssets(decade, page)).toBeLessThanOrEqual(DECADE_BUDGET);
  });
});
