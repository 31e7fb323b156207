/** How much notice a planned window with downtime was given, against the site's minimum (the seed: 2 days). */
import type { PlannedWindow, Site } from './model.ts';

const DAY = 86_400_000;

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
