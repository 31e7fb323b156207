/**
 * A system's 90-day bar as pages show it: each day's state, where that day's events are in the
 * system's history (a plain link, no JavaScript), and the availability over the bar's days.
 */
import { firstEventOfDay, type DayState } from '../bars.ts';
import type { SystemSummary } from '../site-state.ts';
import type { Status } from '../status.ts';
import type { Instant, LocalDate } from '../time.ts';
import { historyLocation } from './history.ts';

export interface BarDay {
  date: LocalDate;
  status: Status;
  /**
   * The line of the day's latest event in the system's history: its page below the locale's root and
   * the line's id, e.g. `systems/app/history/2/` and `incident-x`; undefined on a day without events.
   */
  target: { path: string; anchor: string } | undefined;
}

export interface DayBarView {
  days: BarDay[];
  /** Availability over the days, a fraction by the published formula; null when nothing was measured. */
  uptime: number | null;
}

/** The history list of a system starts at this address below the locale's root. */
export const systemHistoryBase = (system: string) => `systems/${system}/history/`;

/** The bar of the system `summary` describes, at `now`, its days cut in `timeZone`. */
export function dayBarView(summary: Pick<SystemSummary, 'system' | 'days' | 'history' | 'uptime'>, now: Instant, timeZone: string): DayBarView {
  const positions = firstEventOfDay(summary.days.map((day) => day.date), summary.history, now, timeZone);
  const base = systemHistoryBase(summary.system.id);
  return {
    days: summary.days.map((day: DayState, index): BarDay => {
      const position = positions[index];
      return { ...day, target: position === undefined ? undefined : historyLocation(summary.history, position, base) };
    }),
    uptime: summary.uptime,
  };
}
