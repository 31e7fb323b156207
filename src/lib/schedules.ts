/**
 * Recurring schedules expanded into planned windows. A series date comes from the RRULE (evaluated on
 * calendar dates, so DST cannot move it to another day); each step then runs `day` days later from
 * its local start to its local end time, so 05:30 stays 05:30 local across daylight-saving changes.
 */
import type { Content, PlannedWindow, Schedule } from './model.ts';
import { holidayOn } from './holidays.ts';
import { ruleDates } from './recurrence.ts';
import { compareText } from './sort.ts';
import { addDays, localDate, localDateTime, type Instant, type LocalDate } from './time.ts';

/** Window dates to expand, both ends included. */
export interface DateRange {
  from: LocalDate;
  to: LocalDate;
}

/** Most occurrences one schedule may produce: guards against a rule like FREQ=MINUTELY. */
const MAX_OCCURRENCES = 20_000;
/** Longest a step's day offset or a move may shift a window from its series date. */
const MAX_SHIFT_DAYS = 62;

/** The series dates of a schedule, with skips removed and moves applied, up to `until`. */
export function occurrences(schedule: Schedule, until: LocalDate): { seriesDate: LocalDate; date: LocalDate }[] {
  const last = schedule.until !== undefined && schedule.until < until ? schedule.until : until;
  const moves = new Map(schedule.moved.map((m) => [m.from, m.to]));
  return ruleDates(schedule.rrule, schedule.first, last, MAX_OCCURRENCES)
    .filter((date) => !schedule.skip.includes(date))
    .map((seriesDate) => ({ seriesDate, date: moves.get(seriesDate) ?? seriesDate }));
}

/** A step's start and end on `date`, in `timeZone`. */
function stepTimes(step: { start: number; end: number }, date: LocalDate, timeZone: string): { start: Instant; end: Instant } {
  const start = localDateTime(date, step.start, timeZone);
  const wallEnd = localDateTime(step.end > step.start ? date : addDays(date, 1), step.end, timeZone);
  // A step inside the spring DST gap (02:30–03:30 becomes 03:30–03:30) keeps its planned length.
  const planned = ((step.end - step.start + 1440) % 1440 || 1440) * 60_000;
  return { start, end: wallEnd > start ? wallEnd : start + planned };
}

/**
 * The windows of one schedule whose dates fall in `range`, in the site's time zone; none on a public
 * holiday when the schedule skips them (`skipHolidays`: the holiday is the day the step runs on). An occurrence's
 * slug is named after the date its step runs on *as planned* (series date plus the step's day), so a
 * move keeps its slug, page and ids; `series.planned` keeps the times the rule gives it.
 * @example
 * // moved: [{ from: 2026-04-06, to: 2026-04-07 }], one step 05:30–09:00:
 * // slug train-2026-04-06-test, start 2026-04-07 05:30, series.planned.start 2026-04-06 05:30
 */
