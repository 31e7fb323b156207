/** One iCalendar response. */
import { calendarIcs } from '../lib/icalendar.ts';
import type { PlannedWindow } from '../lib/model.ts';
import { underBase } from '../lib/site-url.ts';
import type { Locale } from '../lib/model.ts';
import { outputsIn } from './site.ts';

/** The calendar of `locale`; `pagePath` is its page below the language's root (`systems/x/`), under the site's path. */
export function icsResponse(locale: Locale, name: string, pagePath: string, windows: readonly PlannedWindow[]): Response {
  const { context } = outputsIn(locale);
  const body = calendarIcs(windows, { name, url: underBase(context.siteUrl, pagePath) }, context);
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
}
