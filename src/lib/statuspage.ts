/**
 * The JSON API in the shape of the Statuspage API v2, so that existing aggregators and dashboards read
 * it unchanged. The mapping from our content is documented in the README ("JSON API").
 */
import type { FeedContext } from './feeds.ts';
import { affects, primaryEnvironment, type Content, type Incident, type PlannedWindow, type System } from './model.ts';
import { environmentStatus, windowEnd, worst, type Status } from './status.ts';
import { announcedAt } from './notice.ts';
import { sortSystems } from './sort.ts';
import { toIso, type Instant } from './time.ts';

/** How many resolved incidents and completed maintenances the lists hold, as Statuspage's do. */
export const RECENT = 50;

export type ComponentStatus = 'operational' | 'under_maintenance' | 'degraded_performance' | 'partial_outage' | 'major_outage';

const COMPONENT_STATUS: Record<Status, ComponentStatus> = {
  operational: 'operational',
  maintenance: 'under_maintenance',
  degraded: 'degraded_performance',
  outage: 'major_outage',
};

const INDICATOR: Record<Status, { indicator: string; description: string }> = {
  operational: { indicator: 'none', description: 'All Systems Operational' },
  maintenance: { indicator: 'maintenance', description: 'Service Under Maintenance' },
  degraded: { indicator: 'minor', description: 'Minor Service Outage' },
  outage: { indicator: 'major', description: 'Partial System Outage' },
};

export interface StatuspageContext extends FeedContext {
  siteTitle: string;
}

/** One entry of `incident_updates`, the same shape for incidents and maintenances. */
function statusUpdate(entry: string, suffix: string, status: string, body: string, at: Instant) {
  const time = toIso(at);
  return {
    id: `${entry}-${suffix}`,
    status,
    body,
    incident_id: entry,
    created_at: time,
    updated_at: time,
    display_at: time,
    affected_components: null,
    deliver_notifications: true,
    custom_tweet: null,
    tweet_id: null,
  };
}

