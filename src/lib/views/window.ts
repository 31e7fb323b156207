/**
 * What a planned window's page shows at an instant: computed once, displayed by the page, which only
 * words it.
 */
import { activityShare, weighsOnUsers, type TypicalWeek } from '../activity-share.ts';
import { affectedSystems, type AffectedSystem } from '../affected.ts';
import { localize, type LocalizedText } from '../localize.ts';
import type { Locale, PlannedWindow, Site } from '../model.ts';
import { noticeGiven } from '../notice.ts';
import { windowEnd, windowState, type WindowState } from '../status.ts';
import type { Instant } from '../time.ts';
import { windowChange, type WindowChange } from '../window-updates.ts';
import { windowPath, type ViewContext } from './context.ts';

/**
 * When readers were told: `ahead` (by `by` milliseconds) or `after` the start when `announced` is
 * given; a window of a series without it was announced by its schedule, any other one is `unknown`.
 */
export type WindowNotice =
  | { kind: 'ahead'; announced: Instant; by: number }
  | { kind: 'after'; announced: Instant }
  | { kind: 'series' }
  | { kind: 'unknown' };

/** When the work really finished, against the planned end (`by` milliseconds earlier or later). */
export type WindowFinish = { at: Instant; kind: 'early' | 'late'; by: number } | { at: Instant; kind: 'onTime' };

export interface WindowView {
  window: PlannedWindow;
  /** Title and body in the reader's language, with the languages of untranslated parts. */
  text: LocalizedText;
  state: WindowState;
  /** The page's colour: maintenance while work with downtime is under way, else operational. */
  status: 'maintenance' | 'operational';
  /** The colour of the window's kind: maintenance when it takes the systems down. */
  kindStatus: 'maintenance' | 'operational';
  /**
   * What the live script needs to move the state along in the browser (see live.ts): the times it
   * switches at, and whether it should watch at all (a cancelled window never changes).
   */
  live: { watch: boolean; start: Instant; end: Instant; finished: Instant | undefined };
  affected: AffectedSystem[];
  /** The planned time and its length. */
  planned: { start: Instant; end: Instant; duration: number };
  /** The series' title in the original language, for an occurrence of one. */
  seriesTitle: string | undefined;
  /** Set when a window with downtime was announced later than the site's minimum notice. */
  shortNotice: { notice: number; minimumDays: number } | undefined;
  notice: WindowNotice;
  finish: WindowFinish | undefined;
  /**
   * How an occurrence of a schedule differs from what the schedule planned for it (moved to another
   * day, or retimed on the same day), so that the page can say "Moved from …"; undefined when it runs as
   * planned. A cancellation is `state` `cancelled`.
   */
  change: WindowChange | undefined;
  /** The page's path below the locale's root. */
  path: string;
  /** Per usage metric, the share of a typical week's activity the window falls on (downtime of a primary environment only). */
  activity: { label: string; share: number }[];
}

/** What a window's page needs besides the other pages' context: the zone, to tell a move from a retime. */
export type WindowContext = ViewContext & { site: Pick<Site, 'timezone'>; weeks?: readonly TypicalWeek[] };

/** The page of `window` in `locale` at `context.now`. */
export function windowView(window: PlannedWindow, locale: Locale, context: WindowContext): WindowView {
  const { site, now } = context;
  const state = windowState(window, now);
  const given = noticeGiven(window, site);
  return {
    window,
    text: localize(window, locale, site.locale),
    state,
    status: state === 'active' && window.downtime ? 'maintenance' : 'operational',
    kindStatus: window.downtime ? 'maintenance' : 'operational',
    live: { watch: !window.cancelled, start: window.start, end: window.end, finished: window.finished },
    affected: affectedSystems(window, context.systems),
    planned: { start: window.start, end: window.end, duration: window.end - window.start },
    seriesTitle: window.series ? window.title : undefined,
    shortNotice: given?.short ? { notice: given.notice, minimumDays: site.notice.minimumDays } : undefined,
    notice: windowNotice(window),
    finish: windowFinish(window),
    change: windowChange(window, site.timezone),
    path: windowPath(window.slug),
    activity: windowActivity(window, context),
  };
}

/** The window's share of each metric's typical week, when its downtime weighs on users. */
function windowActivity(window: PlannedWindow, { weeks = [], systems, site }: WindowContext): WindowView['activity'] {
  if (!weighsOnUsers(window, [...systems.values()])) return [];
  return weeks.flatMap((week) => {
    const share = activityShare(week, window.start, windowEnd(window), site.timezone);
    return share === undefined ? [] : [{ label: week.label, share }];
  });
}

export function windowNotice(window: Pick<PlannedWindow, 'announced' | 'start' | 'series'>): WindowNotice {
  const { announced, start } = window;
  if (announced === undefined) return { kind: window.series ? 'series' : 'unknown' };
  return announced <= start ? { kind: 'ahead', announced, by: start - announced } : { kind: 'after', announced };
}

export function windowFinish(window: Pick<PlannedWindow, 'finished' | 'end'>): WindowFinish | undefined {
  const { finished: at, end } = window;
  if (at === undefined) return undefined;
  if (at < end) return { at, kind: 'early', by: end - at };
  return at > end ? { at, kind: 'late', by: at - end } : { at, kind: 'onTime' };
}
