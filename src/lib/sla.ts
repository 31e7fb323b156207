/**
 * Availability per system, environment (and cause) and month, against SLA targets, beside the figures
 * that monthly reports state: the numbers of /api/availability.json and of the report tables.
 */
import { availability, type Availability } from './availability.ts';
import { affects, primaryEnvironment, type Content, type Incident, type System } from './model.ts';
import { sortSystems } from './sort.ts';
import { addMonths, localMonth, monthInterval, type Instant, type Month } from './time.ts';

export type Cause = NonNullable<Incident['cause']>;
export const CAUSES_IN_REPORTS: readonly Cause[] = ['application', 'infrastructure'];

export interface ReportedFigure {
  /** A fraction, e.g. 0.9982. */
  value: number;
  /** The report (month) that states it; a later report restating a month wins. */
  report: Month;
  note?: string;
}

export interface AvailabilityRow extends Availability {
  system: string;
  environment: string;
  /** Set on the rows of a system whose report splits by cause. */
  cause?: Cause;
  month: Month;
  /** The system's target as a fraction, for its first environment; null for the others. */
  target: number | null;
  /** Whether the computed availability meets the target at the precision published (0.01 percentage points). */
  met: boolean | null;
  /** The figure a report states, and whether that one meets the target. */
  reported?: ReportedFigure & { met: boolean | null };
}

/** A percentage as a fraction without binary noise: 99.9 → 0.999, not 0.9990000000000001. */
export function fraction(percent: number): number {
  return Number((percent / 100).toPrecision(12));
}

/** Whether `value` meets `target`, compared at two decimals in percent, as the tables show them. */
export function meets(value: number, target: number): boolean {
  return Math.round(value * 10_000) >= Math.round(target * 10_000);
}

/** Whether a system's report rows split by cause. */
export function splitsByCause(system: System, content: Pick<Content, 'site'>): boolean {
  return system.byCause ?? content.site.sla.byCause;
}

const key = (system: string, environment: string, cause: string | undefined, month: Month) =>
  `${system}|${environment}|${cause ?? ''}|${month}`;

/** Reported figures by system, environment, cause and month; the latest report stating one wins. */
export function reportedFigures(content: Pick<Content, 'reports' | 'systems'>): Map<string, ReportedFigure> {
  const figures = new Map<string, ReportedFigure>();
  const reports = [...content.reports].sort((a, b) => (a.month < b.month ? -1 : 1));
  for (const report of reports) {
    for (const row of report.availability) {
      const system = content.systems.find((s) => s.id === row.system);
      const environment = row.environment ?? (system ? primaryEnvironment(system) : 'production');
      figures.set(key(row.system, environment, row.cause, row.month ?? report.month), {
        value: fraction(row.value),
        report: report.month,
        ...(row.note ? { note: row.note } : {}),
      });
    }
  }
  return figures;
}

/** The months that have data: from the first month with an event or a reported figure to the month of `now`. */
export function dataMonths(content: Pick<Content, 'incidents' | 'maintenance' | 'reports' | 'site'>, now: Instant): Month[] {
  const tz = content.site.timezone;
  const starts = [
    ...content.incidents.map((i) => localMonth(i.start, tz)),
    ...content.maintenance.filter((w) => w.start <= now).map((w) => localMonth(w.start, tz)),
    ...content.reports.flatMap((r) => [r.month, ...r.availability.map((a) => a.month ?? r.month)]),
  ];
  const last = localMonth(now, tz);
  const first = starts.filter((m) => m <= last).sort()[0];
  const months: Month[] = [];
  for (let month = first ?? last; month <= last; month = addMonths(month, 1)) months.push(month);
  return months;
}

/**
 * Every row: each environment of each system for each month (`months`, default the months with data),
 * plus, for systems split by cause, one row per cause for the first environment.
 */
export function availabilityRows(content: Content, now: Instant, months: readonly Month[] = dataMonths(content, now)): AvailabilityRow[] {
  const reported = reportedFigures(content);
  const { site } = content;
  return sortSystems(content.systems).flatMap((system) => {
    const incidents = content.incidents.filter((i) => i.systems.includes(system.id));
    const windows = content.maintenance.filter((w) => w.systems.includes(system.id));
    return system.environments.flatMap((environment, index) => {
      const target = index === 0 && system.sla !== undefined ? fraction(system.sla) : null;
      const causes: (Cause | undefined)[] = [undefined, ...(index === 0 && splitsByCause(system, content) ? CAUSES_IN_REPORTS : [])];
      const envIncidents = incidents.filter((i) => affects(i, system.id, environment.id));
      const envWindows = windows.filter((w) => affects(w, system.id, environment.id));
      return causes.flatMap((cause) =>
        months.map((month): AvailabilityRow => {
          const result = availability(
            { system: system.id, environment: environment.id, period: monthInterval(month, site.timezone), now, ...(cause ? { cause } : {}) },
            envIncidents,
            envWindows,
            site.sla,
          );
          const figure = reported.get(key(system.id, environment.id, cause, month));
          return {
            system: system.id,
            environment: environment.id,
            ...(cause ? { cause } : {}),
            month,
            ...result,
            target,
            met: target === null || result.availability === null ? null : meets(result.availability, target),
            ...(figure ? { reported: { ...figure, met: target === null ? null : meets(figure.value, target) } } : {}),
          };
        }),
      );
    });
  });
}

const indexes = new WeakMap<readonly AvailabilityRow[], Map<string, AvailabilityRow[]>>();

/**
 * The rows of one system's environment, looked up in an index made once per list of rows: report and
 * system pages ask for a few systems each, and must not scan every row of a decade per page.
 */
export function rowsOf(rows: readonly AvailabilityRow[], system: string, environment: string): readonly AvailabilityRow[] {
  let index = indexes.get(rows);
  if (index === undefined) {
    index = new Map();
    for (const row of rows) {
      const key = `${row.system}|${row.environment}`;
      const list = index.get(key);
      if (list) list.push(row);
      else index.set(key, [row]);
    }
    indexes.set(rows, index);
  }
  return index.get(`${system}|${environment}`) ?? [];
}
