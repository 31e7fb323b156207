/**
 * Everything the pages show that depends on the whole content and on `now`, computed once per build
 * so that no page repeats work that grows with the corpus.
 */
import { barAvailability, dailyStatuses, type DayState } from './bars.ts';
import { allEvents, eventsOfSystem, type SiteEvent } from './events.ts';
import { homeView, type HomeView } from './home.ts';
import { sortSystems } from './sort.ts';
import { primaryEnvironment, type Content, type PlannedWindow, type System } from './model.ts';
import { environmentStatus, systemStatus, windowEnd, type Status } from './status.ts';
import type { Instant } from './time.ts';

export interface SystemSummary {
  system: System;
  /** State of the primary environment now: the system's state as readers see it. */
  status: Status;
  /** State of each environment now, in the system's order. */
  environments: { id: string; status: Status }[];
  /** The primary environment's last 90 local days. */
  days: DayState[];
  /** Availability of the primary environment over those days, by the published formula; null when nothing was measured. */
  uptime: number | null;
  /** Events touching the system that have begun by now, latest first. */
  history: SiteEvent[];
  /** Planned windows of the system still to come or under way, soonest first. */
  upcoming: PlannedWindow[];
}

export interface SiteState {
  now: Instant;
  home: HomeView;
  /** Events that have begun by now, latest start first: the history. */
  history: SiteEvent[];
  /** Systems in listing order. */
  systems: SystemSummary[];
  systemById: Map<string, System>;
}

export function siteStateAt(content: Content, now: Instant): SiteState {
  const { incidents, maintenance, site } = content;
  const history = allEvents(content).filter((event) => event.entry.start <= now);
  const upcoming = content.maintenance.filter((w) => windowEnd(w) > now);
  const systems = sortSystems(content.systems).map((system): SystemSummary => ({
    system,
    status: systemStatus(system, incidents, maintenance, now),
    environments: system.environments.map(({ id }) => ({
      id,
      status: environmentStatus(system.id, id, incidents, maintenance, now),
    })),
    days: dailyStatuses(system.id, primaryEnvironment(system), incidents, maintenance, now, site.timezone),
    uptime: barAvailability({ system: system.id, environment: primaryEnvironment(system), now, timeZone: site.timezone }, incidents, maintenance, site.sla),
    history: eventsOfSystem(history, system.id),
    upcoming: upcoming.filter((w) => w.systems.includes(system.id)),
  }));
  return {
    now,
    home: homeView(content, now),
    history,
    systems,
    systemById: new Map(content.systems.map((s) => [s.id, s])),
  };
}
