/**
 * iCalendar (RFC 5545) of planned windows, written by ical-generator. Times are in UTC, so every client
 * shows them in its own zone without needing a VTIMEZONE. Each window is one event:
 *
 * - UID `<slug>@<site host>`: the file name, so it never changes while the file keeps its name;
 * - SEQUENCE: the number of commits that changed the file after the one that added it (0 outside git),
 *   so it grows whenever an editor commits a change to the window;
 * - DTSTAMP and LAST-MODIFIED: the file's last commit (else `announced`, else the start): never the build time;
 * - a cancelled window stays, with STATUS:CANCELLED; a window without downtime is TRANSPARENT.
 */
import ical, { ICalEventStatus, ICalEventTransparency } from 'ical-generator';
import { windowHeadline, type FeedContext } from './feeds.ts';
import type { PlannedWindow } from './model.ts';
import { announcedAt } from './notice.ts';

export interface CalendarOptions {
  /** Calendar name shown by clients. */
  name: string;
  /** The page the calendar belongs to. */
  url: string;
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
    const history = context.historyOf(window.file);
    const page = `${context.siteUrl}maintenance/${window.slug}/`;
    calendar.createEvent({
      id: `${window.slug}@${host}`,
      sequence: history ? history.commits - 1 : 0,
      stamp: new Date(history?.lastCommitted ?? announcedAt(window, history)),
      ...(history ? { created: new Date(history.firstCommitted), lastModified: new Date(history.lastCommitted) } : {}),
      start: new Date(window.start),
      end: new Date(window.end),
      summary: windowHeadline(window, context),
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
      transparency: window.downtime ? ICalEventTransparency.OPAQUE : ICalEventTransparency.TRANSPARENT,
      categories: [{ name: t(`kind.${window.kind}`) }],
    });
  }
  return calendar.toString();
}
