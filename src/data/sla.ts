/** Availability rows of the whole site, computed once per build for the API, reports and system pages. */
import { availabilityRows } from '../lib/sla.ts';
import { content, now } from './site.ts';

/**
 * Every system, environment (and cause) and month with data: from the first month with an event or a
 * reported figure to the month of now. Tables show earlier months as "no data", not as 100 %.
 */
export const siteAvailability = availabilityRows(content, now);
