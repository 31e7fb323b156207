/**
 * What the home page shows at an instant: computed once, displayed by the page.
 */
import { affects, primaryEnvironment, type Content, type Environment, type Incident, type PlannedWindow, type System } from './model.ts';
import { environmentStatus, isActive, isOpen, systemStatus, windowState, worst, type Status } from './status.ts';
import type { Instant } from './time.ts';
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

export interface HomeView {
  /** The banner: worst state of all systems. */
  status: Status;
  groups: SystemGroup[];
  /** Incidents open now, latest start first. */
  ongoing: Incident[];
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
    ongoing: incidents.filter((i) => isOpen(i, now)).sort((a, b) => b.start - a.start || compareText(a.slug, b.slug)),
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
