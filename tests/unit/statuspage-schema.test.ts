/** The published JSON Schemas agree with the builders: what they emit validates, and nothing else does. */
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import type { Content } from '../../src/lib/model.ts';
import { availabilitySchema } from '../../src/lib/availability-schema.ts';
import { availabilityRows } from '../../src/lib/sla.ts';
import { COMPONENT_STATUS, MAINTENANCE_STATUS, STATUSPAGE_DOCUMENTS, statuspage, worstIndicator } from '../../src/lib/statuspage/index.ts';
import { DOCUMENT_SCHEMAS, SCHEMA_ENUMS, statuspageSchema } from '../../src/lib/statuspage/schema.ts';
import { at, incident, outputContext, plannedWindow, site, system } from './helpers.ts';

const SITE = 'https://status.example.org/';
const systems = [
  system({ id: 'app', name: 'App', group: 'Core', environments: [{ id: 'production' }, { id: 'test' }] }),
  system({ id: 'api', name: 'API', group: 'Core' }),
  system({ id: 'login', name: 'Login' }),
];
const now = at('2026-11-21 12:00');
const content: Content = {
  site: site(),
  systems,
  incidents: [
    incident({ slug: 'open', systems: ['app'], environments: ['test'], start: at('2026-11-21 10:00'), updates: [{ at: at('2026-11-21 10:10'), status: 'identified', text: 'Found.' }] }),
    incident({ slug: 'over', systems: ['api'], impact: 'degraded', start: at('2026-11-02 10:00'), end: at('2026-11-02 11:00') }),
  ],
  maintenance: [
    plannedWindow({ slug: 'coming', start: at('2026-11-25 05:30'), end: at('2026-11-25 09:00'), announced: at('2026-11-20 10:00') }),
    plannedWindow({ slug: 'now', systems: ['login'], start: at('2026-11-21 11:00'), end: at('2026-11-21 13:00') }),
    plannedWindow({ slug: 'done', start: at('2026-11-10 05:30'), end: at('2026-11-10 09:00'), cancelled: true }),
  ],
  schedules: [],
  reports: [],
  metrics: [],
};
const documents = statuspage(content, outputContext(systems, now));

const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
addFormats(ajv);
const schema = statuspageSchema(SITE);
ajv.addSchema(schema);
const validator = (document: string) => {
  const validate = ajv.getSchema(`${SITE}api/v2/schema.json#/definitions/${document.replace(/\//g, '~1')}`);
  if (!validate) throw new Error(`no definition for ${document}`);
  return (value: unknown) => (validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`));
};

describe('the published Statuspage schema', () => {
  it('has one definition per document, and the documents are the ones built', () => {
    expect(Object.keys(DOCUMENT_SCHEMAS)).toEqual([...STATUSPAGE_DOCUMENTS]);
  });

  it('lists exactly the statuses and indicators the builders use', () => {
    expect([...new Set(Object.values(COMPONENT_STATUS))].sort()).toEqual([...SCHEMA_ENUMS.componentStatus].sort());
    expect([...new Set(Object.values(MAINTENANCE_STATUS))].sort()).toEqual([...SCHEMA_ENUMS.maintenanceStatus].sort());
    // worstIndicator orders the indicators: each one is worse than all before it in the schema's list.
    const order = SCHEMA_ENUMS.indicator;
    order.forEach((indicator, i) => expect(worstIndicator(order.slice(0, i + 1))).toBe(indicator));
  });

  it.each(STATUSPAGE_DOCUMENTS)('accepts %s as built', (document) => {
    expect(validator(document)(documents[document])).toEqual([]);
  });

  it('holds an open incident, an active and an upcoming window, a group and a second environment (the test covers them)', () => {
    const summary = documents['summary.json'];
    expect(summary.incidents.map((i) => i.id)).toEqual(['open']);
    expect(summary.scheduled_maintenances.map((m) => `${m.id} ${m.status}`)).toEqual(['now in_progress', 'coming scheduled']);
    expect(summary.components.map((c) => c.id)).toEqual(expect.arrayContaining(['app', 'app:test', 'group-1']));
  });

  it('refuses an unknown field, a local time, a status of another list and a description of another indicator', () => {
    const status = validator('status.json');
    const { page } = documents['status.json'];
    expect(status({ page, status: { indicator: 'none', description: 'All Systems Operational' }, extra: 1 })).not.toEqual([]);
    expect(status({ page: { ...page, updated_at: '2026-11-21T12:00:00+01:00' }, status: { indicator: 'none', description: 'All Systems Operational' } })).not.toEqual([]);
    expect(status({ page, status: { indicator: 'major', description: 'All Systems Operational' } })).not.toEqual([]);
    const unresolved = documents['incidents/unresolved.json'];
    const resolved = { ...unresolved, incidents: unresolved.incidents.map((i) => ({ ...i, status: 'resolved' })) };
    expect(validator('incidents/unresolved.json')(resolved)).not.toEqual([]);
    expect(validator('incidents.json')(resolved)).toEqual([]);
    const upcoming = documents['scheduled-maintenances/upcoming.json'];
    expect(validator('scheduled-maintenances/upcoming.json')({ ...upcoming, scheduled_maintenances: upcoming.scheduled_maintenances.map((m) => ({ ...m, status: 'in_progress' })) })).not.toEqual([]);
  });

  it('validates any document by the top-level schema', () => {
    const any = ajv.getSchema(`${SITE}api/v2/schema.json`);
    for (const document of STATUSPAGE_DOCUMENTS) expect(any?.(documents[document]), document).toBe(true);
    expect(any?.({ page: documents['status.json'].page })).toBe(false);
  });
});

describe('the published availability schema', () => {
  const validate = ajv.compile(availabilitySchema(SITE));

  it('accepts the rows as computed, and refuses a percentage where a fraction belongs', () => {
    const rows = availabilityRows(content, now);
    expect(rows.length).toBeGreaterThan(0);
    expect(validate(JSON.parse(JSON.stringify(rows))), JSON.stringify(validate.errors)).toBe(true);
    expect(validate([{ ...rows[0], availability: 99.5 }])).toBe(false);
    expect(validate([{ ...rows[0], month: '2026-13' }])).toBe(false);
  });
});
