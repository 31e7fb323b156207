/**
 * When a planned window was announced, and how much notice that gave against the site's minimum
 * (the seed: 2 days).
 */
import type { FileHistory, PlannedWindow, Site } from './model.ts';
import type { Instant } from './time.ts';

const DAY = 86_400_000;

/** How long before its start an occurrence of a recurring schedule is announced in the feeds. */
export const SERIES_LEAD_MS = 14 * DAY;

/**
 * A planned window's publication time: `announced`, else its file's first commit, else its start. An
 * occurrence of a schedule is announced two weeks before its start: one commit announces a whole
 * series, but readers want each window when it comes near, in the order of the windows.
 */
export function announcedAt(
  window: Pick<PlannedWindow, 'announced' | 'series' | 'start'>,
  history: Pick<FileHistory, 'firstCommitted'> | undefined,
): Instant {
  if (window.announced !== undefined) return window.announced;
  if (window.series) return window.start - SERIES_LEAD_MS;
  return history?.firstCommitted ?? window.start;
}

/**
 * The notice given (milliseconds from `announced` to the start; negative when announced afterwards)
 * and whether it is shorter than `site.notice.minimumDays`. Undefined when it does not apply: no
 * `announced`, no downtime, or cancelled.
 */
export function noticeGiven(
  window: Pick<PlannedWindow, 'announced' | 'start' | 'downtime' | 'cancelled'>,
  site: Pick<Site, 'notice'>,
): { notice: number; short: boolean } | undefined {
  if (window.announced === undefined || !window.downtime || window.cancelled) return undefined;
  const notice = window.start - window.announced;
  return { notice, short: notice < site.notice.minimumDays * DAY };
}
