/**
 * `components.json`: one component per environment of each system (the primary one named after the
 * system alone), then one per group, listing its members.
 */
import { affects, primaryEnvironment, type Affecting, type Content, type System } from '../model.ts';
import { sortSystems } from '../sort.ts';
import { downtimeSpans, lastDowntimeChange } from '../downtime.ts';
import { environmentStatus, type Status } from '../status.ts';
import { toIso, type Instant } from '../time.ts';
import type { StatuspageContext } from './page.ts';

export type ComponentStatus = 'operational' | 'under_maintenance' | 'degraded_performance' | 'partial_outage' | 'major_outage';

export const COMPONENT_STATUS: Record<Status, ComponentStatus> = {
  operational: 'operational',
  maintenance: 'under_maintenance',
  degraded: 'degraded_performance',
  outage: 'major_outage',
};

/** Component statuses from best to worst, for a group's rollup. */
const SEVERITY: readonly ComponentStatus[] = ['operational', 'under_maintenance', 'degraded_performance', 'partial_outage', 'major_outage'];

/** The worst of the component statuses given; `operational` for none. */
export function worstComponentStatus(statuses: Iterable<ComponentStatus>): ComponentStatus {
  let result: ComponentStatus = 'operational';
  for (const status of statuses) if (SEVERITY.indexOf(status) > SEVERITY.indexOf(result)) result = status;
  return result;
}

type Events = Pick<Content, 'incidents' | 'maintenance'>;

/** When an environment of a system last changed state by `now`: the latest start or end of its downtime. */
export function lastChange(content: Events, system: string, environment: string, now: Instant): Instant | undefined {
  return lastDowntimeChange(downtimeSpans(system, environment, content.incidents, content.maintenance, now), now);
}

/**
 * When a system's components were created: its file's first commit, or its first event if history was
 * added later; never after `now`.
 */
function createdAt(system: System, content: Events, context: StatuspageContext): Instant {
  const { now } = context;
  const starts = [...content.incidents, ...content.maintenance].filter((e) => e.systems.includes(system.id) && e.start <= now).map((e) => e.start);
  return Math.min(context.historyOf(system.file)?.firstCommitted ?? now, now, ...starts);
}

function componentId(system: System, environment: string): string {
  return environment === primaryEnvironment(system) ? system.id : `${system.id}:${environment}`;
}

const groupsOf = (systems: readonly System[]) => [...new Set(systems.flatMap((s) => (s.group ? [s.group] : [])))];

/** The components of every environment of every system, in listing order, numbered from 1. */
export function systemComponents(content: Content, context: StatuspageContext, pageId: string) {
  const { now } = context;
  const systems = sortSystems(content.systems);
  const groups = groupsOf(systems);
  return systems
    .flatMap((system) => system.environments.map((environment, index) => ({ system, environment, index })))
    .map(({ system, environment, index }, at) => {
      const created = createdAt(system, content, context);
      const changed = lastChange(content, system.id, environment.id, now);
      return {
        id: componentId(system, environment.id),
        name: index === 0 ? system.name : `${system.name} (${context.environmentName(environment)})`,
        status: COMPONENT_STATUS[environmentStatus(system.id, environment.id, content.incidents, content.maintenance, now)],
        created_at: toIso(created),
        updated_at: toIso(Math.max(created, changed ?? created)),
        position: at + 1,
        description: index === 0 ? (system.description ?? null) : null,
        showcase: index === 0,
        start_date: null,
        group_id: system.group ? `group-${groups.indexOf(system.group) + 1}` : null,
        page_id: pageId,
        group: false,
        only_show_if_degraded: false,
      };
    });
}

export type SystemComponent = ReturnType<typeof systemComponents>[number];

/**
 * One component per group, after the systems' ones: as bad as its worst member (every environment
 * counts, not only the primary ones), as old as its oldest member, changed when a member last changed.
 */
export function groupComponents(content: Content, context: StatuspageContext, pageId: string, members: readonly SystemComponent[]) {
  const { now } = context;
  return groupsOf(sortSystems(content.systems)).map((group, index) => {
    const id = `group-${index + 1}`;
    const own = members.filter((c) => c.group_id === id);
    return {
      id,
      name: group,
      status: worstComponentStatus(own.map((c) => c.status)),
      // ISO times sort as text.
      created_at: own.map((c) => c.created_at).sort()[0] ?? toIso(now),
      updated_at: own.map((c) => c.updated_at).sort().at(-1) ?? toIso(now),
      position: members.length + index + 1,
      description: null,
      showcase: false,
      start_date: null,
      group_id: null,
      page_id: pageId,
      group: true,
      only_show_if_degraded: false,
      components: own.map((c) => c.id),
    };
  });
}

/** The system components an incident or window touches. */
export function affectedComponents(entry: Affecting, components: readonly SystemComponent[], systems: readonly System[]): SystemComponent[] {
  return components.filter((c) => {
    const [system = '', environment] = c.id.split(':');
    const owner = systems.find((s) => s.id === system);
    return owner !== undefined && affects(entry, system, environment ?? primaryEnvironment(owner));
  });
}
