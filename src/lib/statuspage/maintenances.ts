/** `scheduled-maintenances.json` and its `upcoming` and `active` lists: planned windows, newest first. */
import { changeText, windowAnnouncementsAt } from '../feeds.ts';
import { asPlanned } from '../window-updates.ts';
import { formatSpan } from '../format.ts';
import type { Content, FileHistory, PlannedWindow } from '../model.ts';
import { announcedAt } from '../notice.ts';
import { compareText } from '../sort.ts';
import { windowEnd, windowState, type WindowState } from '../status.ts';
import { toIso, type Instant } from '../time.ts';
import { affectedComponents, type SystemComponent } from './components.ts';
import { RECENT, statusUpdate, type StatuspageContext } from './page.ts';

export type MaintenanceStatus = 'scheduled' | 'in_progress' | 'completed';

/** Statuspage has no "cancelled": a window that was called off is completed (and says `cancelled: true`). */
export const MAINTENANCE_STATUS: Record<WindowState, MaintenanceStatus> = {
  planned: 'scheduled',
  active: 'in_progress',
  over: 'completed',
  cancelled: 'completed',
};

/**
 * The updates of a window, newest first: announced, each new time and its cancellation (one update
 * each, with ids that never change: see window-updates.ts), then under way at its start and completed
 * at its end, as they happen. Every text is in the site's language.
 */
function windowUpdates(window: PlannedWindow, state: WindowState, created: Instant, context: StatuspageContext) {
  const { t } = context;
  const planned = asPlanned(window);
  const announcement = statusUpdate(window.slug, 'announced', 'scheduled', planned.body.trim() || planned.title, created);
  const told = windowAnnouncementsAt(window, context).flatMap((a) => {
    if (a.kind === 'scheduled') return [announcement];
    const at = Math.max(a.at, created);
    if (at > context.now) return [];
    if (a.kind === 'cancelled') return [statusUpdate(window.slug, 'cancelled', 'completed', t('maintenance.cancelledNote'), at)];
    const time = formatSpan(a.start, a.end, context.locale, context.timeZone);
    return [statusUpdate(window.slug, a.fragment, 'scheduled', `${t('maintenance.rescheduled')}: ${time}. ${changeText(a.was, a, context)}.`, at)];
  });
  return [
    ...(state === 'over' ? [statusUpdate(window.slug, 'completed', 'completed', t('maintenance.state.over'), windowEnd(window))] : []),
    ...(state === 'active' || state === 'over' ? [statusUpdate(window.slug, 'in-progress', 'in_progress', t('maintenance.state.active'), window.start)] : []),
    ...(told.length > 0 ? told : [announcement]).reverse(),
  ];
}

/**
 * When a window was created: its announcement (or its start, if announced later), but never after
 * `now`. An occurrence of a schedule listed before its announcement then counts from its file's first
 * commit, an instant that does not move between builds, and only without history from `now`.
 */
function createdAt(window: PlannedWindow, history: FileHistory | undefined, now: Instant): Instant {
  // A moved or overridden occurrence was created when its planned time was announced.
  const planned = window.series?.planned ? { series: window.series, start: window.series.planned.start } : window;
  const created = Math.min(announcedAt(planned, history), planned.start);
  return created <= now ? created : Math.min(history?.firstCommitted ?? now, now);
}

/** When a window last changed state by `now`: its real end once over, its start once under way. */
function stateChanged(window: PlannedWindow, state: WindowState, created: Instant): Instant {
  if (state === 'over') return windowEnd(window);
  return state === 'active' ? window.start : created;
}

/** One planned window as a Statuspage scheduled maintenance, its status from the window's state at `now`. */
export function maintenanceRecord(window: PlannedWindow, context: StatuspageContext, pageId: string, affected: SystemComponent[]) {
  const history = context.historyOf(window.file);
  const created = createdAt(window, history, context.now);
  const state = windowState(window, context.now);
  const committed = Math.min(history?.lastCommitted ?? created, context.now);
  return {
    id: window.slug,
    name: window.title,
    status: MAINTENANCE_STATUS[state],
    impact: window.downtime ? 'maintenance' : 'none',
    created_at: toIso(created),
    updated_at: toIso(Math.max(created, committed, stateChanged(window, state, created))),
    monitoring_at: null,
    resolved_at: state === 'over' ? toIso(windowEnd(window)) : null,
    // Statuspage gives a maintenance still to come its creation here; only `scheduled_*` look ahead.
    started_at: toIso(window.start <= context.now ? window.start : created),
    scheduled_for: toIso(window.start),
    scheduled_until: toIso(window.end),
    shortlink: `${context.siteUrl}maintenance/${window.slug}/`,
    page_id: pageId,
    /** Not in Statuspage: true for a window that was called off (its status is then `completed`). */
    cancelled: window.cancelled,
    incident_updates: windowUpdates(window, state, created, context),
    components: affected,
  };
}

/**
 * The maintenance lists at `now`. Like Statuspage's, `listed` holds what is coming or under way and
 * the most recent completed ones; `upcoming` is soonest first.
 */
export function maintenanceLists(content: Content, context: StatuspageContext, pageId: string, components: readonly SystemComponent[]) {
  const maintenances = [...content.maintenance]
    .sort((a, b) => b.start - a.start || compareText(a.slug, b.slug))
    .map((window) => maintenanceRecord(window, context, pageId, affectedComponents(window, components, content.systems)));
  const completed = maintenances.filter((m) => m.status === 'completed');
  return {
    listed: [...maintenances.filter((m) => m.status !== 'completed'), ...completed.slice(0, RECENT)],
    upcoming: maintenances.filter((m) => m.status === 'scheduled').reverse(),
    active: maintenances.filter((m) => m.status === 'in_progress'),
  };
}
