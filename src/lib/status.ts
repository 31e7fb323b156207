/**
 * What state each system is in at an instant. The one place that decides which state wins.
 */
import { affects, primaryEnvironment, type Affecting, type Incident, type PlannedWindow, type System } from './model.ts';
import type { Instant } from './time.ts';

/** What the status rules read of an incident: browsers get only this much (see live.ts). */
export type IncidentTiming = Pick<Incident, 'start' | 'end' | 'impact'> & Affecting;
/** What "is this window open" reads of a planned window: all a page needs to embed for the browser to ask. */
export type WindowTimes = Pick<PlannedWindow, 'start' | 'end' | 'finished' | 'cancelled'>;
/** What the status rules read of a planned window. */
export type WindowTiming = WindowTimes & Pick<PlannedWindow, 'downtime'> & Affecting;

/** States from best to worst. A fault during planned work is worse news than the planned work. */
export const STATUSES = ['operational', 'maintenance', 'degraded', 'outage'] as const;
export type Status = (typeof STATUSES)[number];

/** The worse of the states given; `operational` for none. */
export function worst(statuses: Iterable<Status>): Status {
  let result: Status = 'operational';
  for (const status of statuses) if (STATUSES.indexOf(status) > STATUSES.indexOf(result)) result = status;
  return result;
}

/** Whether an incident has begun and is not over at `now`. */
export function isOpen(incident: IncidentTiming, now: Instant): boolean {
  return incident.start <= now && (incident.end === undefined || now < incident.end);
}

/** When a window's work really ends: `finished` when given, else the planned `end`. */
export function windowEnd(window: Pick<WindowTimes, 'end' | 'finished'>): Instant {
  return window.finished ?? window.end;
}

/** Whether a window (cancelled ones never are) is under way at `now`, with or without downtime. */
export function isActive(window: WindowTimes, now: Instant): boolean {
  return windowState(window, now) === 'active';
}

/** Whether a window is still to come or under way at `now`: neither cancelled nor over. */
export function isPending(window: WindowTimes, now: Instant): boolean {
  const state = windowState(window, now);
  return state === 'planned' || state === 'active';
}

/** The state of one environment of one system at `now`: worst of its open incidents and active windows with downtime. */
export function environmentStatus(
  system: string,
  environment: string,
  incidents: readonly IncidentTiming[],
  windows: readonly WindowTiming[],
  now: Instant,
): Status {
  const faults = incidents
    .filter((incident) => isOpen(incident, now) && affects(incident, system, environment))
    .map((incident) => incident.impact);
  const planned = windows
    .filter((window) => window.downtime && isActive(window, now) && affects(window, system, environment))
    .map((): Status => 'maintenance');
  return worst([...faults, ...planned]);
}

/** A system's state as readers see it: that of its primary (first) environment. */
export function systemStatus(
  system: System,
  incidents: readonly Incident[],
  windows: readonly PlannedWindow[],
  now: Instant,
): Status {
  const primary = primaryEnvironment(system);
  return environmentStatus(system.id, primary, incidents, windows, now);
}

/** Where a planned window stands at `now`. */
export type WindowState = 'planned' | 'active' | 'over' | 'cancelled';

/**
 * Where a window stands at `now`: the one rule for "is this window open", used by the build and by the
 * browser's live script. It runs from `start` (inclusive) to its `finished` or planned `end` (exclusive).
 * @example
 * windowState({ start: at('05:30'), end: at('09:00'), finished: at('06:15'), cancelled: false }, at('06:15')) // 'over'
 */
export function windowState(window: WindowTimes, now: Instant): WindowState {
  if (window.cancelled) return 'cancelled';
  if (now < window.start) return 'planned';
  return now < windowEnd(window) ? 'active' : 'over';
}
