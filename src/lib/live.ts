/**
 * "A status that stays true after the build": what a page embeds so that a small script can
 * re-evaluate the state against the visitor's clock, and the evaluation itself. The same rules as the
 * build (status.ts), so the page and the script never disagree.
 */
import { affects, primaryEnvironment, type Content, type PlannedWindow } from './model.ts';
import {
  environmentStatus,
  isActive,
  isOpen,
  isPending,
  windowState,
  worst,
  type IncidentTiming,
  type Status,
  type WindowTimes,
  type WindowTiming,
} from './status.ts';
import type { Instant } from './time.ts';

export interface LiveWindow extends WindowTiming {
  slug: string;
  title: string;
  /** Its planned times as the build words them (`formatSpan`), for "next planned downtime". */
  when?: string;
}

export interface LiveData {
  generatedAt: Instant;
  locale: string;
  /** The site's time zone: the script adds the visitor's clock beside it when theirs differs. */
  timeZone: string;
  /** The build's stamp (`/build.json`): another one there means a newer build is published. */
  build: string;
  /** The path the site is served under (`/`, or `/status/` for a site under a path): the script's fetches go below it. */
  base: string;
  /** Each system's primary environment: the one its state is about. */
  systems: { id: string; environment: string }[];
  /**
   * Windows not over at the build and starting within the embedded horizon, not cancelled; plus the
   * first downtime on a primary environment after the horizon, so that "next planned downtime" is true.
   */
  windows: LiveWindow[];
  /** Incidents open at the build: without a rebuild they stay as they were. */
  incidents: IncidentTiming[];
  /** UI strings the script needs, in the page's language. */
  strings: Record<string, string>;
}

/** How far ahead a page carries windows: a page not rebuilt for longer than this stops knowing. */
export const LIVE_HORIZON_DAYS = 35;

/** The data a page embeds at build time `now`. */
export function liveData(content: Pick<Content, 'systems' | 'incidents' | 'maintenance'>, now: Instant): Omit<LiveData, 'strings' | 'locale' | 'base' | 'timeZone' | 'build'> {
  const horizon = now + LIVE_HORIZON_DAYS * 86_400_000;
  const systems = content.systems.map((s) => ({ id: s.id, environment: primaryEnvironment(s) }));
  const coming = content.maintenance.filter((w) => isPending(w, now));
  const later = coming
    .filter((w) => w.start >= horizon && w.downtime && systems.some(({ id, environment }) => affects(w, id, environment)))
    .reduce<PlannedWindow | undefined>((first, w) => (first === undefined || w.start < first.start ? w : first), undefined);
  return {
    generatedAt: now,
    systems,
    windows: [...coming.filter((w) => w.start < horizon), ...(later ? [later] : [])]
      .map(({ slug, title, start, end, finished, downtime, cancelled, systems, environments }) => ({
        slug,
        title,
        start,
        end,
        downtime,
        cancelled,
        systems,
        ...(finished !== undefined ? { finished } : {}),
        ...(environments ? { environments } : {}),
      })),
    incidents: content.incidents
      .filter((i) => isOpen(i, now))
      .map(({ start, end, impact, systems, environments }) => ({
        start,
        impact,
        systems,
        ...(end !== undefined ? { end } : {}),
        ...(environments ? { environments } : {}),
      })),
  };
}

export interface LiveState {
  status: Status;
  systems: Record<string, Status>;
  /** The next window with downtime on a primary environment that is not over, and whether it is under way. */
  next: { window: LiveWindow; active: boolean } | undefined;
}

/** The state at `now` (the visitor's clock) from the embedded data. */
export function liveState(data: Pick<LiveData, 'systems' | 'windows' | 'incidents'>, now: Instant): LiveState {
  const systems: Record<string, Status> = {};
  for (const { id, environment } of data.systems) {
    systems[id] = environmentStatus(id, environment, data.incidents, data.windows, now);
  }
  const primary = (window: LiveWindow) => data.systems.some(({ id, environment }) => affects(window, id, environment));
  const next = data.windows
    .filter((w) => w.downtime && isPending(w, now) && primary(w))
    .sort((a, b) => a.start - b.start)[0];
  return {
    status: worst(Object.values(systems)),
    systems,
    next: next ? { window: next, active: isActive(next, now) } : undefined,
  };
}

/**
 * The times of a window a page marks with `data-live-window`, from its `data-start`, `data-end` and
 * optional `data-finished` (instants in milliseconds) and `data-cancelled` attributes, so that the
 * script asks `windowState` like the build does. Undefined when the times are missing or not numbers.
 */
export function markedWindow(dataset: Readonly<Record<string, string | undefined>>): WindowTimes | undefined {
  const start = instantAttribute(dataset['start']);
  const end = instantAttribute(dataset['end']);
  if (start === undefined || end === undefined) return undefined;
  const finished = instantAttribute(dataset['finished']);
  return { start, end, cancelled: dataset['cancelled'] !== undefined, ...(finished !== undefined ? { finished } : {}) };
}

function instantAttribute(text: string | undefined): Instant | undefined {
  const value = text === undefined || text.trim() === '' ? Number.NaN : Number(text);
  return Number.isFinite(value) ? value : undefined;
}

/** The list a window belongs in on a page that keeps one for each: under way, still to come, or none (over or cancelled). */
export type WindowSection = 'active' | 'upcoming' | undefined;

/** Which list a window belongs in at `now`: the same rule (`windowState`) as the build's lists. */
export function windowSection(window: WindowTimes, now: Instant): WindowSection {
  const state = windowState(window, now);
  return state === 'active' ? 'active' : state === 'planned' ? 'upcoming' : undefined;
}

/** What `/build.json` holds: the build's stamp. */
export interface BuildStamp {
  build: string;
}

/**
 * Whether the document fetched from `/build.json` tells of another build than the page's own `build`.
 * A missing, broken or foreign document tells of none: the page then keeps what it has.
 */
export function newerBuild(build: string, document: unknown): boolean {
  const stamp = (document as Partial<BuildStamp> | null)?.build;
  return typeof stamp === 'string' && stamp !== '' && stamp !== build;
}

/** The list an incident belongs in at its state: open (or not yet begun) ones above, ended ones below. */
export function incidentSection(state: 'upcoming' | 'ongoing' | 'resolved'): 'ongoing' | 'resolved' {
  return state === 'resolved' ? 'resolved' : 'ongoing';
}

/** The impacts an incident can have (as schemas/fields.ts, which the browser's bundle must not import: it brings zod). */
const IMPACTS: readonly IncidentTiming['impact'][] = ['degraded', 'outage'];

/**
 * The timing of an incident a page marks with `data-live-incident`, from its `data-start` and optional
 * `data-end` (instants in milliseconds) and `data-impact`, so that the script asks `incidentState` like
 * the build does. Undefined when the start is missing or not a number.
 */
export function markedIncident(dataset: Readonly<Record<string, string | undefined>>): IncidentTiming | undefined {
  const start = instantAttribute(dataset['start']);
  if (start === undefined) return undefined;
  const end = instantAttribute(dataset['end']);
  const impact = IMPACTS.find((status) => status === dataset['impact']) ?? 'outage';
  return { start, impact, systems: [], ...(end !== undefined ? { end } : {}) };
}
