import { describe, expect, it } from 'vitest';
import { activityChart, activityProfile } from '../../src/lib/activity.ts';
import { availabilityTrend, outageByCause } from '../../src/lib/charts.ts';
import { parseMetric } from '../../src/lib/content/metrics.ts';
import type { Content, Report } from '../../src/lib/model.ts';
import { reportTable, requestsByMonth } from '../../src/lib/report-table.ts';
import { availabilityRows, dataMonths, meets, reportedFigures } from '../../src/lib/sla.ts';
import { at, incident, plannedWindow, site, system } from './helpers.ts';

const zone = 'Europe/Copenhagen';
const cph = (text: string) => at(text, zone);

function report(fields: Partial<Report> & Pick<Report, 'month'>): Report {
  return { slug: fields.month, file: `content/reports/${fields.month}.md`, body: '', translations: {}, availability: [], ...fields };
}

const content: Content = {
  site: site({ timezone: zone, sla: { excludePlanned: true, degradedWeight: 0, byCause: true } }),
  systems: [
    system({ id: 'ko', name: 'KO', group: 'Støttesystemer', sla: 99.9, environments: [{ id: 'production' }] }),
    system({ id: 'sp', name: 'SP', group: 'Serviceplatformen', sla: 99.8, byCause: false, environments: [{ id: 'production' }] }),
  ],
  incidents: [
    // March 2023 (743 h): 30 h 50 min of infrastructure outage → 95,85 %.
    incident({ slug: 'storage', systems: ['ko', 'sp'], cause: 'infrastructure', start: cph('2023-03-14 18:00'), end: cph('2023-03-16 00:50') }),
    // April 2023 (720 h): 78 min of application outage → 99,82 %.
    incident({ slug: 'app', systems: ['ko'], cause: 'application', start: cph('2023-04-18 09:12'), end: cph('2023-04-18 10:30') }),
    // October 2023 (745 h): 45 min without a cause → counts for both causes: 99,90 % (meets 99,90 at two decimals).
    incident({ slug: 'uncaused', systems: ['ko'], start: cph('2023-10-10 08:05'), end: cph('2023-10-10 08:50') }),
    // An outage across the end of May into June, inside which planned downtime falls.
    incident({ slug: 'spanning', systems: ['sp'], cause: 'application', start: cph('2023-05-31 23:00'), end: cph('2023-06-01 03:00') }),
  ],
  maintenance: [plannedWindow({ systems: ['sp'], start: cph('2023-06-01 01:00'), end: cph('2023-06-01 02:00') })],
  schedules: [],
  reports: [
    report({ month: '2023-12', availability: [{ system: 'sp', month: '2023-11', value: 90 }] }),
    report({
      month: '2024-01',
      availability: [
        { system: 'sp', month: '2023-11', value: 83.38, note: 'Measured by calls.' },
        { system: 'ko', cause: 'infrastructure', value: 100 },
      ],
      requests: { Serviceplatformen: { '2023-02': 100, '2023-11': 300 } },
    }),
    report({ month: '2023-12', slug: 'x', requests: { Serviceplatformen: 200 } }),
  ],
  metrics: [],
};
const now = cph('2024-02-22 12:00');
const rows = availabilityRows(content, now);
const row = (system: string, month: string, cause?: string) =>
  rows.find((r) => r.system === system && r.month === month && r.cause === cause);
const pct = (value: number | null | undefined) => (value === null || value === undefined ? null : (value * 100).toFixed(2));

