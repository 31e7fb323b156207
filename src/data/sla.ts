/** Availability rows of the whole site, computed once per build for the API, reports and system pages. */
import { availabilityRows, dataMonths } from '../lib/sla.ts';
import { lastTwelveMonths } from '../lib/report-table.ts';
import { content, now } from './site.ts';
import { localMonth } from '../lib/time.ts';

const withData = dataMonths(content, now);

// The months with data, those of every report's table, and the last twelve (the system pages' tables).
const months = [
  ...new Set([
    ...withData,
    ...content.reports.flatMap((r) => lastTwelveMonths(r.month)),
    ...lastTwelveMonths(localMonth(now, content.site.timezone)),
  ]),
].sort();

/** Every system, environment (and cause) and month with data, plus the months every report's table shows. */
export const availability = availabilityRows(content, now, months);

/** The rows of the months that have data: what /api/availability.json lists. */
export const availabilityWithData = availability.filter((row) => withData.includes(row.month));
