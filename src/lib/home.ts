/**
 * What the home page shows at an instant: computed once, displayed by the page.
 */
import { affects, primaryEnvironment, type Content, type Environment, type Incident, type PlannedWindow, type System } from './model.ts';
import { environmentStatus, isActive, isOpen, systemStatus, windowState, worst, type Status } from './status.ts';
import { addDays, localDate, localDayInterval, type Instant, type LocalDate } from './time.ts';
import { compareText, sortSystems } from './sort.ts';

export interface SystemState {
  system: System;
  /** State of the primary environment: what readers mean by "is it working?". */
  status: Status;
  /** Other environments that are not operational right now. */
  otherEnvironments: { environment: Environment; status: Status }[];
}

export interface SystemGroup {
  /** Group name; undefined for systems without a group. */
  name: string | undefined;
  systems: SystemState[];
}

/** One day of the home page's "past incidents": also the days without any, which say so. */
export interface PastDay {
  date: LocalDate;
  /** Incidents that began that local day, by now; latest start first. */
  incidents: Incident[];
}

/** How many local days the home page's "past incidents" covers, today included. */
export const PAST_DAYS = 14;

export interface HomeView {
  /** The banner: worst state of all systems. */
  status: Status;
  groups: SystemGroup[];
  /** Incidents open now, latest start first. */
  ongoing: Incident[];
  /** Incidents over by now that ended in the last `site.home.recentDays` local days (today included), latest end first. */
  resolved: Incident[];
  /** The last `PAST_DAYS` local days, today first, each with the incidents that began that day by now. */
  pastDays: PastDay[];
  /** Windows under way now, downtime or not. */
  activeWindows: PlannedWindow[];
  /** Windows still to start on a system's first environment (what readers use), soonest first, cancelled ones left out. */
  nextWindows: PlannedWindow[];
  generatedAt: Instant;
}

/** The home page at `now`, showing at most `upcoming` future windows. */
export function homeView(content: Content, now: Instant, upcoming = 5): HomeView {
  const { incidents, maintenance } = content;
  const states = sortSystems(content.systems).map((system): SystemState => ({
    system,
    status: systemStatus(system, incidents, maintenance, now),
    otherEnvironments: system.environments
      .slice(1)
      .map((environment) => ({ environment, status: environmentStatus(system.id, environment.id, incidents, maintenance, now) }))
      .filter(({ status }) => status !== 'operational'),
  }));
  return {
    status: worst(states.map((s) => s.status)),
    groups: groupSystems(states),
    ongoing: incidents.filter((i) => isOpen(i, now)).sort(byStart),
    resolved: recentlyResolved(incidents, now, content.site.timezone, content.site.home.recentDays),
    pastDays: pastDays(incidents, now, content.site.timezone),
    activeWindows: maintenance.filter((w) => isActive(w, now)).sort(bySchedule),
    nextWindows: maintenance
      .filter((w) => windowState(w, now) === 'planned' && content.systems.some((s) => affects(w, s.id, primaryEnvironment(s))))
      .sort(bySchedule)
      .slice(0, upcoming),
    generatedAt: now,
  };
}

/** Groups in the order of their first system; systems without a group first. */
function groupSystems(states: SystemState[]): SystemGroup[] {
  const groups = new Map<string | undefined, SystemState[]>([[undefined, []]]);
  for (const state of states) {
    const name = state.system.group;
    groups.set(name, [...(groups.get(name) ?? []), state]);
  }
  return [...groups].filter(([, systems]) => systems.length > 0).map(([name, systems]) => ({ name, systems }));
}

function bySchedule(a: PlannedWindow, b: PlannedWindow): number {
  return a.start - b.start || a.end - b.end || compareText(a.slug, b.slug);
}

function byStart(a: Incident, b: Incident): number {
  return b.start - a.start || compareText(a.slug, b.slug);
}

/**
 * Incidents that ended by `now`, on one of the `days` local days ending today.
 *
 * @example
 * // now 2026-03-10 10:30 Stockholm, days 7: ended since 2026-03-04 00:00 local time
 */
export function recentlyResolved(incidents: readonly Incident[], now: Instant, timeZone: string, days: number): Incident[] {
  const since = localDayInterval(addDays(localDate(now, timeZone), 1 - days), timeZone).start;
  return incidents
    .filter((i) => i.end !== undefined && i.start <= now && i.end <= now && i.end >= since)
    .sort((a, b) => (b.end ?? 0) - (a.end ?? 0) || byStart(a, b));
}

/** The last `days` local days, today first, with the incidents that began on each by `now`. */
export function pastDays(incidents: readonly Incident[], now: Instant, timeZone: string, days = PAST_DAYS): PastDay[] {
  const today = localDate(now, timeZone);
  const first = localDayInterval(addDays(today, 1 - days), timeZone).start;
  const byDate = new Map<LocalDate, Incident[]>();
  for (const incident of incidents) {
    if (incident.start < first || incident.start > now) continue;
    const date = localDate(incident.start, timeZone);
    byDate.set(date, [...(byDate.get(date) ?? []), incident]);
  }
  return Array.from({ length: days }, (_, index) => {
    const date = addDays(today, -index);
    return { date, incidents: (byDate.get(date) ?? []).sort(byStart) };
  });
}
