import { describe, expect, it } from 'vitest';
import { windowFinish, windowNotice, windowView } from '../../src/lib/views/window.ts';
import { at, plannedWindow, site, system } from './helpers.ts';

const DAY = 86_400_000;
const context = (now: number) => ({ site: site(), systems: new Map([['app', system({ id: 'app', name: 'App' })]]), now });

const upgrade = plannedWindow({
  slug: 'upgrade',
  start: at('2024-03-13 05:30'),
  end: at('2024-03-13 09:00'),
  announced: at('2024-03-12 12:00'),
});

describe('windowView', () => {
  it('shows a window still to come as planned, with its length, and flags short notice', () => {
    const view = windowView(upgrade, 'sv', context(at('2024-03-12 13:00')));
    expect(view.state).toBe('planned');
    expect(view.status).toBe('operational');
    expect(view.kindStatus).toBe('maintenance');
    expect(view.planned).toEqual({ start: upgrade.start, end: upgrade.end, duration: 3.5 * 3_600_000 });
    expect(view.shortNotice).toEqual({ notice: 17.5 * 3_600_000, minimumDays: site().notice.minimumDays });
    expect(view.notice).toEqual({ kind: 'ahead', announced: upgrade.announced, by: 17.5 * 3_600_000 });
    expect(view.live).toEqual({ watch: true, start: upgrade.start, end: upgrade.end, finished: undefined });
    expect(view.path).toBe('maintenance/upgrade/');
    expect(view.affected.map((a) => [a.id, a.environments])).toEqual([['app', 'all']]);
  });

  it('colours the page as maintenance only while work with downtime is under way', () => {
    expect(windowView(upgrade, 'sv', context(at('2024-03-13 06:00'))).status).toBe('maintenance');
    const hotfix = windowView({ ...upgrade, downtime: false }, 'sv', context(at('2024-03-13 06:00')));
    expect([hotfix.state, hotfix.status, hotfix.kindStatus]).toEqual(['active', 'operational', 'operational']);
  });

  it('ends a window that finished early at its real end, and says by how much', () => {
    const early = { ...upgrade, finished: at('2024-03-13 08:00') };
    const view = windowView(early, 'sv', context(at('2024-03-13 08:30')));
    expect(view.state).toBe('over');
    expect(view.status).toBe('operational');
    // The script switches the state at the real end: windowEnd() of what the page marks (see live.ts's markedWindow).
    expect(view.live).toMatchObject({ end: early.end, finished: early.finished });
    expect(view.finish).toEqual({ at: early.finished, kind: 'early', by: 3_600_000 });
  });

  it('shows a cancelled window as cancelled, unwatched by the live script and without a short-notice warning', () => {
    const view = windowView({ ...upgrade, cancelled: true }, 'sv', context(at('2024-03-13 06:00')));
    expect(view.state).toBe('cancelled');
    expect(view.status).toBe('operational');
    expect(view.live.watch).toBe(false);
    expect(view.shortNotice).toBeUndefined();
  });

  it('names the series of an occurrence by its original title', () => {
    const occurrence = { ...upgrade, announced: undefined, series: { schedule: 'weekly', date: '2024-03-13' } };
    const view = windowView(occurrence, 'en', context(at('2024-03-01 12:00')));
    expect(view.seriesTitle).toBe('Window');
    expect(view.notice).toEqual({ kind: 'series' });
    expect(windowView(upgrade, 'en', context(at('2024-03-01 12:00'))).seriesTitle).toBeUndefined();
  });
});

describe('windowNotice', () => {
  it('tells ahead, after the start, by the schedule or unknown', () => {
    const start = at('2024-03-13 05:30');
    expect(windowNotice({ start, announced: start - 3 * DAY })).toEqual({ kind: 'ahead', announced: start - 3 * DAY, by: 3 * DAY });
    expect(windowNotice({ start, announced: start })).toEqual({ kind: 'ahead', announced: start, by: 0 });
    expect(windowNotice({ start, announced: start + 60_000 })).toEqual({ kind: 'after', announced: start + 60_000 });
    expect(windowNotice({ start })).toEqual({ kind: 'unknown' });
  });
});

describe('windowFinish', () => {
  it('compares the real end with the planned one', () => {
    const end = at('2024-03-13 09:00');
    expect(windowFinish({ end })).toBeUndefined();
    expect(windowFinish({ end, finished: end })).toEqual({ at: end, kind: 'onTime' });
    expect(windowFinish({ end, finished: end + 60_000 })).toEqual({ at: end + 60_000, kind: 'late', by: 60_000 });
    expect(windowFinish({ end, finished: end - 60_000 })).toEqual({ at: end - 60_000, kind: 'early', by: 60_000 });
  });
});

describe('windowView: what changed', () => {
  // A release-train occurrence planned Thursday 10 December 2026 05:30–09:00.
  const planned = { start: at('2026-12-10 05:30'), end: at('2026-12-10 09:00') };
  const occurrence = plannedWindow({ slug: 'train-2026-12-10-test', ...planned, series: { schedule: 'train', date: '2026-11-30', planned } });
  const now = context(at('2026-12-01 12:00'));

  it('says nothing for an occurrence that runs as planned, or a one-off', () => {
    expect(windowView(occurrence, 'sv', now).change).toBeUndefined();
    expect(windowView(upgrade, 'sv', now).change).toBeUndefined();
  });

  it('says from when an occurrence was moved, and what its times were when retimed', () => {
    const moved = { ...occurrence, start: at('2026-12-11 05:30'), end: at('2026-12-11 09:00') };
    expect(windowView(moved, 'sv', now).change).toEqual({ kind: 'moved', was: planned });
    const retimed = { ...occurrence, start: at('2026-12-10 06:00') };
    expect(windowView(retimed, 'sv', now).change).toEqual({ kind: 'retimed', was: planned });
  });

  it('keeps a cancelled occurrence, its address and its planned time', () => {
    const view = windowView({ ...occurrence, cancelled: true }, 'sv', now);
    expect([view.state, view.path, view.change]).toEqual(['cancelled', 'maintenance/train-2026-12-10-test/', undefined]);
  });
});
