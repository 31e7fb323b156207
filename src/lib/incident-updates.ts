/**
 * An incident's updates as readers get them: which are out at an instant, how one is linked to, and
 * when an incident that ended without saying so is marked resolved. The feeds, the JSON API and the
 * incident page share these rules.
 */
import type { Incident } from './model.ts';
import { toIso, type Instant } from './time.ts';

/** One update of an incident, as written in its file. */
export type IncidentUpdate = Incident['updates'][number];

/** The fragment that addresses one update on an incident page, e.g. `update-20240306T044000Z`. */
export function updateAnchor(at: Instant): string {
  return `update-${toIso(at).replace(/[-:]/g, '')}`;
}

/** The updates published by `now`, oldest first. */
export function publishedUpdates(incident: Pick<Incident, 'updates'>, now: Instant): IncidentUpdate[] {
  return incident.updates.filter((update) => update.at <= now);
}

/**
 * The end of an incident that is over at `now` but whose last published update does not say
 * `resolved`; undefined otherwise. There the feeds and the API add a "resolved" entry of their own at
 * the end, so that a reader never sees an incident that is over end on "monitoring". The last update
 * decides, not any earlier one: `[resolved, monitoring]` is an incident that came back, and its end
 * still needs saying.
 *
 * @example
 * // ended 09:00, updates [resolved 08:30, monitoring 08:45]  → the end (09:00)
 * // ended 09:00, updates [monitoring 08:30, resolved 09:00]  → undefined
 */
export function endedWithoutResolved(incident: Pick<Incident, 'end' | 'updates'>, now: Instant): Instant | undefined {
  if (incident.end === undefined || incident.end > now) return undefined;
  return publishedUpdates(incident, now).at(-1)?.status === 'resolved' ? undefined : incident.end;
}
