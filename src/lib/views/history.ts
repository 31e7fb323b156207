/**
 * The history lists (the site's at `history/`, each system's at `systems/<id>/history/`): every event,
 * or incidents only, or planned work only, each paginated at an address of its own, so that a reader
 * without JavaScript can keep the incidents apart from routine work with a plain link.
 *
 * @example
 * // base 'history/', 60 incidents and 10 windows:
 * //   history/, history/2/, history/3/            (all 70)
 * //   history/incidents/, history/incidents/2/, history/incidents/3/
 * //   history/maintenance/
 */
import { PAGE_SIZE, type SiteEvent } from '../events.ts';

export const HISTORY_FILTERS = ['all', 'incidents', 'maintenance'] as const;
export type HistoryFilter = (typeof HISTORY_FILTERS)[number];

export interface HistoryPage {
  filter: HistoryFilter;
  /** The route's rest parameter: undefined, `2`, `incidents`, `incidents/2`… */
  param: string | undefined;
  /** The page's address below the locale's root, e.g. `history/incidents/2/`. */
  path: string;
  /** The first page of this filter: the base of its page links. */
  first: string;
  events: SiteEvent[];
  currentPage: number;
  lastPage: number;
  /** The filter links, each to the first page of its list. */
  filters: { filter: HistoryFilter; path: string; current: boolean }[];
}

/** The events a filter keeps. */
export function filterEvents(events: readonly SiteEvent[], filter: HistoryFilter): SiteEvent[] {
  if (filter === 'all') return [...events];
  const type = filter === 'incidents' ? 'incident' : 'maintenance';
  return events.filter((event) => event.type === type);
}

/** The first page of `filter`'s list below `base`. */
export function filterPath(base: string, filter: HistoryFilter): string {
  return filter === 'all' ? base : `${base}${filter}/`;
}

/** The links to the first page of each filter's list below `base`, marking `current` (none on a page outside the lists). */
export function filterLinks(base: string, current?: HistoryFilter): HistoryPage['filters'] {
  return HISTORY_FILTERS.map((filter) => ({ filter, path: filterPath(base, filter), current: filter === current }));
}

/** Page `n` (from 1) of `filter`'s list below `base`. */
export function historyPagePath(base: string, filter: HistoryFilter, n: number): string {
  const first = filterPath(base, filter);
  return n === 1 ? first : `${first}${n}/`;
}

/** Every page of every filter of the history list `events` (latest first) below `base`; at least one page each. */
export function historyPages(events: readonly SiteEvent[], base: string, pageSize = PAGE_SIZE): HistoryPage[] {
  return HISTORY_FILTERS.flatMap((filter) => {
    const kept = filterEvents(events, filter);
    const lastPage = Math.max(1, Math.ceil(kept.length / pageSize));
    const filters = filterLinks(base, filter);
    return Array.from({ length: lastPage }, (_, index): HistoryPage => {
      const n = index + 1;
      const path = historyPagePath(base, filter, n);
      const rest = path.slice(base.length, -1);
      return {
        filter,
        param: rest === '' ? undefined : rest,
        path,
        first: filterPath(base, filter),
        events: kept.slice(index * pageSize, n * pageSize),
        currentPage: n,
        lastPage,
        filters,
      };
    });
  });
}

/** The fragment that addresses an event's line in a history list, e.g. `incident-2026-11-20-login`. */
export function eventAnchor(event: SiteEvent): string {
  return `${event.type}-${event.entry.slug}`;
}

/** Where the event at `index` of the unfiltered history list below `base` is: its page (below the locale's root) and its line. */
export function historyLocation(events: readonly SiteEvent[], index: number, base: string, pageSize = PAGE_SIZE): { path: string; anchor: string } | undefined {
  const event = events[index];
  if (event === undefined) return undefined;
  return { path: historyPagePath(base, 'all', Math.floor(index / pageSize) + 1), anchor: eventAnchor(event) };
}
