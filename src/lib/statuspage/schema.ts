/**
 * The JSON Schema (draft-07) of every document of `/api/v2/`, published at `/api/v2/schema.json`: the
 * contract integrators code against. It is written out here, value by value, rather than derived from
 * the builders, so that a test of the built documents against it can fail: a new field, status or
 * format in the output must be added here too (and announced in src/lib/contract.ts).
 */

type Schema = Record<string, unknown>;

const ref = (name: string): Schema => ({ $ref: `#/definitions/${name.replace(/\//g, '~1')}` });
const time = ref('time');
const timeOrNull: Schema = { anyOf: [time, { type: 'null' }] };
const listOf = (...names: string[]): Schema => ({ type: 'array', items: names.length === 1 ? ref(names[0] ?? '') : { anyOf: names.map(ref) } });

/** An object with exactly these properties, all required. */
const exactly = (description: string, properties: Record<string, Schema>): Schema => ({
  description,
  type: 'object',
  required: Object.keys(properties),
  additionalProperties: false,
  properties,
});

/** Statuses as Driftstatus writes them: a subset of Statuspage's (it never writes `partial_outage`, `postmortem`, `verifying`). */
export const SCHEMA_ENUMS = {
  componentStatus: ['operational', 'under_maintenance', 'degraded_performance', 'major_outage'],
  incidentStatus: ['investigating', 'identified', 'monitoring', 'resolved'],
  incidentImpact: ['minor', 'major'],
  maintenanceStatus: ['scheduled', 'in_progress', 'completed'],
  maintenanceImpact: ['maintenance', 'none'],
  indicator: ['none', 'maintenance', 'minor', 'major', 'critical'],
} as const;

/** `status.description` for each indicator, Statuspage's words. */
const INDICATOR_DESCRIPTION: Record<(typeof SCHEMA_ENUMS.indicator)[number], string> = {
  none: 'All Systems Operational',
  maintenance: 'Service Under Maintenance',
  minor: 'Minor Service Outage',
  major: 'Partial System Outage',
  critical: 'Major System Outage',
};

const COMPONENT_ID = '^[a-z0-9][a-z0-9-]*(:[a-z0-9][a-z0-9-]*)?$';
const GROUP_ID = '^group-[1-9][0-9]*$';

function update(description: string, statuses: readonly string[]): Schema {
  return exactly(description, {
    id: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]*-[a-zA-Z0-9-]+$', description: '`<entry id>-<suffix>`, the suffix the update time (`20260203T072000Z`) or `resolved`, `announced`, `in-progress`, `completed`. Never changes.' },
    status: { enum: statuses },
    body: { type: 'string', description: 'The text of the update, in the site\'s default language.' },
    incident_id: ref('entryId'),
    created_at: time,
    updated_at: time,
    display_at: time,
    affected_components: { type: 'null' },
    deliver_notifications: { const: true },
    custom_tweet: { type: 'null' },
    tweet_id: { type: 'null' },
  });
}

/** What incidents and maintenances share. */
const entry: Record<string, Schema> = {
  id: ref('entryId'),
  name: { type: 'string', description: 'The title.' },
  created_at: time,
  updated_at: { ...time, description: 'Never before `created_at`.' },
  monitoring_at: timeOrNull,
  resolved_at: timeOrNull,
  started_at: time,
  shortlink: { type: 'string', format: 'uri', description: 'The entry\'s page on the site.' },
  page_id: ref('pageId'),
};

function incident(description: string, statuses: readonly string[]): Schema {
  return exactly(description, {
    ...entry,
    status: { enum: statuses, description: '`resolved` once its end has passed, else its last update\'s status.' },
    impact: { enum: SCHEMA_ENUMS.incidentImpact, description: '`major` for an outage, `minor` for degraded service.' },
    postmortem_body: { type: ['string', 'null'], description: 'The Markdown body of the incident file, or null.' },
    incident_updates: listOf('incidentUpdate'),
    components: listOf('component'),
  });
}

function maintenance(description: string, statuses: readonly string[]): Schema {
  return exactly(description, {
    ...entry,
    status: { enum: statuses },
    impact: { enum: SCHEMA_ENUMS.maintenanceImpact, description: '`maintenance` for a window with downtime, `none` without.' },
    monitoring_at: { type: 'null' },
    scheduled_for: { ...time, description: 'The planned start; may be after the build.' },
    scheduled_until: { ...time, description: 'The planned end; may be after the build.' },
    cancelled: { type: 'boolean', description: 'Not in Statuspage: true for a window that was called off (its status is then `completed`).' },
    incident_updates: listOf('maintenanceUpdate'),
    components: listOf('component'),
  });
}

const document = (description: string, properties: Record<string, Schema>): Schema => exactly(description, { page: ref('page'), ...properties });

