import { describe, expect, it } from 'vitest';
import { feedItems } from '../../src/lib/feeds.ts';
import type { FileHistory } from '../../src/lib/model.ts';
import { SERIES_LEAD_MS } from '../../src/lib/notice.ts';
import { expandSchedule } from '../../src/lib/schedules.ts';
import { at, incident, outputContext, plannedWindow, system } from './helpers.ts';

const zone = 'Europe/Stockholm';
const systems = new Map([['app', system({ id: 'app', name: 'App', environments: [{ id: 'production' }, { id: 'test' }] })]]);

const context = (now: number, history: Record<string, FileHistory> = {}) => outputContext([...systems.values()], now, { locale: 'sv', history });

/** A weekly series since January 2026, one step on the test environment. */
const series = expandSchedule(
  {
    slug: 'train',
    file: 'content/schedules/train.yaml',
    title: 'Uppgradering',
    kind: 'upgrade',
    rrule: 'FREQ=WEEKLY;BYDAY=WE',
    first: '2026-01-07',
    systems: ['app'],
    environments: ['test'],
    start: 330,
    end: 540,
    skip: [],
    moved: [],
  },
  zone,
  { from: '2026-01-01', to: '2027-06-30' },
);

describe('feedItems', () => {
  const now = at('2026-11-21 12:00');
  const committed = { firstCommitted: at('2026-11-20 17:00'), lastCommitted: at('2026-11-20 17:00'), commits: 1 };

  it('announces each occurrence of a schedule two weeks ahead, not all at the commit of the series', () => {
    const items = feedItems({ incidents: [], maintenance: series }, context(now, { 'content/schedules/train.yaml': committed }));
    const windows = items.map((item) => item.link.replace('https://status.example.org/maintenance/', ''));
    // Newest first, in the order of the windows; nothing more than two weeks ahead.
    expect(windows.slice(0, 3)).toEqual(['train-2026-12-02-test/', 'train-2026-11-25-test/', 'train-2026-11-18-test/']);
    expect(windows.at(-1)).toBe('train-2026-01-07-test/');
    expect(items[0]?.pubDate).toBe(at('2026-12-02 05:30') - SERIES_LEAD_MS);
  });

  it('keeps recent incidents ahead of a long past series', () => {
    const outage = incident({ slug: 'outage', start: at('2026-11-10 08:00'), end: at('2026-11-10 09:00') });
    const items = feedItems({ incidents: [outage], maintenance: series }, context(now, { 'content/schedules/train.yaml': committed }));
    const first = items.findIndex((item) => item.link.includes('/incidents/outage/'));
    expect(first).toBeGreaterThanOrEqual(0);
    expect(first).toBeLessThan(10);
  });

  it('says "resolved" at the end of an incident whose last update is not "resolved", even after an earlier one', () => {
    const reopened = incident({
      slug: 'reopened',
      start: at('2026-11-10 08:00'),
      end: at('2026-11-10 11:00'),
      updates: [
        { at: at('2026-11-10 09:00'), status: 'resolved', text: 'Löst.' },
        { at: at('2026-11-10 10:00'), status: 'monitoring', text: 'Tillbaka, vi bevakar.' },
      ],
    });
    const items = feedItems({ incidents: [reopened], maintenance: [] }, context(now));
    expect(items[0]).toMatchObject({ link: 'https://status.example.org/incidents/reopened/#resolved', title: 'Löst: Incident', pubDate: at('2026-11-10 11:00') });
    const resolvedLast = { ...reopened, updates: [...reopened.updates, { at: at('2026-11-10 11:00'), status: 'resolved' as const, text: 'Löst igen.' }] };
    expect(feedItems({ incidents: [resolvedLast], maintenance: [] }, context(now)).map((i) => i.link)).not.toContain(
      'https://status.example.org/incidents/reopened/#resolved',
    );
  });

  it('names the environment in a window title', () => {
    const [item] = feedItems({ incidents: [], maintenance: series.slice(0, 1) }, context(now));
    expect(item?.title).toMatch(/^Uppgradering: Uppgradering – App \(Test\) \(/);
  });
});

describe('windowItems: not before the announcement', () => {
  const upgrade = plannedWindow({ slug: 'autumn', file: 'content/maintenance/autumn.md', start: at('2026-09-10 05:30'), end: at('2026-09-10 09:00'), announced: at('2026-08-02 09:00') });
  const history = { 'content/maintenance/autumn.md': { firstCommitted: at('2026-07-01 10:00'), lastCommitted: at('2026-07-01 10:00'), commits: 1 } };

  it('leaves a window out until the time it says it is announced, then dates its item then', () => {
    expect(feedItems({ incidents: [], maintenance: [upgrade] }, context(at('2026-07-20 12:00'), history))).toEqual([]);
    const [item] = feedItems({ incidents: [], maintenance: [upgrade] }, context(at('2026-08-02 09:00'), history));
    expect(item?.pubDate).toBe(at('2026-08-02 09:00'));
  });

  it('lists a window without announced at once, dated by its file (here: outside git, by its start)', () => {
    const { announced: _, ...undated } = upgrade;
    const [item] = feedItems({ incidents: [], maintenance: [undated] }, context(at('2026-07-20 12:00')));
    expect(item?.pubDate).toBe(upgrade.start);
  });
});
