/**
 * Chart data, shaped here and drawn by chart.js in the browser (src/scripts/chart.ts). Pure, so the
 * numbers in a chart are tested like the numbers in a table.
 */
import { rowsOf, type AvailabilityRow } from './sla.ts';
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

/**
 * Outage minutes per month of a group's systems, side by side by cause where the group splits by
 * cause (the same minutes as the table's rows: an incident without a cause counts under both).
 * From the systems' first environments.
 */
export function outageByCause(
  rows: readonly AvailabilityRow[],
  systems: readonly System[],
  months: readonly Month[],
  labels: string[],
  names: { application: string; infrastructure: string; total: string; title: string; unit: string },
): ChartSpec {
  const ours = systems.flatMap((system) => rowsOf(rows, system.id, primaryEnvironment(system)));
  const sum = (cause: 'application' | 'infrastructure' | undefined) =>
    months.map((month) => ours.filter((r) => r.month === month && r.cause === cause).reduce((total, r) => total + r.outageMinutes, 0));
  const series: ChartSeries[] = ours.some((r) => r.cause !== undefined)
    ? [
        { label: names.application, data: sum('application') },
        { label: names.infrastructure, data: sum('infrastructure') },
      ]
    : [{ label: names.total, data: sum(undefined) }];
  return { type: 'bar', title: names.title, labels, series, unit: names.unit };
}

/** Requests per month of a group, as the reports give them. */
export function requestVolume(group: ReportGroup, labels: string[], title: string, unit: string): ChartSpec | undefined {
  if (!group.requests) return undefined;
  return { type: 'bar', title, labels, series: [{ label: title, data: group.requests }], unit };
}
