/**
 * iCalendar (RFC 5545) of planned windows, written by ical-generator. Times are in UTC, so every client
 * shows them in its own zone without needing a VTIMEZONE. Each window is one event:
 *
 * - UID `<slug>@<site host>`: the file name, so it never changes while the file keeps its name;
 * - DTEND: the actual end once the work has finished (`finished`, when it has passed), else the planned end;
 * - SEQUENCE, DTSTAMP and LAST-MODIFIED count and date the event's own revisions (`eventRevisions`), so
 *   that the same content gives the same event at any build instant, with no state kept between builds.
 *   A window in a file of its own (a one-off, or an override of a schedule's occurrence) *is* that file:
 *   each commit after the first revised it (its times, its text, its cancellation). An override keeps
 *   the UID of the occurrence it replaces and is one more revision of it, counted on top of the
 *   schedule file's (so that SEQUENCE never goes down when an override appears); a finish that passes after the last commit is one more
 *   too, as it changes DTEND with no commit. An occurrence of a schedule counts the schedule file's
 *   commits: a commit to it may retime every occurrence, and a client only takes a retimed event whose
 *   SEQUENCE grew. (A comment-only commit therefore bumps them all: telling which occurrences really
 *   changed needs each revision of the schedule expanded, which is not done yet.)
 *   Outside git, the revisions the content records stand in for commits: a cancellation, a passed finish;
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

/** An event's revision count (its SEQUENCE) and when it was created and last revised. */
export interface EventRevisions {
  created: Instant;
  modified: Instant;
  sequence: number;
}

/**
 * The revisions of a window's event at `now`, from its file's `history` (see the header). Created: the
 * file's first commit, else when the window was announced.
 * @example
 * // A one-off file committed three times, the last at `last`:
 * eventRevisions(window, { firstCommitted, lastCommitted: last, commits: 3 }, now) // { created: firstCommitted, modified: last, sequence: 2 }
 */
export function eventRevisions(window: PlannedWindow, history: FileHistory | undefined, now: Instant, replaced?: FileHistory): EventRevisions {
  const created = history?.firstCommitted ?? announcedAt(window, undefined);
  // An override continues the event of the occurrence it replaces: its SEQUENCE must pass the schedule's.
  let sequence = (window.overrides ? 1 : 0) + (replaced ? replaced.commits - 1 : 0);
  let modified = created;
  if (history) {
    sequence += history.commits - 1;
    modified = history.lastCommitted;
  } else if (window.cancelled) {
    sequence += 1;
  }
  if (window.finished !== undefined && window.finished <= now && window.finished > (history?.lastCommitted ?? -Infinity)) {
    sequence += 1;
    modified = Math.max(modified, window.finished);
  }
  return { created, modified, sequence };
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
    const scheduleFile = window.overrides ? window.series?.planned?.file : undefined;
    const revisions = eventRevisions(window, context.historyOf(window.file), context.now, scheduleFile ? context.historyOf(scheduleFile) : undefined);
    const modified = new Date(revisions.modified);
    const page = `${context.siteUrl}maintenance/${window.slug}/`;
    calendar.createEvent({
      id: `${window.slug}@${host}`,
      sequence: revisions.sequence,
      stamp: modified,
      created: new Date(revisions.created),
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
