import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, checkContent, hasStackTrace, readPage, sharedBuild } from '../support/site.ts';

const mini = 'tests/fixtures/mini';

describe('the built home page tells the truth for a pinned now', () => {
  const cases = [
    ['inside the incident', '2026-03-10T10:30:00+01:00', 'outage'],
    ['inside the planned window', '2026-03-11T06:00:00+01:00', 'maintenance'],
    ['outside both (a hot-fix without downtime is under way)', '2026-03-12T12:10:00+01:00', 'operational'],
  ] as const;

  it.each(cases)('%s', (_, now, expected) => {
    const build = sharedBuild(mini, now);
    expect(build.status, build.stderr).toBe(0);
    const page = readPage(build.outDir);
    expect(page.querySelector('html')?.getAttribute('lang')).toBe('sv');
    expect(page.querySelector('.banner')?.getAttribute('data-status')).toBe(expected);
    expect(page.querySelector('[data-system="app"]')?.getAttribute('data-status')).toBe(expected);
    expect(page.querySelector('[data-generated]')?.getAttribute('data-generated')).toBe(new Date(now).toISOString());
    // The state is in words, not only in colour.
    const words = { outage: 'Avbrott', maintenance: 'Planerat underhåll', operational: 'Alla system fungerar' };
    expect(page.querySelector('.banner')?.text).toContain(words[expected]);
  }, 120_000);

  it('lists ongoing incidents, active and next windows, and names the time zone', () => {
    const build = sharedBuild(mini, '2026-03-10T10:30:00+01:00');
    const page = readPage(build.outDir);
    expect(page.querySelector('#ongoing + ul')?.text).toContain('App is down');
    expect(page.querySelector('#next-windows + ul')?.text).toContain('Planned upgrade');
    expect(page.querySelector('#next-windows + ul')?.text).toContain('11 mars 2026 05:30–09:00 CET');
    expect(page.querySelector('[data-generated]')?.text).toContain('10 mars 2026 kl. 10:30 CET');
    expect(page.toString()).not.toMatch(/(src|href)="(https?:)?\/\/(?!status\.example\.org)/);
  }, 120_000);
});

describe('invalid content stops the build with one line per problem', () => {
  const expected = [
    'tests/fixtures/broken/incidents/app-down.md:7: end: 2026-03-09 12:00 is before start 2026-03-10 10:00',
    'tests/fixtures/broken/maintenance/hotfix.md:3: kind: must be one of',
    'tests/fixtures/broken/maintenance/hotfix.md:6: end: 2026-02-30 is not a date',
    'tests/fixtures/broken/maintenance/upgrade.md:4: systems[1]: unknown system "apii"',
    'tests/fixtures/broken/maintenance/upgrade.md:6: start: 2026-03-29 02:30 does not exist in Europe/Stockholm',
    'tests/fixtures/broken/systems/api.yaml:2: sla: must be a number written with a decimal point, e.g. 99.8',
  ];

  it('in npm run check', () => {
    const result = checkContent('tests/fixtures/broken');
    expect(result.status).toBe(1);
    for (const line of expected) expect(result.stderr).toContain(line);
    expect(hasStackTrace(result.stderr + result.stdout)).toBe(false);
  });

  it('in astro build, which writes nothing', () => {
    const build = buildSite('tests/fixtures/broken', '2026-03-10T10:30:00+01:00');
    expect(build.status).toBe(1);
    for (const line of expected) expect(build.stderr).toContain(line);
    expect(hasStackTrace(build.stderr + build.stdout)).toBe(false);
    expect(existsSync(path.join(build.outDir, 'index.html'))).toBe(false);
    expect(readdirSync(build.outDir)).toEqual([]);
  }, 120_000);

  it('rejects an invalid DRIFTSTATUS_NOW the same way', () => {
    const build = buildSite(mini, 'tomorrow');
    expect(build.status).toBe(1);
    expect(build.stderr).toContain('DRIFTSTATUS_NOW: "tomorrow" is not an ISO 8601 instant');
  }, 120_000);
});
