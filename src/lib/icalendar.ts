/**
 * iCalendar (RFC 5545) of planned windows, written by ical-generator. Times are in UTC, so every client
 * shows them in its own zone without needing a VTIMEZONE. Each window is one event:
 *
 * - UID `<slug>@<site host>`: the file name, so it never changes while the file keeps its name;
 * - DTEND: the actual end once the work has finished (`finished`, when it has passed), else the planned end;
 * - SEQUENCE, DTSTAMP and LAST-MODIFIED: from the event's own revisions as the content tells them
 *   (`eventRevisions`), never from the git history of its file as a whole. A schedule file holds hundreds
 *   of events, and a commit to it (a comment, a new step, a skipped date) says nothing about which of them
 *   changed; counting its commits bumped every event at once. What the content does say: an occurrence
 *   replaced by an override file, a recorded finish, a cancellation. Each is one revision, so SEQUENCE is
 *   their number and DTSTAMP the last of their instants: the same content at two build instants gives the
 *   same event, with no state kept between builds. A revision the content does not record (an editor
 *   retiming a one-off file in place) is not counted: subscribers still get the new times, as clients
 *   replace a subscribed event by UID;
 * - a cancelled window stays, with STATUS:CANCELLED, a summary starting with the translated "Cancelled:"
 *   and TRANSP:TRANSPARENT (Outlook ignores the status, and would still show it as busy downtime); a
 *   window without downtime is TRANSPARENT too.
 */
import ical, { ICalEventStatus, ICalEventTransparency } from 'ical-generator';
import { windowHeadline, type FeedContext } from './feeds.ts';
import type { FileHistory, PlannedWindow } from './model.ts';
import { announcedAt } from './notice.ts';
import type { Instant } from './time.ts';

export interface CalendarOptions {
  /** Calendar name shown by clients. */
  name: string;
  /** The page the calendar belongs to. */
  url: string;
}

/** What an event's SEQUENCE and stamps are made of: when it was created, and when it was revised since. */
export interface EventRevisions {
  created: Instant;
  /** Instants of the revisions after creation, in the order the rule lists them (not sorted). */
  revisions: Instant[];
}

/**
 * The revisions of a window that its content records, at `now`. Created: its file's first commit, else
 * when it was announced. Revised: by an override file (dated by that file's first commit, which is the
 * override), by its finish once that has passed, and by its cancellation (dated like the feeds'
 * cancellation item: the file's last commit, never before the creation).
 * @example
 * eventRevisions(plannedWindow({ start, end, finished: start + HOUR }), undefined, start + 2 * HOUR) // { created: start, revisions: [start + HOUR] }
 */
export function eventRevisions(window: PlannedWindow, history: FileHistory | undefined, now: Instant): EventRevisions {
  const created = history?.firstCommitted ?? announcedAt(window, undefined);
  const revisions: Instant[] = [];
  if (window.overrides) revisions.push(created);
  if (window.finished !== undefined && window.finished <= now) revisions.push(window.finished);
  if (window.cancelled) revisions.push(Math.max(created, history?.lastCommitted ?? created));
  return { created, revisions };
}

/** When a window's event ends: its recorded finish once that has passed, else the planned end. */
export function eventEnd(window: Pick<PlannedWindow, 'end' | 'finished'>, now: Instant): Instant {
  return window.finished !== undefined && window.finished <= now ? window.finished : window.end;
}

export function calendarIcs(windows: readonly PlannedWindow[], options: CalendarOptions, context: FeedContext): string {
  const { t } = context;
  const host = new URL(context.siteUrl).host;
  const calendar = ical({
    name: options.name,
    url: options.url,
    prodId: { company: 'Driftstatus', product: 'driftstatus', language: 'EN' },
    ttl: 60 * 60,
  });
  const sorted = [...windows].sort((a, b) => a.start - b.start || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
  for (const window of sorted) {
    const { created, revisions } = eventRevisions(window, context.historyOf(window.file), context.now);
    const modified = new Date(Math.max(created, ...revisions));
    const page = `${context.siteUrl}maintenance/${window.slug}/`;
    calendar.createEvent({
      id: `${window.slug}@${host}`,
      sequence: revisions.length,
      stamp: modified,
      created: new Date(created),
      lastModified: modified,
      start: new Date(window.start),
      end: new Date(eventEnd(window, context.now)),
      summary: `${window.cancelled ? `${t('maintenance.cancelled')}: ` : ''}${windowHeadline(window, context)}`,
      description: [
        context.affected(window),
        window.downtime ? t('maintenance.downtimeYes') : t('maintenance.downtimeNo'),
        window.body.trim(),
        page,
      ]
        .filter(Boolean)
        .join('\n\n'),
      url: page,
      status: window.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      transparency: window.downtime && !window.cancelled ? ICalEventTransparency.OPAQUE : ICalEventTransparency.TRANSPARENT,
      categories: [{ name: t(`kind.${window.kind}`) }],
    });
  }
  // RFC 5545 §3.1: every content line, the last one too, ends with CRLF.
  return `${calendar.toString()}\r\n`;
}
