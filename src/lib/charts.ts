/**
 * Chart data, shaped here and drawn by chart.js in the browser (src/scripts/chart.ts). Pure, so the
 * numbers in a chart are tested like the numbers in a table.
 */
import { CAUSES_IN_REPORTS, rowsOf, type AvailabilityRow, type Cause } from './sla.ts';
import type { ReportGroup } from './report-table.ts';
import { primaryEnvironment, type System } from './model.ts';
import type { Month } from './time.ts';

export interface ChartSeries {
  label: string;
  data: (number | null)[];
  /** `target` series are drawn as dashed lines without points; `band` series as light bars behind the lines. */
  role?: 'target' | 'band';
}

export interface ChartSpec {
  type: 'line' | 'bar';
  title: string;
  labels: string[];
  series: ChartSeries[];
  /** Axis title of the values. */
  unit: string;
  /** Lowest value on the axis, where zero would hide the differences (availability). */
  min?: number;
}

/** Percent with two decimals, as in the table, or null. */
const percent = (fraction: number | null) => (fraction === null ? null : Math.round(fraction * 10_000) / 100);

/** Availability of each row of a report group against its target, in percent. */
export function availabilityTrend(group: ReportGroup, labels: string[], names: { row: (i: number) => string; target: (value: number) => string; title: string }): ChartSpec {
  const series: ChartSeries[] = group.rows.map((row, i) => ({ label: names.row(i), data: row.cells.map((c) => percent(c.shown)) }));
  const targets = [...new Set(group.rows.flatMap((r) => (r.target === null ? [] : [r.target])))];
  for (const target of targets) {
    series.push({ label: names.target(target * 100), data: labels.map(() => percent(target)), role: 'target' });
  }
  const values = series.flatMap((s) => s.data).filter((v): v is number => v !== null);
  return { type: 'line', title: names.title, labels, series, unit: '%', min: Math.max(0, Math.floor(Math.min(100, ...values) - 1)) };
}

/** Outage minutes per month for one cause, or for all causes (`cause` undefined). */
export interface OutageSeries {
  cause: Cause | undefined;
  minutes: number[];
}

/**
 * Outage minutes per month of a group's systems, by cause where the group splits by cause (the same
 * minutes as the table's rows: an incident without a cause counts under both), else in total. From
 * the systems' first environments.
 */
export function outageMinutes(rows: readonly AvailabilityRow[], systems: readonly System[], months: readonly Month[]): OutageSeries[] {
  const ours = systems.flatMap((system) => rowsOf(rows, system.id, primaryEnvironment(system)));
  const sum = (cause: Cause | undefined): OutageSeries => ({
    cause,
    minutes: months.map((month) => ours.filter((r) => r.month === month && r.cause === cause).reduce((total, r) => total + r.outageMinutes, 0)),
  });
  return ours.some((r) => r.cause !== undefined) ? CAUSES_IN_REPORTS.map(sum) : [sum(undefined)];
}

/** The outage minutes as bars side by side, one series per cause (or one in total). */
export function outageChart(
  outage: readonly OutageSeries[],
  labels: string[],
  names: { application: string; infrastructure: string; total: string; title: string; unit: string },
): ChartSpec {
  const series = outage.map(({ cause, minutes }): ChartSeries => ({ label: cause ? names[cause] : names.total, data: minutes }));
  return { type: 'bar', title: names.title, labels, series, unit: names.unit };
}

/** {@link outageMinutes} of a group's systems, shaped by {@link outageChart}. */
export function outageByCause(
  rows: readonly AvailabilityRow[],
  systems: readonly System[],
  months: readonly Month[],
  labels: string[],
  names: { application: string; infrastructure: string; total: string; title: string; unit: string },
): ChartSpec {
  return outageChart(outageMinutes(rows, systems, months), labels, names);
}

/** Requests per month of a group, as the reports give them. */
export function requestVolume(group: ReportGroup, labels: string[], title: string, unit: string): ChartSpec | undefined {
  if (!group.requests) return undefined;
  return { type: 'bar', title, labels, series: [{ label: title, data: group.requests }], unit };
}
