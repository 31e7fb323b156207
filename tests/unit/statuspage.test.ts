import { describe, expect, it } from 'vitest';
import type { Content } from '../../src/lib/model.ts';
import { lastChange, statuspage } from '../../src/lib/statuspage/index.ts';
import { at, content as contentOf, incident, outputContext, plannedWindow, system } from './helpers.ts';

const systems = [
  system({ id: 'app', name: 'App', group: 'Core', order: 1 }),
  system({ id: 'api', name: 'API', group: 'Core', order: 2 }),
  system({ id: 'login', name: 'Login', environments: [{ id: 'production' }] }),
];
const now = at('2026-11-21 12:00');

const context = () => outputContext(systems, now);

const update = (time: string, status: 'investigating' | 'monitoring' | 'resolved') => ({ at: at(time), status, text: status });
const content = (fields: Partial<Content>): Content => contentOf(systems, fields);

describe('statuspage: scheduled maintenances', () => {
  const windows = [
    plannedWindow({ slug: 'planned', start: at('2026-11-25 05:30'), end: at('2026-11-25 09:00'), announced: at('2026-11-20 10:00') }),
    plannedWindow({ slug: 'later', start: at('2026-11-28 05:30'), end: at('2026-11-28 09:00'), announced: at('2026-11-20 10:00') }),
    plannedWindow({ slug: 'active', systems: ['api'], start: at('2026-11-21 11:00'), end: at('2026-11-21 13:00'), announced: at('2026-11-19 10:00') }),
    plannedWindow({ slug: 'over', start: at('2026-11-20 05:30'), end: at('2026-11-20 09:00'), finished: at('2026-11-20 08:00'), announced: at('2026-11-18 10:00') }),
    plannedWindow({ slug: 'off', body: 'Moved.', cancelled: true, start: at('2026-11-21 11:30'), end: at('2026-11-21 14:00'), announced: at('2026-11-18 10:00') }),
  ];
  const documents = statuspage(content({ maintenance: windows }), context());
  const listed = documents['scheduled-maintenances.json'].scheduled_maintenances;
  const record = (slug: string) => listed.find((m) => m.id === slug);
  const updates = (slug: string) => record(slug)?.incident_updates.map((u) => `${u.status} ${u.created_at}`);

  it('takes the status from the window state: planned, active, over and cancelled', () => {
    expect(Object.fromEntries(listed.map((m) => [m.id, m.status]))).toEqual({
      later: 'scheduled',
      planned: 'scheduled',
      off: 'completed',
      active: 'in_progress',
      over: 'completed',
    });
    expect(record('off')?.cancelled).toBe(true);
    expect(record('over')?.resolved_at).toBe('2026-11-20T07:00:00Z');
    expect(record('off')?.resolved_at).toBeNull();
  });

  it('adds "in progress" at the start and "completed" at the real end, as they happen; a cancelled window only says so', () => {
    expect(updates('planned')).toEqual(['scheduled 2026-11-20T09:00:00Z']);
    expect(updates('active')).toEqual(['in_progress 2026-11-21T10:00:00Z', 'scheduled 2026-11-19T09:00:00Z']);
    expect(updates('over')).toEqual(['completed 2026-11-20T07:00:00Z', 'in_progress 2026-11-20T04:30:00Z', 'scheduled 2026-11-18T09:00:00Z']);
    // The cancellation is an update of its own; the announcement stays as it was.
    expect(updates('off')).toEqual(['completed 2026-11-18T09:00:00Z', 'scheduled 2026-11-18T09:00:00Z']);
    expect(record('off')?.incident_updates.map((u) => [u.id, u.body])).toEqual([
      ['off-cancelled', 'This work has been cancelled and will not take place.'],
      ['off-announced', 'Moved.'],
    ]);
  });

  it('gives a moved occurrence an update of its own, in the site language, and keeps the announcement', () => {
    // Planned Wednesday 18 November 05:30–09:00, moved in a schedule committed on 17 November.
    const planned = { start: at('2026-11-18 05:30'), end: at('2026-11-18 09:00') };
    const moved = plannedWindow({
      slug: 'train-2026-11-18-test',
      file: 'content/schedules/train.yaml',
      start: at('2026-11-19 06:00'),
      end: at('2026-11-19 09:00'),
      series: { schedule: 'train', date: '2026-11-18', planned },
    });
    const history = { 'content/schedules/train.yaml': { firstCommitted: at('2026-01-02 10:00'), lastCommitted: at('2026-11-17 15:00'), commits: 2 } };
    const sv = statuspage(content({ maintenance: [moved] }), outputContext(systems, now, { locale: 'sv', history }));
    const [record] = sv['scheduled-maintenances.json'].scheduled_maintenances;
    expect(record?.incident_updates.map((u) => [u.id, u.status, u.created_at, u.body])).toEqual([
      ['train-2026-11-18-test-completed', 'completed', '2026-11-19T08:00:00Z', 'Avslutat'],
      ['train-2026-11-18-test-in-progress', 'in_progress', '2026-11-19T05:00:00Z', 'Pågår'],
      [
        'train-2026-11-18-test-rescheduled-20261119T050000Z-20261119T080000Z',
        'scheduled',
        '2026-11-17T14:00:00Z',
        'Ny tid: 19 november 2026 06:00–09:00 CET. Flyttat från 18 november 2026 05:30–09:00 CET.',
      ],
      // Announced two weeks before the planned start, as every occurrence is.
      ['train-2026-11-18-test-announced', 'scheduled', '2026-11-04T04:30:00Z', 'Window'],
    ]);
    expect(record?.created_at).toBe('2026-11-04T04:30:00Z');
  });

  it('lists the upcoming soonest first and the active ones, and shows them in the summary', () => {
    expect(documents['scheduled-maintenances/upcoming.json'].scheduled_maintenances.map((m) => m.id)).toEqual(['planned', 'later']);
    expect(documents['scheduled-maintenances/active.json'].scheduled_maintenances.map((m) => m.id)).toEqual(['active']);
    expect(documents['summary.json'].scheduled_maintenances.map((m) => m.id)).toEqual(['active', 'planned', 'later']);
    expect(record('active')?.components.map((c) => c.id)).toEqual(['api', 'api:test']);
  });
});

