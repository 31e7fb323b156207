/** One iCalendar response. */
import { calendarIcs } from '../lib/icalendar.ts';
import type { PlannedWindow } from '../lib/model.ts';
import { underBase } from '../lib/site-url.ts';
import { feedContext } from './site.ts';

/** `pagePath` is the calendar's page on the site (`/systems/x/`), under the site's path if it has one. */
export function icsResponse(name: string, pagePath: string, windows: readonly PlannedWindow[]): Response {
  const body = calendarIcs(windows, { name, url: underBase(feedContext.siteUrl, pagePath) }, feedContext);
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
}
