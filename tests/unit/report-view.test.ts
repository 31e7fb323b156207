import { describe, expect, it } from 'vitest';
import { outageChart } from '../../src/lib/charts.ts';
import type { Content, Report } from '../../src/lib/model.ts';
import { availabilityRows } from '../../src/lib/sla.ts';
import { reportList, reportView } from '../../src/lib/views/report.ts';
import { at, incident, site, system } from './helpers.ts';

const zone = 'Europe/Copenhagen';
const cph = (text: string) => at(text, zone);

function report(fields: Partial<Report> & Pick<Report, 'month'>): Report {
  return { slug: fields.month, file: `content/reports/${fields.month}.md`, body: '', translations: {}, availability: [], ...fields };
}

const january = report({ month: '2024-01', changes: 4, availability: [{ system: 'sp', month: '2023-11', value: 83.38, note: 'Measured by calls.' }] });
const content: Content = {
  site: site({ timezone: zone, sla: { excludePlanned: true, degradedWeight: 0, byCause: true }, responseTargets: { degraded: { firstUpdate: 60 } } }),
  systems: [
    system({ id: 'sp', name: 'SP', group: 'Serviceplatformen', sla: 99.8, byCause: false, order: 2, environments: [{ id: 'production' }] }),
    system({ id: 'ko', name: 'KO', group: 'Støttesystemer', sla: 99.9, order: 1, environments: [{ id: 'production' }, { id: 'test' }] }),
  ],
  incidents: [
    incident({ slug: 'storage', systems: ['ko'], cause: 'infrastructure', start: cph('2023-03-14 18:00'), end: cph('2023-03-15 04:00') }),
    incident({ slug: 'test-only', systems: ['ko'], environments: ['test'], cause: 'application', start: cph('2023-04-02 10:00'), end: cph('2023-04-02 11:00') }),
    incident({ slug: 'calls', systems: ['sp'], start: cph('2023-11-07 10:00'), end: cph('2023-11-07 11:00') }),
    // One call in ten answered wrongly from 1 December to 10 January; its first update two hours late.
    incident({
      slug: 'wrong-data',
      systems: ['sp'],
      impact: 'degraded',
      weight: 0.1,
      start: cph('2023-12-01 00:00'),
      end: cph('2024-01-10 00:00'),
      updates: [{ at: cph('2023-12-01 02:00'), status: 'investigating', text: 'x' }],
    }),
  ],
  maintenance: [],
  schedules: [],
  reports: [report({ month: '2023-12' }), january],
  metrics: [],
};
const now = cph('2024-02-22 12:00');
const rows = availabilityRows(content, now);

describe('reportList', () => {
  it('lists the reports newest first, and nothing for a site without reports', () => {
    expect(reportList(content).map((r) => r.month)).toEqual(['2024-01', '2023-12']);
    expect(reportList({ reports: [] })).toEqual([]);
  });
});

