/**
 * What the report pages show: the list of monthly reports, and for one report the Danish-style table
 * per group with where reported and computed figures differ and the outage minutes its chart draws,
 * the 24/7 figures of its month, and the month's incidents with their response times.
 */
import { outageMinutes, type OutageSeries } from '../charts.ts';
import { primaryEnvironment, type Content, type Incident, type Report } from '../model.ts';
import { reportTable, type ReportCell, type ReportGroup, type ReportRow } from '../report-table.ts';
import { responseTimes, targetsFor, targetsMet, type ResponseTimes } from '../response-times.ts';
import { rowsOf, type AvailabilityRow } from '../sla.ts';
import { monthInterval, type Instant, type Month } from '../time.ts';
import { incidentPath } from './context.ts';

export interface ReportGroupView extends ReportGroup {
  /** A stable id for the group's heading: its first system's id. */
  id: string;
  /** The cells whose reported figure differs from the computed one, row by row. */
  differing: { row: ReportRow; cell: ReportCell }[];
  /** Outage minutes per month of the group's systems, by cause where the group splits. */
  outage: OutageSeries[];
  /**
   * Weighted degraded minutes per month of the group's systems (all causes): what missing functionality
   * took off the figures, drawn beside the outage minutes; undefined when there is none in the 12 months.
   */
  degraded: number[] | undefined;
  /** Each row's report-month cell: the computed SLA figure beside the 24/7 one (planned downtime counted). */
  roundTheClock: { row: ReportRow; cell: ReportCell }[];
}

export interface ReportIncident {
  incident: Incident;
  /** The incident's page below the locale's root. */
  path: string;
  response: ResponseTimes;
}

export interface ReportView {
  report: Report;
  /** The 12 months ending with the report's month. */
  months: Month[];
  groups: ReportGroupView[];
  /** The incidents that were open at some time in the report's month, oldest first. */
  incidents: ReportIncident[];
  /** Of the month's incidents' times with a target that are decided, how many met it. */
  met: { firstUpdate: { met: number; of: number }; resolution: { met: number; of: number } };
}

/** The monthly reports, newest first. */
export function reportList(content: Pick<Content, 'reports'>): Report[] {
  return [...content.reports].sort((a, b) => (a.month < b.month ? 1 : -1));
}

/** The incidents open at some time in `month` (cut at local midnight) and begun by `now`, oldest first. */
export function incidentsOfMonth(content: Pick<Content, 'site' | 'incidents'>, month: Month, now: Instant): Incident[] {
  const { start, end } = monthInterval(month, content.site.timezone);
  return content.incidents
    .filter((i) => i.start < end && i.start <= now && (i.end === undefined || i.end > start))
    .sort((a, b) => a.start - b.start || (a.slug < b.slug ? -1 : 1));
}

function weightedDegraded(rows: readonly AvailabilityRow[], group: ReportGroup, months: readonly Month[]): number[] | undefined {
  const ours = [...new Set(group.rows.map((r) => r.system))].flatMap((system) => rowsOf(rows, system.id, primaryEnvironment(system)));
  const minutes = months.map((month) => ours.filter((r) => r.month === month && r.cause === undefined).reduce((sum, r) => sum + r.weightedDegradedMinutes, 0));
  return minutes.some((m) => m > 0) ? minutes : undefined;
}

/** The page of one monthly report at `now`, from the site's availability `rows`. */
export function reportView(
  content: Pick<Content, 'site' | 'systems' | 'reports' | 'incidents'>,
  rows: readonly AvailabilityRow[],
  report: Report,
  now: Instant,
): ReportView {
  const table = reportTable(content, rows, report);
  const incidents = incidentsOfMonth(content, report.month, now).map((incident) => ({
    incident,
    path: incidentPath(incident.slug),
    response: responseTimes(incident, targetsFor(content.site, incident.impact), now),
  }));
  return {
    report,
    months: table.months,
    groups: table.groups.map((group) => ({
      ...group,
      id: group.rows[0]?.system.id ?? '',
      differing: group.rows.flatMap((row) => row.cells.filter((cell) => cell.differs).map((cell) => ({ row, cell }))),
      outage: outageMinutes(rows, [...new Set(group.rows.map((r) => r.system))], table.months),
      degraded: weightedDegraded(rows, group, table.months),
      roundTheClock: group.rows.flatMap((row) => {
        const cell = row.cells.at(-1);
        return cell ? [{ row, cell }] : [];
      }),
    })),
    incidents,
    met: {
      firstUpdate: targetsMet(incidents.map((i) => i.response.firstUpdate)),
      resolution: targetsMet(incidents.map((i) => i.response.resolution)),
    },
  };
}