/** One schema per document, named by its path below `/api/v2/` (the keys of `STATUSPAGE_DOCUMENTS`). */
export const DOCUMENT_SCHEMAS = {
  'summary.json': document('The page, its status, every component, the unresolved incidents and the maintenances under way or to come.', {
    components: listOf('component', 'groupComponent'),
    incidents: listOf('unresolvedIncident'),
    scheduled_maintenances: listOf('openMaintenance'),
    status: ref('status'),
  }),
  'status.json': document('The page and its status.', { status: ref('status') }),
  'components.json': document('Every component: one per environment of each system, then one per group.', {
    components: listOf('component', 'groupComponent'),
  }),
  'incidents.json': document('The unresolved incidents and the 50 most recent resolved ones, newest first.', { incidents: listOf('incident') }),
  'incidents/unresolved.json': document('The incidents not yet resolved, newest first.', { incidents: listOf('unresolvedIncident') }),
  'scheduled-maintenances.json': document('The maintenances to come or under way and the 50 most recent completed ones.', {
    scheduled_maintenances: listOf('maintenance'),
  }),
  'scheduled-maintenances/upcoming.json': document('The maintenances still to start, soonest first.', { scheduled_maintenances: listOf('upcomingMaintenance') }),
  'scheduled-maintenances/active.json': document('The maintenances under way.', { scheduled_maintenances: listOf('activeMaintenance') }),
};

const component = (description: string, properties: Record<string, Schema>): Schema =>
  exactly(description, {
    id: { type: 'string', pattern: COMPONENT_ID },
    name: { type: 'string' },
    status: { enum: SCHEMA_ENUMS.componentStatus },
    created_at: time,
    updated_at: { ...time, description: 'The last change of state by the build, never before `created_at`.' },
    position: { type: 'integer', minimum: 1 },
    description: { type: ['string', 'null'] },
    showcase: { type: 'boolean', description: 'True for a system\'s first environment.' },
    start_date: { type: 'null' },
    group_id: { anyOf: [{ type: 'string', pattern: GROUP_ID }, { type: 'null' }] },
    page_id: ref('pageId'),
    group: { const: false },
    only_show_if_degraded: { const: false },
    ...properties,
  });

/** The schema served at `/api/v2/schema.json`. */
export const statuspageSchema = (siteUrl: string): Schema => ({
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: new URL('api/v2/schema.json', siteUrl).href,
  title: 'JSON API (/api/v2/) in the shape of the Statuspage API v2',
  description:
    'Every document of /api/v2/ validates against this schema. `definitions` holds one schema per document, named by its path below /api/v2/ (in a JSON pointer `/` is written `~1`: `#/definitions/incidents~1unresolved.json`). Objects have exactly the properties listed. Every time is UTC, ISO 8601 to the second, and none is after the build but `scheduled_for` and `scheduled_until`.',
  anyOf: Object.keys(DOCUMENT_SCHEMAS).map(ref),
  definitions: {
    time: { type: 'string', format: 'date-time', pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$', description: 'UTC, ISO 8601, to the second: `2026-02-03T07:20:00Z`.' },
    pageId: { type: 'string', pattern: '^[A-Za-z0-9-]+$', description: 'The site\'s host, every other character replaced by `-`.' },
    entryId: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]*$', description: 'The entry\'s file name (slug); never changes.' },
    page: exactly('The site.', {
      id: ref('pageId'),
      name: { type: 'string', description: 'The site\'s title.' },
      url: { type: 'string', format: 'uri', pattern: '/$', description: 'The site\'s address, ending in `/`.' },
      time_zone: { type: 'string', minLength: 1, description: 'The IANA time zone the content is written in.' },
      updated_at: { ...time, description: 'The last change of content or state by the build (the latest time any listed record carries), not the build time.' },
    }),
    status: {
      description: 'Rolled up as Statuspage does from every component and the impact of every unresolved incident.',
      oneOf: SCHEMA_ENUMS.indicator.map((indicator) =>
        exactly(indicator, { indicator: { const: indicator }, description: { const: INDICATOR_DESCRIPTION[indicator] } }),
      ),
    },
    component: component('One environment of a system: id `<system>` for its first environment, `<system>:<environment>` for the others.', {}),
    groupComponent: component('One per system group, with the worst status of its members.', {
      id: { type: 'string', pattern: GROUP_ID },
      description: { type: 'null' },
      showcase: { const: false },
      group_id: { type: 'null' },
      group: { const: true },
      components: { type: 'array', minItems: 1, items: { type: 'string', pattern: COMPONENT_ID } },
    }),
    incidentUpdate: update('One update of an incident, newest first.', SCHEMA_ENUMS.incidentStatus),
    maintenanceUpdate: update(
      'One step of a maintenance, newest first: announced (`scheduled`, or `completed` when cancelled), `in_progress` at its start, `completed` at its end.',
      SCHEMA_ENUMS.maintenanceStatus,
    ),
    incident: incident('An incident (one file).', SCHEMA_ENUMS.incidentStatus),
    unresolvedIncident: incident('An incident not yet resolved.', SCHEMA_ENUMS.incidentStatus.filter((s) => s !== 'resolved')),
    maintenance: maintenance('A planned window.', SCHEMA_ENUMS.maintenanceStatus),
    openMaintenance: maintenance('A planned window to come or under way.', ['scheduled', 'in_progress']),
    upcomingMaintenance: maintenance('A planned window still to start.', ['scheduled']),
    activeMaintenance: maintenance('A planned window under way.', ['in_progress']),
    ...DOCUMENT_SCHEMAS,
  },
});
