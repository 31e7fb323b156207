/**
 * The example content against the Swedish seed's incident-handling targets (site.yaml: a first update
 * within 60 minutes, a fix within 120 of identification, for outages): the night MIT-integration was
 * down, its first word came 9 h 30 min after the start (the clock shows 8 h 30 min: summer time ended
 * that night), which its page and October's report flag; /availability/ shows the 24/7 figure.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedBuild } from '../support/site.ts';

let dist: string;
beforeAll(() => {
  // The build the budget and language tests use.
  const build = sharedBuild('content', '2026-11-24T12:00:00+01:00');
  if (build.status !== 0) throw new Error(build.stderr);
  dist = build.outDir;
}, 120_000);

const page = (file: string) => parse(readFileSync(path.join(dist, file), 'utf8'));
const text = (node: { text: string } | null | undefined) => node?.text.replace(/\s+/g, ' ').replace(/\u00a0/g, ' ').trim() ?? '';

describe('response times', () => {
  it('shows both times on an incident page, the late first update flagged in words', () => {
    const html = page('incidents/2026-10-25-integrationsmiljon/index.html');
    const facts = html.querySelector('.response-times');
    const values = facts?.querySelectorAll('dd').map(text) ?? [];
    // 23:00 CEST → 07:30 CET = 9 h 30 min, over 60 min. Identified 07:30, over 09:00: 90 min, within 120.
    expect(values[0]).toBe('9 tim, 30 min – målet missat (mål: 1 tim)');
    expect(values[1]).toBe('1 tim, 30 min – målet nått (mål: 2 tim)');
    expect(facts?.querySelectorAll('[data-verdict]').map((n) => n.getAttribute('data-verdict'))).toEqual(['missed', 'met']);
    const english = page('en/incidents/2026-10-25-integrationsmiljon/index.html');
    expect(text(english.querySelector('.response-times dd'))).toContain('target missed');
  });

  it('lists the report month\'s incidents, linked, with how many met the targets', () => {
    const html = page('reports/2026-10/index.html');
    const rows = html.querySelectorAll('table.month-incidents tbody tr');
    expect(rows.map((tr) => tr.querySelector('th a')?.getAttribute('href'))).toEqual(['/incidents/2026-10-25-integrationsmiljon/']);
    expect(text(rows[0]?.querySelector('.first-update'))).toContain('målet missat');
    expect(text(html.querySelector('.response-met'))).toBe('Första uppdatering inom målet: 0 av 1. Åtgärd inom målet: 1 av 1.');
  });

  it('shows the 24/7 availability beside the SLA figure on /availability/', () => {
    const rows = page('availability/index.html').querySelectorAll('table.round-the-clock tbody tr');
    const ladok = rows.find((tr) => tr.getAttribute('data-system') === 'ladok')?.querySelectorAll('td').map(text) ?? [];
    const [sla, roundTheClock] = ladok.map((v) => Number(v.replace(' %', '').replace(',', '.')));
    // The release train's planned downtime counts only in the 24/7 figure, so it is lower.
    expect(roundTheClock).toBeLessThan(sla ?? 0);
    expect(ladok[2]).not.toBe('0');
  });
});