describe('reportView', () => {
  const view = reportView(content, rows, january, now);

  it('has the twelve months and a group per system group, in listing order, each with its anchor and counts', () => {
    expect(view.months).toHaveLength(12);
    expect(view.months[0]).toBe('2023-02');
    expect(view.groups.map((g) => [g.name, g.id, g.changes, g.rows.map((r) => r.cause ?? '-')])).toEqual([
      ['Støttesystemer', 'ko', 4, ['application', 'infrastructure']],
      ['Serviceplatformen', 'sp', 4, ['-']],
    ]);
  });

  it('lists where reported and computed figures differ', () => {
    const [support, platform] = view.groups;
    expect(support?.differing).toEqual([]);
    expect(platform?.differing.map(({ row, cell }) => [row.system.id, cell.month, cell.reported?.value, cell.computed])).toEqual([
      ['sp', '2023-11', 0.8338, 1 - 60 / (30 * 24 * 60)],
    ]);
  });

  it('colours each cell as the Danish legend does: red through outage, yellow through missing functionality, plain where met', () => {
    const [support, platform] = view.groups;
    const legend = (row: { cells: { legend: string | null }[] } | undefined) => row?.cells.map((c) => c.legend);
    // KO infrastructure, March 2023: 600 min of outage of 743 h → 98,65 %, below 99,90: red.
    expect(legend(support?.rows[1])?.[1]).toBe('unavailable');
    expect(legend(support?.rows[1])?.[2]).toBe('met');
    const sp = platform?.rows[0];
    // November: the reported 83,38 % misses the target; the incidents show only outage (60 min): red.
    expect(sp?.cells[9]).toMatchObject({ month: '2023-11', shown: 0.8338, legend: 'unavailable' });
    // December: degraded all month at 0.1 → 1 − 0.1 = 90,00 %, below 99,80, lost to missing functionality: yellow.
    expect(sp?.cells[10]?.computed).toBeCloseTo(0.9, 12);
    expect(sp?.cells[10]).toMatchObject({ legend: 'degraded', minutes: { outage: 0, weightedDegraded: 0.1 * 31 * 24 * 60, planned: 0 } });
    // January: 9 of 31 days at 0.1 → 1 − 0.9 / 31.
    expect(sp?.cells[11]?.computed).toBeCloseTo(1 - 0.9 / 31, 12);
    expect(sp?.cells[11]?.legend).toBe('degraded');
    // February 2023: no data, no colour.
    expect(sp?.cells[0]?.legend).toBeNull();
  });

  it('gives the weighted degraded minutes the outage chart draws beside the outage, where there are any', () => {
    const [support, platform] = view.groups;
    expect(support?.degraded).toBeUndefined();
    // December: 744 h × 0.1 × 60 = 4464 min; January: 9 days × 24 h × 0.1 × 60 = 1296 min.
    expect(platform?.degraded?.slice(9)).toEqual([0, expect.closeTo(4464, 6), expect.closeTo(1296, 6)]);
  });

  it('lists the month\'s incidents with their response times and how many met the targets', () => {
    // Only wrong-data was open in January 2024 (it ran to 10 January).
    expect(view.incidents.map((i) => [i.incident.slug, i.path])).toEqual([['wrong-data', 'incidents/wrong-data/']]);
    // First update 2 h after the start, over the 60-minute target for a degraded incident.
    expect(view.incidents[0]?.response.firstUpdate).toMatchObject({ duration: 120 * 60_000, verdict: 'missed' });
    expect(view.met).toEqual({ firstUpdate: { met: 0, of: 1 }, resolution: { met: 0, of: 0 } });
    const december = reportView(content, rows, report({ month: '2023-12' }), now);
    expect(december.incidents.map((i) => i.incident.slug)).toEqual(['wrong-data']);
    const march = reportView(content, rows, report({ month: '2023-03' }), now);
    expect(march.incidents.map((i) => i.incident.slug)).toEqual(['storage']);
  });

  it('gives each row\'s report-month figure beside its 24/7 figure', () => {
    const [, platform] = view.groups;
    expect(platform?.roundTheClock.map(({ row, cell }) => [row.system.id, cell.month])).toEqual([['sp', '2024-01']]);
    // No planned downtime here: the 24/7 figure is the SLA one.
    expect(platform?.roundTheClock[0]?.cell.withPlanned).toBe(platform?.roundTheClock[0]?.cell.computed);
  });

  it('sums the outage minutes of the primary environment, by cause where the group splits', () => {
    const [support, platform] = view.groups;
    expect(support?.outage.map((s) => [s.cause, s.minutes[1], s.minutes[2]])).toEqual([
      ['application', 0, 0],
      ['infrastructure', 600, 0],
    ]);
    expect(platform?.outage.map((s) => [s.cause, s.minutes[9]])).toEqual([[undefined, 60]]);
    const chart = outageChart(platform?.outage ?? [], view.months, { application: 'A', infrastructure: 'I', total: 'Total', title: 'T', unit: 'min' });
    expect(chart.series.map((s) => [s.label, s.data[9]])).toEqual([['Total', 60]]);
  });

  it('shows no figures, no differences and no outage for a site without availability data', () => {
    const empty = reportView(content, [], january, now);
    const cells = empty.groups.flatMap((g) => g.rows.flatMap((r) => r.cells));
    expect(cells.every((c) => c.shown === null && c.met === null && !c.differs)).toBe(true);
    expect(empty.groups.every((g) => g.differing.length === 0)).toBe(true);
    expect(empty.groups.flatMap((g) => g.outage.flatMap((s) => s.minutes)).every((m) => m === 0)).toBe(true);
    expect(empty.groups[1]?.outage.map((s) => s.cause)).toEqual([undefined]);
  });
});
