/**
 * The JSON API in the shape of the Statuspage API v2, so that existing aggregators and dashboards read
 * it unchanged. The mapping from our content is documented in the README ("JSON API"). Each list has
 * its builder (components, incidents, maintenances, status); this module puts them into documents.
 */
import type { Content } from '../model.ts';
import { groupComponents, systemComponents } from './components.ts';
import { incidentLists } from './incidents.ts';
import { maintenanceLists } from './maintenances.ts';
import { pageRecord, type StatuspageContext } from './page.ts';
import { statusIndicator } from './status.ts';

export { COMPONENT_STATUS, lastChange, type ComponentStatus } from './components.ts';
export { MAINTENANCE_STATUS, type MaintenanceStatus } from './maintenances.ts';
export { RECENT, type StatuspageContext } from './page.ts';

/** Builds every document of `/api/v2/` from the content at `context.now`. */
export function statuspage(content: Content, context: StatuspageContext) {
  const page = pageRecord(content, context);
  const members = systemComponents(content, context, page.id);
  const components = [...members, ...groupComponents(content, context, page.id, members)];
  const incidents = incidentLists(content, context, page.id, members);
  const maintenances = maintenanceLists(content, context, page.id, members);
  const status = statusIndicator(content, context.now);
  const open = [...maintenances.active, ...maintenances.upcoming];
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
