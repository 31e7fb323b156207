/**
 * What readers were told about a planned window, and when: its announcement, each new time it got and
 * its cancellation, each once. The feeds and the JSON API make one item and one update of each, with an
 * id of its own that never changes (a new time gives a new id, the old item stays as it was); the
 * window's page says what changed. These rules are shared, so the three always agree.
 *
 * The content records a window's changes in two ways:
 * - an occurrence of a schedule carries the times its rule gives it (`series.planned`); a move in the
 *   schedule (`moved:`) or an override file gives it other times, or cancels it;
 * - a window in a file of its own (a one-off, or an override) changes by commits: the times of each
 *   committed version (`committed`, from git) are what readers were told from that commit on.
 */
import type { FileHistory, PlannedWindow } from './model.ts';
import { announcedAt, SERIES_LEAD_MS } from './notice.ts';
import { localDate, toIso, type Instant } from './time.ts';

/** One state of a window from `at` on: its times and whether it is called off. */
export interface WindowRevision {
  at: Instant;
  start: Instant;
  end: Instant;
  cancelled: boolean;
}

/** Planned times: what a change is measured against. */
export interface Span {
  start: Instant;
  end: Instant;
}

/**
 * One thing readers are told. `fragment` tells the announcements of a window apart in ids: empty for
 * the first (its id is the window's own), `rescheduled-<start>-<end>` for a new time, `cancelled`.
 */
export type WindowAnnouncement =
  | ({ kind: 'scheduled'; at: Instant; fragment: '' } & Span)
  | ({ kind: 'rescheduled'; at: Instant; fragment: string; was: Span } & Span)
  | ({ kind: 'cancelled'; at: Instant; fragment: 'cancelled' } & Span);

/** A change of a window's times against what was planned: to another day (`moved`) or on the same day (`retimed`). */
export interface WindowChange {
  kind: 'moved' | 'retimed';
  was: Span;
}

/**
 * The states of `window` oldest first (see the header), each no earlier than the one before. `history`
 * is that of the window's file; `committed`, the states of its committed versions, when git has them.
 */
export function windowRevisions(window: PlannedWindow, history: FileHistory | undefined, committed: readonly WindowRevision[] = []): WindowRevision[] {
  const now = { start: window.start, end: window.end, cancelled: window.cancelled };
  let states: WindowRevision[];
  if (window.series) {
    const planned = window.series.planned ?? window;
    const first = { at: planned.start - SERIES_LEAD_MS, start: planned.start, end: planned.end, cancelled: false };
    // An override file dates its change by its commits; a move in the schedule, by the schedule's last commit.
    const changed = window.overrides
      ? committed.length > 0
        ? committed
        : [{ ...now, at: history?.firstCommitted ?? first.at }]
      : [{ ...now, at: history?.lastCommitted ?? first.at }];
    states = [first, ...changed];
  } else {
    const first = { ...now, at: announcedAt(window, history), cancelled: false };
    states = committed.length > 0 ? [{ ...committed[0]!, at: first.at }, ...committed.slice(1)] : [first];
    const last = states.at(-1)!;
    // What the file says now, when no commit has said it yet (or outside git).
    if (last.start !== now.start || last.end !== now.end || last.cancelled !== now.cancelled) {
      states.push({ ...now, at: Math.max(last.at, history?.lastCommitted ?? last.at) });
    }
  }
  let previous = -Infinity;
  return states.map((state) => {
    previous = Math.max(previous, state.at);
    return { ...state, at: previous };
  });
}

/**
 * A window as it was first announced: an occurrence of a schedule as the schedule planned it (its
 * times, and the replaced occurrence's text when an override file took its place); any other window
 * as it is. The first announcement is worded from it, so that no move or override rewrites it.
 */
export function asPlanned(window: PlannedWindow): PlannedWindow {
  return window.series?.planned ? { ...window, ...window.series.planned } : window;
}

/** A compact UTC time for ids: `20261210T043000Z`. */
const stamp = (instant: Instant) => toIso(instant).replace(/[-:]/g, '');

/**
 * The announcements of a window's states: the first state, then every new time (with the time it
 * replaces), and the first cancellation.
 * @example
 * // planned 10 Dec 05:30–09:00, moved to 11 Dec: scheduled (fragment ''), rescheduled (fragment
 * // 'rescheduled-20261211T043000Z-20261211T080000Z', was 10 Dec 05:30–09:00)
 */
export function windowAnnouncements(revisions: readonly WindowRevision[]): WindowAnnouncement[] {
  const [first, ...rest] = revisions;
  if (!first) return [];
  const told: WindowAnnouncement[] = [{ kind: 'scheduled', at: first.at, start: first.start, end: first.end, fragment: '' }];
  let shown: Span = first;
  let cancelled = false;
  const fragments = new Set<string>();
  for (const state of [first, ...rest]) {
    if (state.start !== shown.start || state.end !== shown.end) {
      const base = `rescheduled-${stamp(state.start)}-${stamp(state.end)}`;
      let fragment = base;
      for (let n = 2; fragments.has(fragment); n += 1) fragment = `${base}-${n}`;
      fragments.add(fragment);
      told.push({ kind: 'rescheduled', at: state.at, start: state.start, end: state.end, fragment, was: { start: shown.start, end: shown.end } });
      shown = state;
    }
    if (state.cancelled && !cancelled) {
      told.push({ kind: 'cancelled', at: state.at, start: state.start, end: state.end, fragment: 'cancelled' });
      cancelled = true;
    }
  }
  return told;
}

/**
 * How an occurrence of a schedule differs from what its schedule planned (moved or overridden), from
 * what the content records; undefined for one that runs as planned, and for any other window.
 */
export function windowChange(window: Pick<PlannedWindow, 'start' | 'end' | 'series'>, timeZone: string): WindowChange | undefined {
  const was = window.series?.planned;
  if (!was || (was.start === window.start && was.end === window.end)) return undefined;
  return { kind: changeKind(was, window, timeZone), was: { start: was.start, end: was.end } };
}

/** The kind of a change between two spans, as `windowChange` words it. */
export function changeKind(was: Span, now: Span, timeZone: string): WindowChange['kind'] {
  return localDate(was.start, timeZone) !== localDate(now.start, timeZone) ? 'moved' : 'retimed';
}