describe('availability rows', () => {
  it('cover every month from the first event or reported figure to now', () => {
    expect(dataMonths(content, now)[0]).toBe('2023-03');
    expect(dataMonths(content, now).at(-1)).toBe('2024-02');
    expect(dataMonths({ ...content, reports: [report({ month: '2024-01', availability: [{ system: 'sp', month: '2023-02', value: 99 }] })] }, now)[0]).toBe('2023-02');
  });

  it('match hand-computed figures, by cause where the system splits', () => {
    expect(row('ko', '2023-03')?.measuredMinutes).toBe(743 * 60);
    expect(row('ko', '2023-03')?.outageMinutes).toBe(1850);
    expect(pct(row('ko', '2023-03', 'infrastructure')?.availability)).toBe('95.85');
    expect(pct(row('ko', '2023-03', 'application')?.availability)).toBe('100.00');
    expect(pct(row('ko', '2023-04', 'application')?.availability)).toBe('99.82');
    expect(row('ko', '2023-10')?.measuredMinutes).toBe(745 * 60);
    expect(pct(row('ko', '2023-10', 'application')?.availability)).toBe('99.90');
    expect(pct(row('ko', '2023-10', 'infrastructure')?.availability)).toBe('99.90');
    expect(row('ko', '2023-10', 'infrastructure')?.met).toBe(true);
    expect(row('sp', '2023-03', 'infrastructure')).toBeUndefined();
  });

  it('splits an outage at the month end and leaves planned downtime inside it out', () => {
    expect(row('sp', '2023-05')?.outageMinutes).toBe(60);
    expect(row('sp', '2023-06')).toMatchObject({ outageMinutes: 120, plannedMinutes: 60, measuredMinutes: 720 * 60 - 60 });
  });

  it('counts the current month up to now, and carries target, met and reported figures', () => {
    expect(row('sp', '2024-02')?.measuredMinutes).toBe((now - cph('2024-02-01 00:00')) / 60_000);
    // `met` judges the computed figure; the reported one is judged beside it.
    expect(row('sp', '2023-11')).toMatchObject({ target: 0.998, met: true, reported: { value: 0.8338, report: '2024-01', note: 'Measured by calls.', met: false } });
    expect(row('ko', '2023-10')?.target).toBe(0.999); // not 99.9 / 100 = 0.9990000000000001
    expect(meets(0.998993, 0.999)).toBe(true);
    expect(meets(0.99894, 0.999)).toBe(false);
  });

  it('takes a restated figure from the latest report', () => {
    expect(reportedFigures(content).get('sp|production||2023-11')?.value).toBe(0.8338);
  });
});

describe('report table', () => {
  const table = reportTable(content, rows, content.reports[1]!);

  it('has the last twelve months, groups, and rows per cause', () => {
    expect(table.months[0]).toBe('2023-02');
    expect(table.months.at(-1)).toBe('2024-01');
    expect(table.groups.map((g) => [g.name, g.rows.map((r) => r.cause ?? '-')])).toEqual([
      ['Støttesystemer', ['application', 'infrastructure']],
      ['Serviceplatformen', ['-']],
    ]);
  });

  it('shows a month before any data as no figure, not as 100 %', () => {
    expect(table.groups[0]!.rows[0]!.cells[0]).toMatchObject({ month: '2023-02', computed: null, shown: null, met: null });
  });

  it('shows reported figures where given, marks differences over 0,01 points, and judges the target', () => {
    const sp = table.groups[1]!.rows[0]!;
    const november = sp.cells[9]!;
    expect(november).toMatchObject({ month: '2023-11', computed: 1, shown: 0.8338, differs: true, met: false });
    const koInfra = table.groups[0]!.rows[1]!;
    expect(koInfra.cells[11]).toMatchObject({ shown: 1, differs: false, met: true, reported: { value: 1 } });
    expect(pct(koInfra.cells[1]?.shown)).toBe('95.85');
    expect(koInfra.cells[1]?.met).toBe(false);
  });

  it('collects requests per month, later reports restating earlier ones', () => {
    expect(table.groups[1]!.requests?.slice(0, 1)).toEqual([100]);
    expect(table.groups[1]!.requests?.[9]).toBe(300);
    expect(table.groups[1]!.requests?.[10]).toBe(200);
    expect(requestsByMonth(content.reports, 'Støttesystemer', []).size).toBe(0);
  });

  it('shapes the charts from the same figures', () => {
    const labels = table.months;
    const trend = availabilityTrend(table.groups[0]!, labels, { row: (i) => `row ${i}`, target: (v) => `target ${v}`, title: 'T' });
    expect(trend.series.map((s) => s.label)).toEqual(['row 0', 'row 1', 'target 99.9']);
    expect(trend.series[1]?.data[1]).toBe(95.85);
    expect(trend.series[2]?.data.every((v) => v === 99.9)).toBe(true);
    const outage = outageByCause(rows, content.systems.filter((s) => s.id === 'ko'), labels, labels, { application: 'A', infrastructure: 'I', total: 'T', title: 'T', unit: 'min' });
    expect(outage.series.map((s) => [s.label, s.data[1], s.data[2]])).toEqual([['A', 0, 78], ['I', 1850, 0]]);
  });
});

