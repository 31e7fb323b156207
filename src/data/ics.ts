/** One iCalendar response. */
import { calendarIcs } from '../lib/icalendar.ts';
import type { PlannedWindow } from '../lib/model.ts';
import { feedContext } from './site.ts';

export function icsResponse(name: string, pagePath: string, windows: readonly PlannedWindow[]): Response {
  const body = calendarIcs(windows, { name, url: new URL(pagePath, feedContext.siteUrl).href }, feedContext);
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
}
