/** The Statuspage documents agree with one another and with `now` (issue 13, "self-consistent JSON"). */
import { describe, expect, it } from 'vitest';
import type { Content, FileHistory } from '../../src/lib/model.ts';
import { statuspage, statusIndicator, worstComponentStatus, worstIndicator, type StatuspageContext } from '../../src/lib/statuspage/index.ts';
import { at, content as contentOf, incident, outputContext, plannedWindow, system } from './helpers.ts';

const systems = [
  system({ id: 'app', name: 'App', group: 'Core', order: 1 }),
  system({ id: 'api', name: 'API', group: 'Core', order: 2 }),
  system({ id: 'login', name: 'Login', environments: [{ id: 'production' }] }),
];
// 12:00 in Stockholm is 11:00Z in November.
const now = at('2026-11-21 12:00');
const everyFile: FileHistory = { firstCommitted: at('2026-11-02 10:00'), lastCommitted: at('2026-11-03 10:00'), commits: 2 };

const context = (fields: Partial<StatuspageContext> = {}): StatuspageContext => ({ ...outputContext(systems, now), historyOf: () => everyFile, ...fields });

const content = (fields: Partial<Content>): Content => contentOf(systems, fields);

/** An outage of App's test environment only: its primary environment is fine. */
const testDown = incident({ slug: 'test-down', systems: ['app'], environments: ['test'], start: at('2026-11-21 10:00') });

describe('status.indicator: the worst of all components and unresolved incidents', () => {
  it('counts a non-primary environment: one component in major_outage is a partial outage of the page', () => {
    const documents = statuspage(content({ incidents: [testDown] }), context());
    expect(documents['components.json'].components.find((c) => c.id === 'app:test')?.status).toBe('major_outage');
    expect(documents['incidents/unresolved.json'].incidents.map((i) => [i.id, i.impact])).toEqual([['test-down', 'major']]);
    expect(documents['status.json'].status).toEqual({ indicator: 'major', description: 'Partial System Outage' });
    expect(documents['summary.json'].status).toEqual(documents['status.json'].status);
  });

  it('is critical only when every component is in major_outage', () => {
    const alone = [system({ id: 'login', name: 'Login', environments: [{ id: 'production' }] })];
    const down = incident({ slug: 'down', systems: ['login'], start: at('2026-11-21 10:00') });
    expect(statuspage(content({ systems: alone, incidents: [down] }), context())['status.json'].status).toEqual({
      indicator: 'critical',
      description: 'Major System Outage',
    });
  });

  it('counts planned downtime on a non-primary environment as maintenance', () => {
    const window = plannedWindow({ slug: 'test-upgrade', systems: ['api'], environments: ['test'], start: at('2026-11-21 11:00'), end: at('2026-11-21 13:00') });
    const documents = statuspage(content({ maintenance: [window] }), context());
    expect(documents['status.json'].status).toEqual({ indicator: 'maintenance', description: 'Service Under Maintenance' });
  });

  it('takes an unresolved incident\'s impact even where no component shows it', () => {
    expect(statusIndicator([{ status: 'operational' }], [{ impact: 'major' }])).toEqual({ indicator: 'major', description: 'Partial System Outage' });
    expect(statusIndicator([], [])).toEqual({ indicator: 'none', description: 'All Systems Operational' });
    expect(statusIndicator([{ status: 'under_maintenance' }, { status: 'degraded_performance' }], [])).toEqual({
      indicator: 'minor',
      description: 'Minor Service Outage',
    });
    expect(worstIndicator(['maintenance', 'none', 'minor'])).toBe('minor');
  });
});

describe('group components', () => {
  it('have the worst status of their members, non-primary environments included', () => {
    const documents = statuspage(content({ incidents: [testDown] }), context());
    expect(documents['components.json'].components.find((c) => c.id === 'group-1')).toMatchObject({ status: 'major_outage', updated_at: '2026-11-21T09:00:00Z' });
    expect(worstComponentStatus(['under_maintenance', 'partial_outage', 'degraded_performance'])).toBe('partial_outage');
    expect(worstComponentStatus([])).toBe('operational');
  });
});

