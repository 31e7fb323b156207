/**
 * What the availability page shows besides the formula: for each system's first environment over the
 * last twelve months, the availability as the SLA counts it beside the 24/7 one (planned downtime
 * counted), by the same formula (availability.ts).
 */
import { availability } from '../availability.ts';
import { primaryEnvironment, type Content, type System } from '../model.ts';
import { sortSystems } from '../sort.ts';
import { addMonths, localMonth, monthInterval, type Instant, type Month } from '../time.ts';

export interface RoundTheClockRow {
  system: System;
  environment: string;
  /** As the site's SLA rules count it; null when nothing was measured. */
  sla: number | null;
  /** Planned downtime counted as unavailable. */
  withPlanned: number | null;
  plannedMinutes: number;
}

export interface AvailabilityView {
  /** The first and last month of the period; it runs from the first's start to `now`. */
  first: Month;
  last: Month;
  rows: RoundTheClockRow[];
}

/** The last twelve months up to `now` (the month of `now` included, up to `now`). */
export function availabilityView(content: Pick<Content, 'site' | 'systems' | 'incidents' | 'maintenance'>, now: Instant): AvailabilityView {
  const { site } = content;
  const last = localMonth(now, site.timezone);
  const first = addMonths(last, -11);
  const period = { start: monthInterval(first, site.timezone).start, end: monthInterval(last, site.timezone).end };
  const rows = sortSystems(content.systems).map((system): RoundTheClockRow => {
    const environment = primaryEnvironment(system);
    const incidents = content.incidents.filter((i) => i.systems.includes(system.id));
    const windows = content.maintenance.filter((w) => w.systems.includes(system.id));
    const result = availability({ system: system.id, environment, period, now }, incidents, windows, site.sla);
    return { system, environment, sla: result.availability, withPlanned: result.availabilityWithPlanned, plannedMinutes: result.plannedMinutes };
  });
  return { first, last, rows };
}
