/**
 * What people are told about, as events with ids that never change between builds or runs: the
 * notifications' counterpart of the feed items. The ids are the feed guids without the site's address
 * (`incidents/app-down/`, `incidents/app-down/#update-20260310T091000Z`,
 * `maintenance/upgrade/#rescheduled-…`, `…#cancelled`), so an event is the same whatever the site's
 * address or language; reminders, starts and ends, which the feeds do not have, are named after the
 * window's start (`maintenance/upgrade/#reminder-20260311T043000Z`), so a window that gets a new time
 * gets new reminders. The rules are the feeds' own (incident-updates.ts, window-updates.ts).
 */
import { windowAnnouncementsAt, type FeedContext } from '../feeds.ts';
import { endedWithoutResolved, publishedUpdates, updateAnchor, type IncidentUpdate } from '../incident-updates.ts';
import type { Content, Incident, PlannedWindow } from '../model.ts';
import { windowEnd } from '../status.ts';
import { toIso, type Instant } from '../time.ts';
import type { WindowAnnouncement } from '../window-updates.ts';

const MINUTE = 60_000;
const DAY = 86_400_000;

/** Events older than this when first seen are recorded but not sent: an incident written up afterwards is not news. */
export const MAX_AGE_MS = DAY;

export type IncidentEventKind = 'incident.opened' | 'incident.update' | 'incident.resolved';
export type WindowEventKind =
  | 'window.announced'
  | 'window.rescheduled'
  | 'window.cancelled'
  | 'window.reminder'
  | 'window.soon'
  | 'window.started'
  | 'window.ended';

interface EventBase {
  /** Stable id: a site-relative address, unique per event. */
  id: string;
  /** Site-relative address of the page (and place on it) that tells the event. */
  path: string;
  /** When it happened. */
  at: Instant;
  /** Whether it is too old to tell by now (see `MAX_AGE_MS`; a window is old news once it is over). */
  stale: boolean;
}

export type NotifyEvent =
  | (EventBase & { kind: IncidentEventKind; incident: Incident; update?: IncidentUpdate })
  | (EventBase & { kind: WindowEventKind; window: PlannedWindow; announcement?: WindowAnnouncement });

/** Which reminders and messages of planned work there are (site.yaml `notify.reminders`). */
export interface ReminderRules {
  notice: boolean;
  beforeStartMinutes: number;
  startAndEnd: boolean;
}

export type EventContext = Pick<FeedContext, 'now' | 'historyOf' | 'revisionsOf'> & {
  reminders: ReminderRules;
  /** site.yaml `notice.minimumDays`: the notice reminder comes this long before the start. */
  minimumDays: number;
};

/** A compact UTC time for ids: `20261210T043000Z`. */
const stamp = (instant: Instant) => toIso(instant).replace(/[-:]/g, '');

/** An incident's events that have happened by `now`: opened, each update (a `resolved` one resolves it), resolved at its end. */
export function incidentEvents(incident: Incident, now: Instant): NotifyEvent[] {
  if (incident.start > now) return [];
  const page = `incidents/${incident.slug}/`;
  const stale = (at: Instant) => now - at > MAX_AGE_MS;
  const events: NotifyEvent[] = [{ kind: 'incident.opened', id: page, path: page, at: incident.start, stale: stale(incident.start), incident }];
  for (const update of publishedUpdates(incident, now)) {
    const id = `${page}#${updateAnchor(update.at)}`;
    const kind = update.status === 'resolved' ? 'incident.resolved' : 'incident.update';
    events.push({ kind, id, path: id, at: update.at, stale: stale(update.at), incident, update });
  }
  const end = endedWithoutResolved(incident, now);
  if (end !== undefined) events.push({ kind: 'incident.resolved', id: `${page}#resolved`, path: `${page}#resolved`, at: end, stale: stale(end), incident });
  return events;
}

/** A window's events by `now`: each announcement (as the feeds have them), then the reminders, start and end the rules ask for. */
export function windowEvents(window: PlannedWindow, context: EventContext): NotifyEvent[] {
  const { now } = context;
  const page = `maintenance/${window.slug}/`;
  const over = windowEnd(window) <= now;
  const told = windowAnnouncementsAt(window, context);
  const events: NotifyEvent[] = told.map((announcement) => {
    const kind = announcement.kind === 'scheduled' ? 'window.announced' : announcement.kind === 'rescheduled' ? 'window.rescheduled' : 'window.cancelled';
    const id = announcement.fragment ? `${page}#${announcement.fragment}` : page;
    // A cancellation is news until the time it frees has passed; anything else until the work is over.
    const stale = announcement.kind === 'cancelled' ? announcement.end <= now : over;
    return { kind, id, path: id, at: Math.min(announcement.at, now), stale, window, announcement };
  });
  if (window.cancelled || told.length === 0) return events;
  // When the present times were told: reminders before that would repeat the announcement.
  const toldAt = Math.min(told.findLast((a) => a.kind !== 'cancelled')?.at ?? told[0]!.at, now);
  const at = (kind: WindowEventKind, when: Instant, until: Instant) => {
    const id = `${page}#${kind.slice('window.'.length)}-${stamp(window.start)}`;
    if (when > now || when <= toldAt) return;
    events.push({ kind, id, path: page, at: when, stale: now >= until, window });
  };
  const { reminders } = context;
  if (reminders.notice && window.downtime && context.minimumDays > 0) at('window.reminder', window.start - context.minimumDays * DAY, window.start);
  if (reminders.beforeStartMinutes > 0) at('window.soon', window.start - reminders.beforeStartMinutes * MINUTE, window.start);
  if (reminders.startAndEnd) {
    at('window.started', window.start, windowEnd(window));
    at('window.ended', windowEnd(window), windowEnd(window) + MAX_AGE_MS);
  }
  return events;
}

/** Every event of the content by `context.now`, oldest first (ties by id, so the order never depends on file order). */
export function notifyEvents(content: Pick<Content, 'incidents' | 'maintenance'>, context: EventContext): NotifyEvent[] {
  return [
    ...content.incidents.flatMap((incident) => incidentEvents(incident, context.now)),
    ...content.maintenance.flatMap((window) => windowEvents(window, context)),
  ].sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Whether an event is about incidents or planned work. */
export function eventCategory(event: NotifyEvent): 'incidents' | 'planned' {
  return 'incident' in event ? 'incidents' : 'planned';
}
