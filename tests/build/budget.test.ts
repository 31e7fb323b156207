/**
 * Size budgets of the example site: the home page loads at once on a weak connection (≤ 15 KB gzipped
 * with its CSS and JS, in every language), and chart.js is loaded only by pages that show charts.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedBuild } from '../support/site.ts';

const HOME_BUDGET = 15 * 1024;
let dist: string;

beforeAll(() => {
  const build = sharedBuild('content', '2026-11-24T12:00:00+01:00');
  if (build.status !== 0) throw new Error(build.stderr);
  dist = build.outDir;
}, 120_000);

const assets = (html: string) => [...html.matchAll(/(?:href|src)="(\/_astro\/[^"]+\.(?:css|js))"/g)].map((m) => m[1] ?? '');

describe('budgets', () => {
  it.each(['index.html', 'en/index.html', 'da/index.html'])('%s is at most 15 KB gzipped with its CSS and JS', (page) => {
    const html = readFileSync(path.join(dist, page));
    const files = [html, ...assets(html.toString()).map((a) => readFileSync(path.join(dist, a)))];
    const total = files.reduce((sum, file) => sum + gzipSync(file, { level: 9 }).length, 0);
    expect(assets(html.toString()).some((a) => a.endsWith('.css'))).toBe(true);
    expect(total).toBeLessThanOrEqual(HOME_BUDGET);
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
