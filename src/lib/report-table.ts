/**
 * The Danish-style report table: rows = systems (× cause where split), an SLA-target column, the last
 * 12 months as columns. Each cell shows the reported figure where a report gives one, else the
 * computed one, and knows whether it meets the target and whether reported and computed differ.
 */
import { primaryEnvironment, type Content, type Report, type System } from './model.ts';
import { sortSystems } from './sort.ts';
import { fraction, meets, rowsOf, splitsByCause, type AvailabilityRow, type Cause, type ReportedFigure } from './sla.ts';
import { addMonths, type Month } from './time.ts';

/** Reported and computed figures differ when they are further apart than this (0.01 percentage points). */
export const DIFFERENCE = 0.0001;

export interface ReportCell {
  month: Month;
  /** Computed availability, a fraction; null when the month has not begun. */
  computed: number | null;
  reported?: ReportedFigure;
  /** The figure the cell shows: the reported one where given, else the computed one. */
  shown: number | null;
  /** Reported and computed differ by more than 0.01 percentage points. */
  differs: boolean;
  met: boolean | null;
  /**
   * The cell's colour in the Danish report's legend: `met` (plain) where the shown figure meets the
   * target; where it does not, `degraded` (yellow, "system available, missing functionality") when
   * the month's weighted degraded minutes exceed its outage minutes, else `unavailable` (red, "system
   * unavailable because of a fault"), also when the incidents explain nothing of a reported figure;
   * null without a figure or a target.
   */
  legend: CellLegend | null;
  /** The computed 24/7 availability: planned downtime counted as unavailable. */
  withPlanned: number | null;
  /** Computed minutes of the month: outage, degraded times weight, planned downtime. */
  minutes: { outage: number; weightedDegraded: number; planned: number } | undefined;
}

export type CellLegend = 'met' | 'unavailable' | 'degraded';

/** The mark each colour of the legend carries, so that no cell says its meaning by colour alone. */
export const LEGEND_MARK = { met: '✓', unavailable: '✗', degraded: '◐' } as const satisfies Record<CellLegend, string>;

/** The legend's colour of a cell: see `ReportCell.legend`. */
export function cellLegend(met: boolean | null, row: Pick<AvailabilityRow, 'outageMinutes' | 'weightedDegradedMinutes'> | undefined): CellLegend | null {
  if (met === null) return null;
  if (met) return 'met';
  return row !== undefined && row.weightedDegradedMinutes > row.outageMinutes ? 'degraded' : 'unavailable';
}

export interface ReportRow {
  system: System;
  cause?: Cause;
  /** A fraction, or null for a system without a target. */
  target: number | null;
  cells: ReportCell[];
}

export interface ReportGroup {
  /** The systems' group, undefined for systems without one. */
  name: string | undefined;
  rows: ReportRow[];
  /** Requests per month from the reports, where they give any for this group. */
  requests: (number | null)[] | undefined;
  /** Changes and service windows of the report's month for this group. */
  changes: number | undefined;
  serviceWindows: number | undefined;
}

export interface ReportTable {
  /** The 12 months ending with the report's month. */
  months: Month[];
  groups: ReportGroup[];
}

/** The 12 months ending with `month`. */
export function lastTwelveMonths(month: Month): Month[] {
  return Array.from({ length: 12 }, (_, index) => addMonths(month, index - 11));
}

/** A count for a group from a report field: a single number belongs to every group; a map by group name or system id. */
function countFor(value: Report['changes'], group: string | undefined, systems: System[]): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'number') return value;
  const keys = [group, ...systems.map((s) => s.id)].filter((k): k is string => k !== undefined);
  const found = keys.map((k) => value[k]).filter((v): v is number => v !== undefined);
  return found.length > 0 ? found.reduce((a, b) => a + b, 0) : undefined;
}

/**
 * Requests per month for a group: a report's plain number is for its own month, a map of months
 * restates others; a later report wins.
 */
export function requestsByMonth(reports: readonly Report[], group: string | undefined, systems: System[]): Map<Month, number> {
  const keys = [group, ...systems.map((s) => s.id)].filter((k): k is string => k !== undefined);
  const result = new Map<Month, number>();
  for (const report of [...reports].sort((a, b) => (a.month < b.month ? -1 : 1))) {
    const value = report.requests;
    if (value === undefined) continue;
    if (typeof value === 'number') {
      result.set(report.month, value);
      continue;
    }
    const monthly = new Map<Month, number>();
    for (const counts of keys.map((k) => value[k])) {
      if (counts === undefined) continue;
      const entries: [Month, number][] = typeof counts === 'number' ? [[report.month, counts]] : Object.entries(counts);
      for (const [month, count] of entries) monthly.set(month, (monthly.get(month) ?? 0) + count);
    }
    for (const [month, count] of monthly) result.set(month, count);
  }
  return result;
}

/** The rows of one system (one per cause where it splits), for its first environment, over `months`. */
export function systemRows(
  content: Pick<Content, 'site'>,
  rows: readonly AvailabilityRow[],
  system: System,
  months: readonly Month[],
): ReportRow[] {
  const environment = primaryEnvironment(system);
  const index = new Map(rowsOf(rows, system.id, environment).map((r) => [`${r.cause ?? ''}|${r.month}`, r]));
  const causes: (Cause | undefined)[] = splitsByCause(system, content) ? ['application', 'infrastructure'] : [undefined];
  const target = system.sla !== undefined ? fraction(system.sla) : null;
  return causes.map((cause): ReportRow => {
    const cells = months.map((month): ReportCell => {
      const row = index.get(`${cause ?? ''}|${month}`);
      const computed = row?.availability ?? null;
      const reported = row?.reported;
      const shown = reported?.value ?? computed;
      const met = target === null || shown === null ? null : meets(shown, target);
      return {
        month,
        computed,
        ...(reported ? { reported } : {}),
        shown,
        differs: reported !== undefined && computed !== null && Math.abs(reported.value - computed) > DIFFERENCE,
        met,
        legend: cellLegend(met, row),
        withPlanned: row?.availabilityWithPlanned ?? null,
        minutes: row ? { outage: row.outageMinutes, weightedDegraded: row.weightedDegradedMinutes, planned: row.plannedMinutes } : undefined,
      };
    });
    return { system, ...(cause ? { cause } : {}), target, cells };
  });
}

export function reportTable(content: Pick<Content, 'site' | 'systems' | 'reports'>, rows: readonly AvailabilityRow[], report: Report): ReportTable {
  const months = lastTwelveMonths(report.month);
  const systems = sortSystems(content.systems);
  const groupNames = [...new Set(systems.map((s) => s.group))];

  const groups = groupNames.map((name): ReportGroup => {
    const members = systems.filter((s) => s.group === name);
    const tableRows = members.flatMap((system) => systemRows(content, rows, system, months));
    const perMonth = requestsByMonth(content.reports, name, members);
    const requests = months.map((month) => perMonth.get(month) ?? null);
    return {
      name,
      rows: tableRows,
      requests: requests.some((r) => r !== null) ? requests : undefined,
      changes: countFor(report.changes, name, members),
      serviceWindows: countFor(report.serviceWindows, name, members),
    };
  });
  return { months, groups: groups.filter((g) => g.rows.length > 0) };
}
