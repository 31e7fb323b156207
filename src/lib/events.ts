/** Incidents and planned windows as one list of events, as history and system pages show them. */
import type { Content, Incident, PlannedWindow } from './model.ts';
import { compareText } from './sort.ts';

/** Events per page of the history lists. */
export const PAGE_SIZE = 25;

export type SiteEvent =
  | { type: 'incident'; entry: Incident }
  | { type: 'maintenance'; entry: PlannedWindow };

/** Every incident and window, latest start first (planned windows still to come at the top). */
export function allEvents(content: Pick<Content, 'incidents' | 'maintenance'>): SiteEvent[] {
  return [
    ...content.incidents.map((entry): SiteEvent => ({ type: 'incident', entry })),
    ...content.maintenance.map((entry): SiteEvent => ({ type: 'maintenance', entry })),
  ].sort(
    (a, b) => b.entry.start - a.entry.start || compareText(a.type, b.type) || compareText(a.entry.slug, b.entry.slug),
  );
}

/** The events that touch `system`, in the same order. */
export function eventsOfSystem(events: readonly SiteEvent[], system: string): SiteEvent[] {
  return events.filter((event) => event.entry.systems.includes(system));
}
