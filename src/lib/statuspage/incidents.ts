/** `incidents.json` and `incidents/unresolved.json`: incidents that have begun, newest first. */
import { endedWithoutResolved, publishedUpdates } from '../incident-updates.ts';
import type { Content, Incident } from '../model.ts';
import { compareText } from '../sort.ts';
import { toIso } from '../time.ts';
import { affectedComponents, type SystemComponent } from './components.ts';
import { RECENT, statusUpdate, type StatuspageContext } from './page.ts';

/** One incident as Statuspage shows it; over once its end has passed, whatever its last update says. */
export function incidentRecord(incident: Incident, context: StatuspageContext, pageId: string, affected: SystemComponent[]) {
  const { now, siteUrl } = context;
  const updates = publishedUpdates(incident, now);
  const ended = incident.end !== undefined && incident.end <= now ? incident.end : undefined;
  const monitoring = updates.find((u) => u.status === 'monitoring')?.at;
  const closing = endedWithoutResolved(incident, now);
  return {
    id: incident.slug,
    name: incident.title,
    status: ended !== undefined ? 'resolved' : (updates.at(-1)?.status ?? 'investigating'),
    impact: incident.impact === 'outage' ? 'major' : 'minor',
    created_at: toIso(incident.start),
    updated_at: toIso(Math.max(incident.start, ...updates.map((u) => u.at), ended ?? 0)),
    monitoring_at: monitoring !== undefined ? toIso(monitoring) : null,
    resolved_at: ended !== undefined ? toIso(ended) : null,
    started_at: toIso(incident.start),
    shortlink: `${siteUrl}incidents/${incident.slug}/`,
    postmortem_body: incident.body.trim() || null,
    page_id: pageId,
    // Newest first; an incident that ended without a "resolved" update gets one at its end, as the feeds do.
    incident_updates: [
      ...(closing !== undefined ? [statusUpdate(incident.slug, 'resolved', 'resolved', context.t('update.resolved'), closing)] : []),
      ...[...updates]
        .reverse()
        .map((update) => statusUpdate(incident.slug, toIso(update.at).replace(/[-:]/g, ''), update.status, update.text, update.at)),
    ],
    components: affected,
  };
}

/**
 * The incident lists at `now`. Like Statuspage's, `listed` holds what is unresolved and the most
 * recent resolved ones.
 */
export function incidentLists(content: Content, context: StatuspageContext, pageId: string, components: readonly SystemComponent[]) {
  const incidents = content.incidents
    .filter((incident) => incident.start <= context.now)
    .sort((a, b) => b.start - a.start || compareText(a.slug, b.slug))
    .map((incident) => incidentRecord(incident, context, pageId, affectedComponents(incident, components, content.systems)));
  const unresolved = incidents.filter((i) => i.status !== 'resolved');
  const recent = incidents.filter((i) => i.status === 'resolved').slice(0, RECENT);
  return { unresolved, listed: [...unresolved, ...recent].sort((a, b) => (a.started_at < b.started_at ? 1 : -1)) };
}