/** Builds every document of `/api/v2/` from the content at `now`. */
export function statuspage(content: Content, context: StatuspageContext) {
  const { now, siteUrl } = context;
  const iso = (instant: Instant) => toIso(instant);
  const page = {
    id: new URL(siteUrl).host.replace(/[^a-z0-9]+/gi, '-'),
    name: context.siteTitle,
    url: siteUrl,
    time_zone: content.site.timezone,
    updated_at: iso(now),
  };
  const systems = sortSystems(content.systems);
  const groups = [...new Set(systems.flatMap((s) => (s.group ? [s.group] : [])))];
  const groupId = (group: string) => `group-${groups.indexOf(group) + 1}`;

  const lastChange = (system: string, environment: string): Instant | undefined => {
    const times = [
      ...content.incidents.filter((i) => affects(i, system, environment)).flatMap((i) => [i.start, i.end ?? i.start]),
      ...content.maintenance
        .filter((w) => w.downtime && !w.cancelled && affects(w, system, environment))
        .flatMap((w) => [w.start, windowEnd(w)]),
    ].filter((time) => time <= now);
    return times.length > 0 ? Math.max(...times) : undefined;
  };

  /** When a system's components were created: its file's first commit, or its first event if history was added later. */
  const createdAt = (system: System): Instant => {
    const starts = [...content.incidents, ...content.maintenance].filter((e) => e.systems.includes(system.id) && e.start <= now).map((e) => e.start);
    return Math.min(context.historyOf(system.file)?.firstCommitted ?? now, ...starts);
  };

  const componentId = (system: System, environment: string) =>
    environment === primaryEnvironment(system) ? system.id : `${system.id}:${environment}`;

  let position = 0;
  const statuses: Status[] = [];
  const components = systems.flatMap((system) => {
    const created = createdAt(system);
    return system.environments.map((environment, index) => {
      const status = environmentStatus(system.id, environment.id, content.incidents, content.maintenance, now);
      if (index === 0) statuses.push(status);
      const changed = lastChange(system.id, environment.id);
      position += 1;
      return {
        id: componentId(system, environment.id),
        name: index === 0 ? system.name : `${system.name} (${context.environmentName(environment)})`,
        status: COMPONENT_STATUS[status],
        created_at: iso(created),
        updated_at: iso(Math.max(created, changed ?? created)),
        position,
        description: index === 0 ? (system.description ?? null) : null,
        showcase: index === 0,
        start_date: null,
        group_id: system.group ? groupId(system.group) : null,
        page_id: page.id,
        group: false,
        only_show_if_degraded: false,
      };
    });
  });
  const members = (group: string) => components.filter((c) => c.group_id === groupId(group));
  const groupComponents = groups.map((group) => ({
    id: groupId(group),
    name: group,
    status: COMPONENT_STATUS[
      worst(systems.filter((s) => s.group === group).map((s) => statuses[systems.indexOf(s)] ?? 'operational'))
    ],
    // A group is as old as its oldest member and changed when its last member did (ISO times sort as text).
    created_at: members(group).map((c) => c.created_at).sort()[0] ?? iso(now),
    updated_at: members(group).map((c) => c.updated_at).sort().at(-1) ?? iso(now),
    position: (position += 1),
    description: null,
    showcase: false,
    start_date: null,
    group_id: null,
    page_id: page.id,
    group: true,
    only_show_if_degraded: false,
    components: members(group).map((c) => c.id),
  }));
  const allComponents = [...components, ...groupComponents];

  const affected = (entry: Incident | PlannedWindow) =>
    components.filter((c) => {
      const [system = '', environment] = c.id.split(':');
      const owner = content.systems.find((s) => s.id === system);
      return owner !== undefined && affects(entry, system, environment ?? primaryEnvironment(owner));
    });

  const incidents = [...content.incidents]
    .filter((incident) => incident.start <= now)
    .sort((a, b) => b.start - a.start || (a.slug < b.slug ? -1 : 1))
    .map((incident) => {
      const updates = incident.updates.filter((u) => u.at <= now);
      const resolved = incident.end !== undefined && incident.end <= now;
      const status = resolved ? 'resolved' : (updates.at(-1)?.status ?? 'investigating');
      const monitoring = updates.find((u) => u.status === 'monitoring')?.at;
      const last = Math.max(incident.start, ...updates.map((u) => u.at), resolved ? (incident.end ?? 0) : 0);
      const its = affected(incident);
      return {
        id: incident.slug,
        name: incident.title,
        status,
        impact: incident.impact === 'outage' ? 'major' : 'minor',
        created_at: iso(incident.start),
        updated_at: iso(last),
        monitoring_at: monitoring !== undefined ? iso(monitoring) : null,
        resolved_at: resolved && incident.end !== undefined ? iso(incident.end) : null,
        started_at: iso(incident.start),
        shortlink: `${siteUrl}incidents/${incident.slug}/`,
        postmortem_body: incident.body.trim() || null,
        page_id: page.id,
        // Newest first; an incident that ended without a "resolved" update gets one at its end, as the feeds do.
        incident_updates: [
          ...(resolved && updates.at(-1)?.status !== 'resolved' && incident.end !== undefined
            ? [statusUpdate(incident.slug, 'resolved', 'resolved', context.t('update.resolved'), incident.end)]
            : []),
          ...[...updates].reverse().map((update) =>
            statusUpdate(incident.slug, toIso(update.at).replace(/[-:]/g, ''), update.status, update.text, update.at),
          ),
        ],
        components: its,
      };
    });

  const maintenanceStatus = (window: PlannedWindow) => {
    if (window.cancelled || windowEnd(window) <= now) return 'completed';
    return window.start <= now ? 'in_progress' : 'scheduled';
  };
  const maintenances = [...content.maintenance]
    .sort((a, b) => b.start - a.start || (a.slug < b.slug ? -1 : 1))
    .map((window) => {
      const history = context.historyOf(window.file);
      const created = Math.min(announcedAt(window, history), window.start);
      const status = maintenanceStatus(window);
      const body = window.cancelled ? `Cancelled. ${window.body.trim()}`.trim() : window.body.trim() || window.title;
      return {
        id: window.slug,
        name: window.title,
        status,
        impact: window.downtime ? 'maintenance' : 'none',
        created_at: iso(created),
        updated_at: iso(history?.lastCommitted ?? created),
        monitoring_at: null,
        resolved_at: status === 'completed' && !window.cancelled ? iso(windowEnd(window)) : null,
        started_at: iso(window.start),
        scheduled_for: iso(window.start),
        scheduled_until: iso(window.end),
        shortlink: `${siteUrl}maintenance/${window.slug}/`,
        page_id: page.id,
        /** Not in Statuspage: true for a window that was called off (its status is then `completed`). */
        cancelled: window.cancelled,
        // Newest first: announced, then under way at the start and completed at the end, as they happen.
        incident_updates: [
          ...(status === 'completed' && !window.cancelled
            ? [statusUpdate(window.slug, 'completed', 'completed', context.t('maintenance.state.over'), windowEnd(window))]
            : []),
          ...(!window.cancelled && window.start <= now
            ? [statusUpdate(window.slug, 'in-progress', 'in_progress', context.t('maintenance.state.active'), window.start)]
            : []),
          statusUpdate(window.slug, 'announced', window.cancelled ? 'completed' : 'scheduled', body, created),
        ],
        components: affected(window),
      };
    });

  const status = INDICATOR[worst(statuses)];
  const unresolved = incidents.filter((i) => i.status !== 'resolved');
  // Like Statuspage: the lists hold the most recent entries; what is open or coming is always there.
  const recent = incidents.filter((i) => i.status === 'resolved').slice(0, RECENT);
  const recentMaintenance = [
    ...maintenances.filter((m) => m.status !== 'completed'),
    ...maintenances.filter((m) => m.status === 'completed').slice(0, RECENT),
  ];
  const upcoming = maintenances.filter((m) => m.status === 'scheduled').reverse();
  const active = maintenances.filter((m) => m.status === 'in_progress');
  return {
    'summary.json': { page, components: allComponents, incidents: unresolved, scheduled_maintenances: [...active, ...upcoming], status },
    'status.json': { page, status },
    'components.json': { page, components: allComponents },
    'incidents.json': { page, incidents: [...unresolved, ...recent].sort((a, b) => (a.started_at < b.started_at ? 1 : -1)) },
    'incidents/unresolved.json': { page, incidents: unresolved },
    'scheduled-maintenances.json': { page, scheduled_maintenances: recentMaintenance },
    'scheduled-maintenances/upcoming.json': { page, scheduled_maintenances: upcoming },
    'scheduled-maintenances/active.json': { page, scheduled_maintenances: active },
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