export function expandSchedule(schedule: Schedule, timeZone: string, range: DateRange): PlannedWindow[] {
  const steps = schedule.steps ?? [{ day: 0, start: schedule.start ?? 0, end: schedule.end ?? 0 }];
  const slugs = new Set<string>();
  return occurrences(schedule, addDays(range.to, MAX_SHIFT_DAYS)).flatMap(({ seriesDate, date: occurrence }) =>
    steps.flatMap((step) => {
      const date = addDays(occurrence, step.day);
      const plannedDate = addDays(seriesDate, step.day);
      const systems = ('systems' in step ? step.systems : undefined) ?? schedule.systems ?? [];
      const environments = ('environments' in step ? step.environments : undefined) ?? schedule.environments;
      // Named before the range is applied, so that a window's number (`-2`) never depends on the range.
      const base = `${schedule.slug}-${plannedDate}-${(environments ?? systems).join('-')}`;
      let slug = base;
      for (let n = 2; slugs.has(slug); n += 1) slug = `${base}-${n}`;
      slugs.add(slug);
      if (date < range.from || date > range.to) return [];
      // After the slug: a skipped holiday does not renumber the windows around it.
      if (schedule.skipHolidays !== undefined && holidayOn(schedule.skipHolidays, date) !== undefined) return [];
      const { start, end } = stepTimes(step, date, timeZone);
      const downtime = ('downtime' in step ? step.downtime : undefined) ?? schedule.downtime ?? schedule.kind !== 'hotfix';
      const window: PlannedWindow = {
        slug,
        file: schedule.file,
        title: schedule.title,
        kind: schedule.kind,
        systems,
        start,
        end,
        downtime,
        cancelled: false,
        body: schedule.description ?? '',
        // A translation without a description shows the original one (see `localize`).
        translations: Object.fromEntries(
          Object.entries(schedule.translations ?? {}).map(([locale, text]) => [locale, { title: text.title, body: text.description ?? '', file: schedule.file }]),
        ),
        series: { schedule: schedule.slug, date: seriesDate, planned: date === plannedDate ? { start, end } : stepTimes(step, plannedDate, timeZone) },
        ...(environments ? { environments } : {}),
      };
      return [window];
    }),
  );
}

/** The local date a window is on (its start). */
export function windowDate(window: PlannedWindow, timeZone: string): LocalDate {
  return localDate(window.start, timeZone);
}

/**
 * All planned windows at `now`: the one-off files, plus every schedule expanded over the site's horizon
 * (by default from its first date; ahead `futureDays`), with the overrides applied. A file that
 * overrides a schedule's date takes the place, and the identity (slug, series), of the first window the
 * schedule has on that date; any other window of that date stays, cancelled, so that no address of an
 * occurrence ever disappears. The override file's own name stays an alias of the window's page (see
 * `aliases`). An override whose date is outside the horizon keeps its own slug.
 */
export function plannedWindows(content: Pick<Content, 'site' | 'maintenance' | 'schedules'>, now: Instant): PlannedWindow[] {
  const { site } = content;
  const today = localDate(now, site.timezone);
  const { pastDays, futureDays } = site.schedules;
  const earliest = content.schedules.reduce((first, schedule) => (schedule.first < first ? schedule.first : first), today);
  const range = { from: pastDays === undefined ? earliest : addDays(today, -pastDays), to: addDays(today, futureDays) };
  const generated = content.schedules.flatMap((schedule) => expandSchedule(schedule, site.timezone, range));
  const key = (schedule: string | undefined, date: LocalDate) => `${schedule}|${date}`;
  const byDate = new Map<string, PlannedWindow[]>();
  for (const window of generated) {
    const k = key(window.series?.schedule, windowDate(window, site.timezone));
    byDate.set(k, [...(byDate.get(k) ?? []), window]);
  }
  const takenOver = new Set<string>();
  const calledOff = new Set<string>();
  const windows = content.maintenance.map((file) => {
    const [first, ...others] = file.overrides ? (byDate.get(key(file.overrides.schedule, file.overrides.date)) ?? []) : [];
    if (!first) return file;
    takenOver.add(first.slug);
    for (const other of others) calledOff.add(other.slug);
    const { file: scheduleFile, title, kind, systems, environments, downtime, body } = first;
    const planned = { start: first.start, end: first.end, ...first.series?.planned, file: scheduleFile, title, kind, systems, downtime, body, ...(environments ? { environments } : {}) };
    const renamed = file.slug === first.slug ? {} : { aliases: [file.slug] };
    return { ...file, slug: first.slug, ...renamed, ...(first.series ? { series: { ...first.series, planned } } : {}) };
  });
  const kept = generated.filter((w) => !takenOver.has(w.slug)).map((w) => (calledOff.has(w.slug) ? { ...w, cancelled: true } : w));
  return [...windows, ...kept].sort((a, b) => a.start - b.start || compareText(a.slug, b.slug));
}
