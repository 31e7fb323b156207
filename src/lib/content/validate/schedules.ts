/** Validates the schedule files: their schema, references, rule and dates, and their translations. */
import type { Locale, Schedule } from '../../model.ts';
import { ruleDates } from '../../recurrence.ts';
import { unique, type EntryContext } from './context.ts';
import { checkRawReferences, checkReferences } from './references.ts';

/** The valid schedules. */
export function validateSchedules(ctx: EntryContext): Schedule[] {
  return unique(ctx, ctx.byKind('schedule'), 'schedule id').flatMap((file) => {
    const { data, raw } = ctx.parse(file, ctx.schemas.schedule);
    if (!data) return checkRawReferences(ctx, file.file, raw);
    const schedule: Schedule = { ...data, ...skipped(ctx, file.file, data.skip), slug: file.slug, file: file.file };
    checkSteps(ctx, schedule);
    checkOverlappingSteps(ctx, schedule);
    checkDates(ctx, schedule, data.skip);
    checkLocales(ctx, schedule);
    return [schedule];
  });
}

/**
 * `skip` split into its dates and `holidays`, which takes the site's holiday country. Without one it
 * is an error: the windows would silently stay on the holidays.
 */
function skipped(ctx: EntryContext, file: string, skip: readonly string[]): { skip: string[]; skipHolidays?: string } {
  const dates = skip.filter((entry) => entry !== 'holidays');
  if (dates.length === skip.length) return { skip: dates };
  const country = ctx.site?.holidays;
  if (country !== undefined) return { skip: dates, skipHolidays: country };
  // Without a valid site.yaml, its own problems are reported already.
  if (ctx.site) ctx.report(file, `skip[${skip.indexOf('holidays')}]`, "holidays needs the site's country: add e.g. `holidays: SE` to site.yaml");
  return { skip: dates };
}

/** Times and systems are given either for the whole series or in each step. */
function checkSteps(ctx: EntryContext, schedule: Schedule): void {
  const report = (field: string, message: string) => ctx.report(schedule.file, field, message);
  if (schedule.steps) {
    if (schedule.start !== undefined || schedule.end !== undefined) {
      report(schedule.start !== undefined ? 'start' : 'end', 'give start and end either for the whole series or in each step, not both');
    }
    schedule.steps.forEach((step, index) => {
      const systems = step.systems ?? schedule.systems;
      if (!systems) report(`steps[${index}].systems`, 'is required when the series names no systems');
      else checkReferences(ctx, schedule.file, `steps[${index}].`, { systems, environments: step.environments ?? schedule.environments });
    });
  } else {
    if (schedule.start === undefined) report('start', 'is required (or give steps)');
    if (schedule.end === undefined) report('end', 'is required (or give steps)');
    if (!schedule.systems) report('systems', 'is required (or give systems in each step)');
    else checkReferences(ctx, schedule.file, '', { systems: schedule.systems, environments: schedule.environments });
  }
}

/** `first`, `skip` and `moved` name dates of the rule, and the rule has dates at all. */
function checkDates(ctx: EntryContext, schedule: Schedule, skip: readonly string[]): void {
  const report = (field: string, message: string) => ctx.report(schedule.file, field, message);
  if (schedule.until !== undefined && schedule.until < schedule.first) {
    report('until', `${schedule.until} is before first ${schedule.first}`);
    return;
  }
  const firstDates = ruleDates(schedule.rrule, schedule.first, schedule.until, 1);
  if (firstDates.length === 0) {
    report('rrule', `yields no dates from ${schedule.first}${schedule.until ? ` to ${schedule.until}` : ''}`);
  } else if (firstDates[0] !== schedule.first) {
    report('first', `${schedule.first} is not a date of the rule; its first date from there is ${firstDates[0]}`);
  }
  const isDate = (date: string) => ruleDates(schedule.rrule, schedule.first, date, 100_000).includes(date);
  skip.forEach((date, index) => {
    if (date !== 'holidays' && !isDate(date)) report(`skip[${index}]`, `${date} is not a date of the series`);
  });
  schedule.moved.forEach(({ from }, index) => {
    if (!isDate(from)) report(`moved[${index}].from`, `${from} is not a date of the series`);
  });
  checkMovedOnto(schedule, isDate, report);
}

/** A move onto a date that has windows already (a series date left in place, or another move's) makes them twice. */
function checkMovedOnto(schedule: Schedule, isDate: (date: string) => boolean, report: (field: string, message: string) => void): void {
  const movedAway = new Set(schedule.moved.map((m) => m.from));
  schedule.moved.forEach(({ from, to }, index) => {
    const earlier = schedule.moved.findIndex((m, i) => i < index && m.to === to);
    if (earlier >= 0) {
      report(`moved[${index}].to`, `${to} is also where moved[${earlier}] goes: the windows would be there twice; choose another date`);
    } else if (to !== from && isDate(to) && !movedAway.has(to) && !schedule.skip.includes(to)) {
      report(`moved[${index}].to`, `${to} is a date of the series already, so its windows would be there twice: choose a free date, or skip ${from} instead`);
    }
  });
}

/** Two steps on the same day at overlapping times for a system they share make its window twice. */
function checkOverlappingSteps(ctx: EntryContext, schedule: Schedule): void {
  const steps = schedule.steps ?? [];
  const span = (step: (typeof steps)[number]) => {
    const start = step.day * 1440 + step.start;
    return { start, end: start + ((step.end - step.start + 1440) % 1440 || 1440) };
  };
  const clock = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  steps.forEach((step, index) => {
    const systems = step.systems ?? schedule.systems ?? [];
    const other = steps.findIndex((o, i) => {
      if (i >= index || !(o.systems ?? schedule.systems ?? []).some((s) => systems.includes(s))) return false;
      const [a, b] = [span(o), span(step)];
      return a.start < b.end && b.start < a.end;
    });
    const earlier = steps[other];
    if (earlier) {
      ctx.report(
        schedule.file,
        `steps[${index}]`,
        `overlaps steps[${other}] (day ${earlier.day}, ${clock(earlier.start)}–${clock(earlier.end)}) for the same system: give it another day or time, or join the two steps`,
      );
    }
  });
}

/** Translations are for the site's other languages (checked once site.yaml is valid). */
function checkLocales(ctx: EntryContext, schedule: Schedule): void {
  const { site } = ctx;
  if (!site) return;
  for (const locale of Object.keys(schedule.translations ?? {}) as Locale[]) {
    if (locale === site.locale) {
      ctx.report(schedule.file, `translations.${locale}`, `"${locale}" is the site's default language: edit title and description above instead`);
    } else if (!site.locales.includes(locale)) {
      ctx.report(schedule.file, `translations.${locale}`, `the site is not built in "${locale}" (add it to locales in site.yaml)`);
    }
  }
}
