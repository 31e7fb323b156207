/**
 * What the report pages show: the list of monthly reports, and for one report the Danish-style table
 * per group with where reported and computed figures differ and the outage minutes its chart draws.
 */
import { outageMinutes, type OutageSeries } from '../charts.ts';
import type { Content, Report } from '../model.ts';
import { reportTable, type ReportCell, type ReportGroup, type ReportRow } from '../report-table.ts';
import type { AvailabilityRow } from '../sla.ts';
import type { Month } from '../time.ts';

export interface ReportGroupView extends ReportGroup {
  /** A stable id for the group's heading: its first system's id. */
  id: string;
  /** The cells whose reported figure differs from the computed one, row by row. */
  differing: { row: ReportRow; cell: ReportCell }[];
  /** Outage minutes per month of the group's systems, by cause where the group splits. */
  outage: OutageSeries[];
}

export interface ReportView {
  report: Report;
  /** The 12 months ending with the report's month. */
  months: Month[];
  groups: ReportGroupView[];
}

/** The monthly reports, newest first. */
export function reportList(content: Pick<Content, 'reports'>): Report[] {
  return [...content.reports].sort((a, b) => (a.month < b.month ? 1 : -1));
}

/** The page of one monthly report, from the site's availability `rows`. */
export function reportView(content: Pick<Content, 'site' | 'systems' | 'reports'>, rows: readonly AvailabilityRow[], report: Report): ReportView {
  const table = reportTable(content, rows, report);
  return {
    report,
    months: table.months,
    groups: table.groups.map((group) => ({
      ...group,
      id: group.rows[0]?.system.id ?? '',
      differing: group.rows.flatMap((row) => row.cells.filter((cell) => cell.differs).map((cell) => ({ row, cell }))),
      outage: outageMinutes(rows, [...new Set(group.rows.map((r) => r.system))], table.months),
    })),
  };
}
