/**
 * The JSON API in the shape of the Statuspage API v2, so that existing aggregators and dashboards read
 * it unchanged. The mapping from our content is documented in the README ("JSON API"). Each list has
 * its builder (components, incidents, maintenances, status); this module puts them into documents.
 *
 * The documents agree with one another, as Statuspage's do:
 * - Every environment of every system is a component (the primary one named after the system alone).
 *   The readers' banner looks at primary environments only; the API reports all of them.
 * - `status.indicator` is the worst of every system component (`degraded_performance` → `minor`,
 *   `partial_outage` or `major_outage` → `major`, `under_maintenance` → `maintenance`; `critical` only
 *   when every component is in `major_outage`) and of every unresolved incident's impact. Order:
 *   none < maintenance < minor < major < critical.
 * - A group component has the worst status of its members, all environments included.
 * - Nothing is dated after `now` (only `scheduled_for`/`scheduled_until` look ahead): an upcoming
 *   window is created, and started, at its announcement or, if that is
 *   still to come, at its file's first commit (clamped to `now`); updates yet to happen are not listed;
 *   every `updated_at` is at least its `created_at`.
 * - `page.updated_at` is the latest time any listed record carries, that is the last change of content
 *   or state by `now`, not the build time: two builds of the same content with no state change between
 *   them give the same bytes. (A page with nothing listed falls back to `now`.)
 */
import type { Content } from '../model.ts';
import { groupComponents, systemComponents } from './components.ts';
import { incidentLists } from './incidents.ts';
import { maintenanceLists } from './maintenances.ts';
import { latestTime, pageId, pageRecord, type StatuspageContext } from './page.ts';
import { statusIndicator } from './status.ts';

export { COMPONENT_STATUS, lastChange, worstComponentStatus, type ComponentStatus } from './components.ts';
export { statusIndicator, worstIndicator, type Indicator } from './status.ts';
export { MAINTENANCE_STATUS, type MaintenanceStatus } from './maintenances.ts';
export { RECENT, type StatuspageContext } from './page.ts';

/** Builds every document of `/api/v2/` from the content at `context.now`. */
export function statuspage(content: Content, context: StatuspageContext) {
  const id = pageId(context);
  const members = systemComponents(content, context, id);
  const components = [...members, ...groupComponents(content, context, id, members)];
  const incidents = incidentLists(content, context, id, members);
  const maintenances = maintenanceLists(content, context, id, members);
  const status = statusIndicator(members, incidents.unresolved);
  const open = [...maintenances.active, ...maintenances.upcoming];
  const page = pageRecord(content, context, latestTime([...components, ...incidents.listed, ...maintenances.listed], context.now));
  return {
    'summary.json': { page, components, incidents: incidents.unresolved, scheduled_maintenances: open, status },
    'status.json': { page, status },
    'components.json': { page, components },
    'incidents.json': { page, incidents: incidents.listed },
    'incidents/unresolved.json': { page, incidents: incidents.unresolved },
    'scheduled-maintenances.json': { page, scheduled_maintenances: maintenances.listed },
    'scheduled-maintenances/upcoming.json': { page, scheduled_maintenances: maintenances.upcoming },
    'scheduled-maintenances/active.json': { page, scheduled_maintenances: maintenances.active },
  };
}

export type StatuspageDocuments = ReturnType<typeof statuspage>;
/** The documents' paths below `/api/v2/`. */
export const STATUSPAGE_DOCUMENTS = [
  'summary.json',
  'status.json',
  'components.json',
  'incidents.json',
  'incidents/unresolved.json',
  'scheduled-maintenances.json',
  'scheduled-maintenances/upcoming.json',
  'scheduled-maintenances/active.json',
] as const satisfies readonly (keyof StatuspageDocuments)[];
