/** Validates the planned-window files, and how they stand to the schedules' windows. */
import type { PlannedWindow, Schedule } from '../../model.ts';
import { expandSchedule } from '../../schedules.ts';
import { checkOrder, unique, type EntryContext } from './context.ts';
import { checkRawReferences, checkReferences } from './references.ts';

/** The valid planned windows, without translations yet. */
export function validateMaintenance(ctx: EntryContext): PlannedWindow[] {
  return unique(ctx, ctx.byKind('maintenance'), 'maintenance slug').flatMap((file) => {
    const { data, raw, body } = ctx.parse(file, ctx.schemas.maintenance);
    if (!data) return checkRawReferences(ctx, file.file, raw);
    const window: PlannedWindow = {
      ...data,
      downtime: data.downtime ?? data.kind !== 'hotfix',
      slug: file.slug,
      file: file.file,
      body,
      translations: {},
    };
    checkReferences(ctx, file.file, '', window);
    checkOrder(ctx, file.file, 'end', window.start, window.end);
    if (window.finished !== undefined) checkOrder(ctx, file.file, 'finished', window.start, window.finished);
    if (window.finished !== undefined && window.cancelled) {
      ctx.report(file.file, 'finished', 'a cancelled window cannot have finished: remove one of the two');
    }
    return [window];
  });
}

/**
 * Windows against the schedules: a window's file name must not look like a schedule's windows'
 * (`<schedule>-<date>-…`), and a window that overrides a schedule's date must name a schedule that
 * has windows on that date.
 */
export function checkOverrides(ctx: EntryContext, windows: readonly PlannedWindow[], schedules: readonly Schedule[]): void {
  const scheduleById = new Map(schedules.map((s) => [s.slug, s]));
  for (const window of windows) {
    const reserved = schedules.find((s) => window.slug.startsWith(`${s.slug}-`) && /^\d{4}-\d{2}-\d{2}-/.test(window.slug.slice(s.slug.length + 1)));
    if (reserved) ctx.report(window.file, 'file name', `names like "${reserved.slug}-<date>-…" are used by the windows of schedule ${reserved.file}; choose another`);
    if (!window.overrides) continue;
    const { schedule: id, date } = window.overrides;
    const schedule = scheduleById.get(id);
    if (!schedule) {
      // A schedule whose file is invalid has been reported already.
      if (!ctx.byKind('schedule').some((f) => f.slug === id)) ctx.report(window.file, 'overrides.schedule', `unknown schedule "${id}" (no schedules/${id}.yaml)`);
    } else {
      const replaced = expandSchedule(schedule, ctx.timeZone, { from: date, to: date });
      if (replaced.length === 0) {
        ctx.report(window.file, 'overrides.date', `schedule ${id} has no window on ${date}: check the date against its rule, ${schedule.rrule}`);
      } else if (!replaced.some((w) => w.systems.some((s) => window.systems.includes(s)))) {
        const theirs = [...new Set(replaced.flatMap((w) => w.systems))].join(', ');
        ctx.report(window.file, 'overrides.date', `schedule ${id}'s windows on ${date} are for ${theirs}, not for ${window.systems.join(', ')}: check the date or the systems`);
      }
    }
  }
}
