/**
 * The generic JSON webhook, in the shape of Statuspage's webhook notifications, so that a receiver
 * written for Statuspage reads it unchanged: `{ meta, page, incident }`, where `meta` says where to
 * unsubscribe and where the format is documented, `page` carries the page's status indicator, and
 * `incident` is the incident, or the planned window as Statuspage sends a scheduled maintenance, in
 * the same record as the JSON API's (src/lib/statuspage/) at the time of the event, updates included.
 * Statuspage's other kind, `component_update`, is not sent: component states follow from the incident
 * and window records, and the API's components.json lists them.
 */
import type { Content } from '../model.ts';
import { affectedComponents, systemComponents } from '../statuspage/components.ts';
import { incidentLists, incidentRecord } from '../statuspage/incidents.ts';
import { maintenanceRecord } from '../statuspage/maintenances.ts';
import { pageId, type StatuspageContext } from '../statuspage/page.ts';
import { statusIndicator } from '../statuspage/status.ts';
import type { NotifyEvent } from './events.ts';

export interface StatuspageMeta {
  /** Where the recipient unsubscribes, if anywhere. */
  unsubscribe: string | null;
  /** Where the format is documented: the site's integrations page. */
  documentation: string;
}

/** The payload for `event`, with the records as they stood at the event's time (so a late send says what was true then). */
export function statuspagePayload(event: NotifyEvent, content: Content, context: StatuspageContext, meta: StatuspageMeta) {
  const then = { ...context, now: Math.min(event.at, context.now) };
  const id = pageId(then);
  const members = systemComponents(content, then, id);
  const status = statusIndicator(members, incidentLists(content, then, id, members).unresolved);
  const entry = 'incident' in event ? event.incident : event.window;
  const affected = affectedComponents(entry, members, content.systems);
  const incident = 'incident' in event ? incidentRecord(event.incident, then, id, affected) : maintenanceRecord(event.window, then, id, affected);
  return {
    meta,
    page: { id, status_indicator: status.indicator, status_description: status.description },
    incident,
  };
}
