/**
 * The Danish example reproduces the Danish seed's table (../shared/seeds, "Støttesystemerne – januar
 * 2024" and "Serviceplatformen"): computed from its incidents for the support systems, reported with
 * the difference explained for the service platform; and /api/availability.json agrees with the table.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedBuild } from '../support/site.ts';

// The seed's figures, copied from the Danish report, February 2023 to January 2024.
const HUNDRED = Array<string>(12).fill('100,00');
const with_ = (changes: Record<number, string>) => HUNDRED.map((v, i) => changes[i] ?? v);
const SEED: Record<string, { target: string; values: string[]; source: 'computed' | 'reported' }> = {
  'KO – applikation': { target: '99,90', values: with_({ 2: '99,82' }), source: 'computed' },
  'KO – infrastruktur': { target: '99,90', values: with_({ 1: '95,85', 3: '99,90' }), source: 'computed' },
  'SDY – applikation': { target: '99,90', values: HUNDRED, source: 'computed' },
  'SDY – infrastruktur': { target: '99,90', values: with_({ 1: '95,85', 2: '99,60' }), source: 'computed' },
  'BF – applikation': { target: '99,90', values: HUNDRED, source: 'computed' },
  'BF – infrastruktur': { target: '99,90', values: with_({ 1: '95,85', 10: '97,70' }), source: 'computed' },
  'Adgangsstyring – applikation': { target: '99,90', values: HUNDRED, source: 'computed' },
  'Adgangsstyring – infrastruktur': { target: '99,90', values: with_({ 1: '95,85', 8: '99,90' }), source: 'computed' },
  'SP produktionsmiljø m1': {
    target: '99,80',
    values: ['99,05', '97,33', '99,80', '97,85', '99,00', '97,70', '100,00', '99,52', '96,23', '83,38', '89,96', '89,98'],
    source: 'reported',
  },
  'SP produktionsmiljø m2': {
    target: '99,80',
    values: ['99,12', '99,00', '99,80', '98,98', '98,44', '97,93', '100,00', '99,69', '95,56', '94,60', '90,00', '90,19'],
    source: 'reported',
  },
};
const CALLS = ['161.779.154', '158.374.305', '148.656.381', '164.695.499', '181.274.921', '135.520.543', '153.997.104', '153.822.023', '178.191.170', '166.338.426', '192.338.286', '198.196.122'];
const MONTHS = ['2023-02', '2023-03', '2023-04', '2023-05', '2023-06', '2023-07', '2023-08', '2023-09', '2023-10', '2023-11', '2023-12', '2024-01'];

let dist: string;
beforeAll(() => {
  const build = sharedBuild('tests/fixtures/danish', '2024-02-22T12:00:00+01:00');
  if (build.status !== 0) throw new Error(build.stderr);
  dist = build.outDir;
}, 120_000);

const figure = (text: string) => /(\d{1,3},\d\d)/.exec(text)?.[1] ?? text.trim();

describe('the Danish report for January 2024', () => {
  it('has the seed\'s rows, targets and twelve monthly figures', () => {
    const html = parse(readFileSync(path.join(dist, 'reports/2024-01/index.html'), 'utf8'));
    const rows = new Map(
      html.querySelectorAll('table.sla tbody tr').map((tr) => [tr.querySelector('th')?.text.trim() ?? '', tr.querySelectorAll('td')]),
    );
    for (const [name, seed] of Object.entries(SEED)) {
      const cells = rows.get(name);
      expect(cells, name).toBeDefined();
      expect(figure(cells?.[0]?.text ?? ''), name).toBe(seed.target);
      expect(cells?.slice(1).map((td) => figure(td.text)), name).toEqual(seed.values);
      const reported = cells?.slice(1).map((td) => td.classList.contains('reported')) ?? [];
      if (seed.source === 'computed') expect(reported.slice(0, 11).some(Boolean), name).toBe(false);
      else expect(reported.every(Boolean), name).toBe(true);
    }
    expect(rows.get('Antal servicekald')?.slice(1).map((td) => td.text.trim())).toEqual(CALLS);
  });

  it('marks each cell against the target in words and symbols, not colour alone', () => {
    const html = parse(readFileSync(path.join(dist, 'reports/2024-01/index.html'), 'utf8'));
    const ko = html.querySelectorAll('table.sla tbody tr').find((tr) => tr.querySelector('th')?.text.trim() === 'KO – infrastruktur');
    const march = ko?.querySelectorAll('td')[2];
    expect(march?.text).toContain('✗');
    expect(march?.text).toContain('under målet');
    const may = ko?.querySelectorAll('td')[4];
    expect(may?.text).toContain('✓');
  });

  it('explains where reported and computed figures differ', () => {
    const html = parse(readFileSync(path.join(dist, 'reports/2024-01/index.html'), 'utf8'));
    const differences = html.querySelector('.differences');
    const text = differences?.text.replace(/\u00a0/g, ' ');
    expect(text).toContain('brugeroplevet driftseffektivitet');
    // SF1525 at its 10 % from 27 November 08:00: 88 of November's 720 hours → 1 − 8,8 / 720 = 98,78 %.
    expect(text).toContain('SP produktionsmiljø m1, november 2023: rapporteret 83,38 %, beregnet 98,78 %.');
    // December: SF1525 all month at 10 % → 90,00 %: m2's reported 90,00 % agrees, m1's 89,96 % does not.
    expect(text).toContain('SP produktionsmiljø m1, december 2023: rapporteret 89,96 %, beregnet 90,00 %.');
    expect(text).not.toContain('SP produktionsmiljø m2, december 2023');
    // 24 reported figures, less August's two 100,00 % and m2's December.
    expect(differences?.querySelectorAll('li')).toHaveLength(21);
  });

  it('colours the cells as the seed\'s legend: red unavailable through a fault, yellow missing functionality, plain met', () => {
    const html = parse(readFileSync(path.join(dist, 'reports/2024-01/index.html'), 'utf8'));
    const row = (name: string) => html.querySelectorAll('table.sla tbody tr').find((tr) => tr.querySelector('th')?.text.trim() === name)?.querySelectorAll('td') ?? [];
    const colour = (td: { classList: { contains: (c: string) => boolean } } | undefined) =>
      ['legend-unavailable', 'legend-degraded', 'legend-met'].filter((c) => td?.classList.contains(c));
    // KO application, April 2023: 78 min of outage → 99,82 %, below 99,90: red, ✗ and the words.
    const april = row('KO – applikation')[3];
    expect(colour(april)).toEqual(['legend-unavailable']);
    expect(april?.text).toContain('✗');
    expect(april?.text).toContain('under målet: utilgængeligt pga. fejl');
    // SP m1, November to January: below 99,80 where SF1525 (degraded, 10 %) took the figure down: yellow, ◐.
    for (const index of [10, 11, 12]) {
      const cell = row('SP produktionsmiljø m1')[index];
      expect(colour(cell), String(index)).toEqual(['legend-degraded']);
      expect(cell?.text).toContain('◐');
      expect(cell?.text).toContain('under målet: tilgængeligt, mangler funktionalitet');
    }
    // SP m1, April 2023: 99,80 % meets 99,80: plain, ✓.
    expect(colour(row('SP produktionsmiljø m1')[3])).toEqual(['legend-met']);
    expect(row('SP produktionsmiljø m1')[3]?.text).toContain('✓');
    // The legend beside each table names both colours in the seed's words.
    const legends = html.querySelectorAll('.sla-legend');
    expect(legends).toHaveLength(2);
    expect(legends[0]?.text).toContain('Rød, ✗: under målet – system utilgængeligt pga. fejl');
    expect(legends[0]?.text).toContain('Gul, ◐: under målet – system tilgængeligt, mangler funktionalitet');
  });

  it('computes the service platform from its degraded incidents\' weights, no longer 100 % in every month', () => {
    const rows = JSON.parse(readFileSync(path.join(dist, 'api/availability.json'), 'utf8')) as { system: string; month: string; availability: number; weightedDegradedMinutes: number }[];
    const sp = (month: string) => rows.find((r) => r.system === 'sp-m1' && r.month === month && !('cause' in r));
    // November: 88 h × 0,1 = 528 weighted minutes. December: 744 h × 0,1 = 4464. January: SF1601's 1 % lies
    // under SF1525's 10 % all month, so 744 h × 0,1 again.
    expect(sp('2023-11')?.weightedDegradedMinutes).toBeCloseTo(528, 6);
    expect(sp('2023-12')?.availability).toBeCloseTo(0.9, 12);
    expect(sp('2024-01')?.weightedDegradedMinutes).toBeCloseTo(4464, 6);
    expect(sp('2023-10')?.availability).toBe(1);
  });

  it('lists the month\'s incidents, linked to their pages, with their response times', () => {
    const html = parse(readFileSync(path.join(dist, 'reports/2024-01/index.html'), 'utf8'));
    const rows = html.querySelectorAll('table.month-incidents tbody tr');
    // Open in January: SF1525 (27 November to 7 February) and SF1601 (from 25 January); SF1606 began in February.
    expect(rows.map((tr) => tr.querySelector('a')?.getAttribute('href'))).toEqual(['/incidents/2023-11-27-sf1525/', '/incidents/2024-01-25-sf1601/']);
    // SF1601: 25 January 06:00 to its first update 26 January 09:00 = 27 h; no targets on this site.
    expect(rows[1]?.querySelector('.first-update')?.text.replace(/\u00a0/g, ' ')).toContain('1 dag og 3 t.');
    expect(rows[1]?.querySelector('.first-update')?.text).toContain('intet mål fastsat');
  });

  it('shows the 24/7 figure beside the SLA one: the two service windows count there', () => {
    const html = parse(readFileSync(path.join(dist, 'reports/2024-01/index.html'), 'utf8'));
    const ko = html.querySelectorAll('table.round-the-clock tbody tr').find((tr) => tr.querySelector('th')?.text.trim() === 'KO – applikation');
    const cells = ko?.querySelectorAll('td').map((td) => td.text.replace(/\u00a0/g, ' '));
    // Two 4-hour windows in January's 744 hours: 1 − 480 / 44 640 = 98,92 %; by the SLA (windows excluded) 100,00 %.
    expect(cells?.slice(0, 2)).toEqual(['100,00 %', '98,92 %']);
  });

  it('agrees with /api/availability.json', () => {
    const rows = JSON.parse(readFileSync(path.join(dist, 'api/availability.json'), 'utf8')) as {
      system: string; environment: string; cause?: string; month: string; availability: number; target: number | null; met: boolean | null; reported?: { value: number };
    }[];
    const percent = (value: number) => (value * 100).toFixed(2).replace('.', ',');
    for (const [name, seed] of Object.entries(SEED)) {
      const [systemName, causeName] = name.split(' – ');
      const id = { KO: 'ko', SDY: 'sdy', BF: 'bf', Adgangsstyring: 'adgangsstyring', 'SP produktionsmiljø m1': 'sp-m1', 'SP produktionsmiljø m2': 'sp-m2' }[systemName ?? ''];
      const cause = { applikation: 'application', infrastruktur: 'infrastructure' }[causeName ?? ''];
      MONTHS.forEach((month, i) => {
        const row = rows.find((r) => r.system === id && r.month === month && r.cause === cause);
        expect(row, `${name} ${month}`).toBeDefined();
        const shown = seed.source === 'reported' ? row?.reported?.value : row?.availability;
        expect(percent(shown ?? -1), `${name} ${month}`).toBe(seed.values[i]);
        expect(percent(row?.target ?? -1)).toBe(seed.target);
        expect(String(row?.target), 'a fraction without binary noise').toMatch(/^0\.\d{1,6}$/);
      });
    }
    const march = rows.find((r) => r.system === 'ko' && r.cause === 'infrastructure' && r.month === '2023-03');
    expect(march).toMatchObject({ measuredMinutes: 743 * 60, outageMinutes: 1850, met: false });
  });
});