describe('timestamps', () => {
  const series = { schedule: 'release-train', date: '2026-12-20' } as NonNullable<Parameters<typeof plannedWindow>[0]['series']>;

  it('dates an upcoming window announced after now from its first commit, and its announcement update with it', () => {
    const windows = [
      plannedWindow({ slug: 'later', announced: at('2026-11-25 10:00'), start: at('2026-12-01 05:30'), end: at('2026-12-01 07:00') }),
      plannedWindow({ slug: 'train', series, start: at('2026-12-20 05:30'), end: at('2026-12-20 07:00') }),
    ];
    const upcoming = statuspage(content({ maintenance: windows }), context())['scheduled-maintenances/upcoming.json'].scheduled_maintenances;
    expect(upcoming.map((m) => [m.id, m.created_at, m.updated_at, m.started_at, m.incident_updates.map((u) => u.created_at)])).toEqual([
      ['later', '2026-11-02T09:00:00Z', '2026-11-03T09:00:00Z', '2026-11-02T09:00:00Z', ['2026-11-02T09:00:00Z']],
      ['train', '2026-11-02T09:00:00Z', '2026-11-03T09:00:00Z', '2026-11-02T09:00:00Z', ['2026-11-02T09:00:00Z']],
    ]);
    expect(upcoming.map((m) => m.scheduled_for)).toEqual(['2026-12-01T04:30:00Z', '2026-12-20T04:30:00Z']);
  });

  it('never has a window updated before it was created', () => {
    const window = plannedWindow({ slug: 'announced', announced: at('2026-11-10 10:00'), start: at('2026-11-28 05:30'), end: at('2026-11-28 07:00') });
    const [record] = statuspage(content({ maintenance: [window] }), context())['scheduled-maintenances.json'].scheduled_maintenances;
    expect([record?.created_at, record?.updated_at]).toEqual(['2026-11-10T09:00:00Z', '2026-11-10T09:00:00Z']);
  });

  it('dates the page at its last change of content or state, not at the build, so later builds give the same bytes', () => {
    const fields: Partial<Content> = {
      incidents: [
        incident({ slug: 'past', start: at('2026-11-10 08:00'), end: at('2026-11-10 09:00'), updates: [{ at: at('2026-11-10 09:00'), status: 'resolved', text: 'Fixed.' }] }),
      ],
      maintenance: [
        plannedWindow({ slug: 'over', announced: at('2026-11-05 10:00'), start: at('2026-11-12 05:30'), end: at('2026-11-12 07:00') }),
        plannedWindow({ slug: 'coming', announced: at('2026-11-15 10:00'), start: at('2026-11-28 05:30'), end: at('2026-11-28 07:00') }),
      ],
    };
    const first = statuspage(content(fields), context());
    const later = statuspage(content(fields), context({ now: at('2026-11-21 18:00') }));
    expect(first['status.json'].page.updated_at).toBe('2026-11-15T09:00:00Z');
    expect(JSON.stringify(later)).toBe(JSON.stringify(first));
  });
});

/** Every object of a document that carries times, at any depth. */
function dated(value: unknown): Record<string, unknown>[] {
  if (Array.isArray(value)) return value.flatMap(dated);
  if (value === null || typeof value !== 'object') return [];
  const own = 'created_at' in value || 'updated_at' in value ? [value as Record<string, unknown>] : [];
  return [...own, ...Object.values(value).flatMap(dated)];
}

describe('every document, at every instant', () => {
  const fields: Partial<Content> = {
    incidents: [
      incident({ slug: 'open', start: at('2026-11-21 10:00'), updates: [{ at: at('2026-11-21 10:10'), status: 'investigating', text: 'Looking.' }, { at: at('2026-11-21 15:00'), status: 'resolved', text: 'Fixed.' }] }),
      incident({ slug: 'past', impact: 'degraded', start: at('2026-11-10 08:00'), end: at('2026-11-10 09:00') }),
      testDown,
    ],
    maintenance: [
      plannedWindow({ slug: 'over', start: at('2026-11-12 05:30'), end: at('2026-11-12 07:00'), finished: at('2026-11-12 06:15') }),
      plannedWindow({ slug: 'active', systems: ['api'], start: at('2026-11-21 11:00'), end: at('2026-11-21 13:00'), announced: at('2026-11-19 10:00') }),
      plannedWindow({ slug: 'off', cancelled: true, start: at('2026-11-21 11:30'), end: at('2026-11-21 14:00'), announced: at('2026-11-25 10:00') }),
      plannedWindow({ slug: 'train', series: { schedule: 'release-train', date: '2026-12-20' } as never, start: at('2026-12-20 05:30'), end: at('2026-12-20 07:00') }),
    ],
  };
  const instants = ['2026-11-01 00:00', '2026-11-12 06:00', '2026-11-21 10:05', '2026-11-21 12:00', '2026-11-21 16:00', '2026-12-20 06:00'];
  const histories: [string, (file: string) => FileHistory | undefined][] = [
    ['with history', () => everyFile],
    ['committed later', () => ({ firstCommitted: at('2026-11-30 10:00'), lastCommitted: at('2026-12-30 10:00'), commits: 3 })],
    ['without history', () => undefined],
  ];

  for (const [label, historyOf] of histories) {
    for (const instant of instants) {
      it(`dates nothing after now and nothing updated before created (${label}, ${instant})`, () => {
        const when = at(instant);
        const documents = statuspage(content(fields), context({ now: when, historyOf }));
        for (const record of dated(documents)) {
          // Only scheduled_for and scheduled_until look ahead.
          for (const key of ['created_at', 'updated_at', 'display_at', 'resolved_at', 'monitoring_at', 'started_at'] as const) {
            const time = record[key];
            if (typeof time === 'string') expect(Date.parse(time), `${String(record['id'])} ${key}`).toBeLessThanOrEqual(when);
          }
          // The page has no created_at; ISO times compare as text.
          if ('created_at' in record) expect(String(record['updated_at']) >= String(record['created_at']), String(record['id'])).toBe(true);
        }
      });
    }
  }
});