describe('statuspage: incidents', () => {
  const reopened = incident({
    slug: 'reopened',
    start: at('2026-11-10 08:00'),
    end: at('2026-11-10 11:00'),
    updates: [update('2026-11-10 09:00', 'resolved'), update('2026-11-10 10:00', 'monitoring')],
  });
  const said = incident({ slug: 'said', start: at('2026-11-09 08:00'), end: at('2026-11-09 09:00'), updates: [update('2026-11-09 09:00', 'resolved')] });
  const ongoing = incident({ slug: 'ongoing', systems: ['login'], impact: 'degraded', start: at('2026-11-21 11:00'), updates: [update('2026-11-21 11:10', 'investigating')] });
  const future = incident({ slug: 'future', start: at('2026-11-22 08:00') });
  const documents = statuspage(content({ incidents: [said, reopened, ongoing, future] }), context());
  const listed = documents['incidents.json'].incidents;

  it('ends an incident whose last update is not "resolved" with a "resolved" of its own at its end', () => {
    const record = listed.find((i) => i.id === 'reopened');
    expect(record).toMatchObject({ status: 'resolved', resolved_at: '2026-11-10T10:00:00Z', monitoring_at: '2026-11-10T09:00:00Z' });
    expect(record?.incident_updates.map((u) => u.id)).toEqual(['reopened-resolved', 'reopened-20261110T090000Z', 'reopened-20261110T080000Z']);
    expect(record?.incident_updates[0]).toMatchObject({ status: 'resolved', created_at: '2026-11-10T10:00:00Z', body: 'Resolved' });
    expect(listed.find((i) => i.id === 'said')?.incident_updates.map((u) => u.id)).toEqual(['said-20261109T080000Z']);
  });

  it('lists begun incidents newest first, the open ones as unresolved with their last status', () => {
    expect(listed.map((i) => i.id)).toEqual(['ongoing', 'reopened', 'said']);
    expect(documents['incidents/unresolved.json'].incidents.map((i) => [i.id, i.status, i.impact])).toEqual([['ongoing', 'investigating', 'minor']]);
    expect(documents['summary.json'].incidents.map((i) => i.id)).toEqual(['ongoing']);
  });

  it('gives each environment a component and each group one, with the worst state, and the page its indicator', () => {
    const components = documents['components.json'].components;
    expect(components.map((c) => [c.id, c.name, c.position, c.group_id])).toEqual([
      ['app', 'App', 1, 'group-1'],
      ['app:test', 'App (Test)', 2, 'group-1'],
      ['api', 'API', 3, 'group-1'],
      ['api:test', 'API (Test)', 4, 'group-1'],
      ['login', 'Login', 5, null],
      ['group-1', 'Core', 6, null],
    ]);
    expect(components.find((c) => c.id === 'login')?.status).toBe('degraded_performance');
    expect(components.at(-1)).toMatchObject({ group: true, status: 'operational', components: ['app', 'app:test', 'api', 'api:test'] });
    expect(documents['status.json'].status).toEqual({ indicator: 'minor', description: 'Minor Service Outage' });
    expect(documents['status.json'].page).toMatchObject({ id: 'status-example-org', name: 'Status', updated_at: '2026-11-21T11:00:00Z' });
  });
});

describe('lastChange', () => {
  const events = {
    incidents: [incident({ start: at('2026-11-10 08:00'), end: at('2026-11-10 09:00'), environments: ['production'] })],
    maintenance: [
      plannedWindow({ start: at('2026-11-12 05:30'), end: at('2026-11-12 07:00') }),
      plannedWindow({ slug: 'quiet', downtime: false, start: at('2026-11-13 05:30'), end: at('2026-11-13 07:00') }),
      plannedWindow({ slug: 'off', cancelled: true, start: at('2026-11-14 05:30'), end: at('2026-11-14 07:00') }),
      plannedWindow({ slug: 'coming', start: at('2026-11-21 11:00'), end: at('2026-11-21 13:00') }),
    ],
  };

  it('is the latest start or end by now of incidents and downtime on that environment', () => {
    expect(lastChange(events, 'app', 'production', now)).toBe(at('2026-11-21 11:00'));
    expect(lastChange(events, 'app', 'production', at('2026-11-20 00:00'))).toBe(at('2026-11-12 07:00'));
    expect(lastChange(events, 'app', 'test', at('2026-11-11 00:00'))).toBeUndefined();
    expect(lastChange(events, 'api', 'production', now)).toBeUndefined();
  });
});
