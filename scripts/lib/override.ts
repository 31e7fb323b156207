/**
 * One occurrence of a schedule cancelled or moved, for `npm run update -- <schedule> --cancel <date>`
 * and `--move <date> --to "<date time>"`: the planned-window file that overrides the schedule on that
 * date (content/README.md, "overrides"), with the windows' own title, systems and environments, so it
 * replaces exactly what the schedule would have shown.
 */
import type { Content, PlannedWindow, Schedule } from '../../src/lib/model.ts';
import { expandSchedule, windowDate } from '../../src/lib/schedules.ts';
import { addDays, localDate, type Instant, type LocalDate } from '../../src/lib/time.ts';

export type Change = { cancel: true } | { cancel: false; to: Instant; now: Instant };

export type Override =
  | { ok: true; date: LocalDate; start: Instant; fields: Record<string, unknown>; body: string }
  | { ok: false; message: string };

/** How far around a date to look for the schedule's nearest windows, in days. */
const NEARBY_DAYS = 62;

/** The schedule's windows on local date `date` (the day each step runs). */
export function windowsOn(schedule: Schedule, date: LocalDate, timeZone: string): PlannedWindow[] {
  return expandSchedule(schedule, timeZone, { from: date, to: date }).filter((w) => windowDate(w, timeZone) === date);
}

/** The dates with a window of the schedule closest before and after `date`, for the message when it has none. */
function nearby(schedule: Schedule, date: LocalDate, timeZone: string): string {
  const dates = [...new Set(expandSchedule(schedule, timeZone, { from: addDays(date, -NEARBY_DAYS), to: addDays(date, NEARBY_DAYS) }).map((w) => windowDate(w, timeZone)))];
  const before = dates.filter((d) => d < date).at(-1);
  const after = dates.find((d) => d > date);
  const near = [before, after].filter((d) => d !== undefined);
  return near.length > 0 ? `its nearest windows are on ${near.join(' and ')}` : `it has none within ${NEARBY_DAYS} days`;
}

/**
 * The fields and body of the override file for `schedule` on `date`, or why there can be none.
 * `local` writes an instant as editors write times in the site's zone.
 * @example overrideFor(content, releaseTrain, '2026-12-16', { cancel: true }, local)
 * // { ok: true, date: '2026-12-16', fields: { title, kind, systems, environments, start, end, cancelled: true,
 * //   overrides: { schedule: 'release-train', date: '2026-12-16' } }, … }
 */
export function overrideFor(
  content: Pick<Content, 'site' | 'maintenance'>,
  schedule: Schedule,
  date: LocalDate,
  change: Change,
  local: (instant: Instant) => string,
): Override {
  const timeZone = content.site.timezone;
  const windows = windowsOn(schedule, date, timeZone);
  if (windows.length === 0) return { ok: false, message: `${schedule.slug} has no window on ${date}: ${nearby(schedule, date, timeZone)}` };
  const existing = content.maintenance.find((w) => w.overrides?.schedule === schedule.slug && w.overrides.date === date);
  if (existing) return { ok: false, message: `${existing.file} already replaces the ${schedule.slug} window of ${date}: edit that file instead` };
  const systems = [...new Set(windows.flatMap((w) => w.systems))];
  const environments = windows.every((w) => w.environments) ? [...new Set(windows.flatMap((w) => w.environments ?? []))] : undefined;
  const start = Math.min(...windows.map((w) => w.start));
  const end = Math.max(...windows.map((w) => w.end));
  const downtime = windows.some((w) => w.downtime);
  const same = { title: schedule.title, kind: schedule.kind, systems, environments };
  const overrides = { schedule: schedule.slug, date };
  // Written only when it differs from what a planned window of this kind assumes.
  const written = downtime === (schedule.kind !== 'hotfix') ? undefined : downtime;
  if (change.cancel) {
    return { ok: true, date, start, body: '', fields: { ...same, start: local(start), end: local(end), downtime: written, cancelled: true, overrides } };
  }
  if (windows.length > 1) {
    const which = windows.map((w) => (w.environments ?? w.systems).join(', ')).join('; ');
    return { ok: false, message: `${schedule.slug} has ${windows.length} windows on ${date} (${which}): cancel the date and announce each moved window with npm run new -- maintenance` };
  }
  const moved = change.to + (end - start);
  const fields = { ...same, start: local(change.to), end: local(moved), announced: local(change.now), downtime: written, overrides };
  return { ok: true, date: localDate(change.to, timeZone), start: change.to, body: schedule.description ? `${schedule.description}\n` : '', fields };
}