describe('usage metrics', () => {
  it('reads a CSV of samples and reports bad lines with their numbers', () => {
    const good = parseMetric('m.csv', 'm', 'timestamp,Users\n2026-10-05 10:00,100\n2026-10-05T10:10Z,50.5\n', 'Europe/Stockholm');
    expect(good.problems).toEqual([]);
    expect(good.metric).toMatchObject({ label: 'Users', samples: [{ at: at('2026-10-05 10:00'), value: 100 }, { value: 50.5 }] });
    const bad = parseMetric('m.csv', 'm', 'timestamp,Users\n2026-02-30 10:00,1\n2026-10-05 10:00,1,5\n2026-10-05 10:10,many\n', 'Europe/Stockholm');
    expect(bad.problems.map((p) => `${p.line}: ${p.field}: ${p.message}`)).toEqual([
      '2: timestamp: 2026-02-30 is not a date',
      '3: line: must be `timestamp,value` (found 3 fields)',
      '4: value: "many" is not a number (write decimals with a point)',
    ]);
    expect(parseMetric('m.csv', 'm', 'time;users\n', 'UTC').problems[0]).toMatchObject({ line: 1, field: 'header' });
  });

  it('averages by local weekday and hour and marks the hours of recurring planned downtime, one-off windows apart', () => {
    const metric = parseMetric('m.csv', 'm', 'timestamp,Users\n2026-10-07 05:00,10\n2026-10-14 05:30,30\n2026-10-07 12:00,500\n', 'Europe/Stockholm').metric!;
    const windows = [
      plannedWindow({ slug: 'train', systems: ['app'], environments: ['production'], start: at('2026-10-07 05:30'), end: at('2026-10-07 09:00'), series: { schedule: 'train', date: '2026-10-07' } }),
      plannedWindow({ systems: ['app'], environments: ['test'], start: at('2026-10-08 05:30'), end: at('2026-10-08 11:00'), series: { schedule: 'train', date: '2026-10-07' } }),
      // A go-live from Friday 16:00 to Saturday 08:00: once, not every week.
      plannedWindow({ slug: 'go-live', systems: ['app'], kind: 'go-live', start: at('2026-10-09 16:00'), end: at('2026-10-10 08:00') }),
    ];
    const profile = activityProfile(metric, windows, [system({ id: 'app' })], 'Europe/Stockholm');
    expect(profile.oneOff.map((o) => o.window.slug)).toEqual(['go-live']);
    expect(profile.planned[4]?.some(Boolean) || profile.planned[5]?.some(Boolean)).toBe(false);
    expect(profile.averages[2]?.[5]).toBe(20);
    expect(profile.averages[2]?.[12]).toBe(500);
    expect(profile.averages[0]?.[0]).toBeNull();
    expect(profile.planned[2]?.map((p, hour) => (p ? hour : -1)).filter((h) => h >= 0)).toEqual([5, 6, 7, 8]);
    expect(profile.planned[3]?.some(Boolean)).toBe(false);
    const chart = activityChart(profile, { weekday: (d) => `d${d}`, title: 'T', mean: 'M', planned: 'P', unit: 'U' });
    expect(chart.labels).toHaveLength(168);
    expect(chart.series[1]?.data[2 * 24 + 5]).toBe(500);
  });
});
