/**
 * What a system's page shows: its state per environment, the 90-day bar, availability over the last
 * twelve months, the coming windows and its latest events.
 */
import type { SiteEvent } from '../events.ts';
import { primaryEnvironment, type Content, type Environment, type System } from '../model.ts';
import { lastTwelveMonths, systemRows, type ReportRow } from '../report-table.ts';
import type { SiteState, SystemSummary } from '../site-state.ts';
import { fraction, type AvailabilityRow } from '../sla.ts';
import type { Status } from '../status.ts';
import { localMonth, type Instant, type Month } from '../time.ts';
import { dayBarView, systemHistoryBase, type DayBarView } from './day-bar.ts';
import { filterLinks, type HistoryPage } from './history.ts';

/** How many coming windows and past events a system's page lists; the rest are on its history pages. */
export const LISTED_ON_SYSTEM_PAGE = 10;

export interface SystemView {
  system: System;
  /** The state of the primary environment: the system's state. */
  status: Status;
  /** The SLA target as a fraction, if the system has one. */
  target: number | undefined;
  /** Each environment's state now, in the system's order. */
  environments: {
    environment: Environment;
    status: Status;
    /** Marked as the primary one: the first, when the system has several. */
    primary: boolean;
  }[];
  /** The primary environment's last 90 local days, each linked to its events, and the availability over them. */
  bar: DayBarView;
  /** Availability of the primary environment (per cause where it splits) over the twelve months ending with now's. */
  availability: { months: Month[]; rows: ReportRow[] };
  /** Windows still to come or under way, soonest first. */
  upcoming: SiteEvent[];
  /** The latest events that have begun. */
  recent: SiteEvent[];
  /** Links to the system's whole history: all events, incidents only, planned work only. */
  historyFilters: HistoryPage['filters'];
}

/** One page per system, in listing order. */
export function systemViews(content: Pick<Content, 'site'>, state: Pick<SiteState, 'systems' | 'now'>, rows: readonly AvailabilityRow[]): SystemView[] {
  return state.systems.map((summary) => systemView(content, summary, rows, state.now));
}

/** The page of the system that `summary` describes, with its availability from the site's `rows`. */
export function systemView(content: Pick<Content, 'site'>, summary: SystemSummary, rows: readonly AvailabilityRow[], now: Instant): SystemView {
  const { system, history } = summary;
  const months = lastTwelveMonths(localMonth(now, content.site.timezone));
  const statuses = new Map(summary.environments.map(({ id, status }) => [id, status]));
  const primary = primaryEnvironment(system);
  return {
    system,
    status: summary.status,
    target: system.sla === undefined ? undefined : fraction(system.sla),
    environments: system.environments.map((environment) => ({
      environment,
      status: statuses.get(environment.id) ?? 'operational',
      primary: environment.id === primary && system.environments.length > 1,
    })),
    bar: dayBarView(summary, now, content.site.timezone),
    availability: { months, rows: systemRows(content, rows, system, months) },
    upcoming: summary.upcoming.slice(0, LISTED_ON_SYSTEM_PAGE).map((entry): SiteEvent => ({ type: 'maintenance', entry })),
    recent: history.slice(0, LISTED_ON_SYSTEM_PAGE),
    historyFilters: filterLinks(systemHistoryBase(system.id)),
  };
}
