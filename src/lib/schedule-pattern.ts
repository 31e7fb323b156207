/**
 * The pattern of a weekly schedule as the Swedish seed's upgrade calendar draws it: the weeks of one
 * period of the rule (two for a train every second week) × the weekdays, and in each day the steps that
 * run on it, with their environments and times. Computed from the rule and the steps, so that the table
 * on /calendar/ is the file's own; exceptions (skip, moved, holidays) are not part of the pattern.
 */
import { Temporal } from 'temporal-polyfill';
import type { Environment, Locale, Schedule, System } from './model.ts';
import { ruleDates, weeklyPeriod } from './recurrence.ts';
import { addDays, type LocalDate } from './time.ts';

export interface PatternStep {
  /** Ids of the systems of the step. */
  systems: string[];
  /** The environments of the step, with their names from the system files; undefined when it names none (all). */
  environments: Environment[] | undefined;
  /** Local times of day, in minutes after midnight; an end at or before the start is the next day. */
  start: number;
  end: number;
  downtime: boolean;
}

export interface SchedulePattern {
  schedule: string;
  title: string;
  /** The title in other languages, where the schedule gives it. */
  titles: Partial<Record<Locale, string>>;
  /** Weekdays shown, 0 = Monday: Monday to Friday, and Saturday or Sunday where a step runs on one. */
  weekdays: number[];
  /** One row per week of the period: per shown weekday, the steps that run on it. */
  weeks: PatternStep[][][];
}

/** The weekday of a date, 0 = Monday. */
const weekday = (date: LocalDate) => Temporal.PlainDate.from(date).dayOfWeek - 1;
const daysBetween = (from: LocalDate, to: LocalDate) => Temporal.PlainDate.from(from).until(to).days;

/**
 * The pattern of `schedule`, or undefined when its rule is not weekly (a monthly rule's weekdays
 * drift). Weeks start on the Monday of the week of `first`.
 * @example
 * // rrule FREQ=WEEKLY;INTERVAL=2;BYDAY=MO, steps day 1 test, day 3 production, day 7 mit-demo:
 * // weeks[0] = [[], [test], [], [production], []], weeks[1] = [[mit-demo], [], [], [], []]
 */
export function schedulePattern(schedule: Schedule, systems: ReadonlyMap<string, System>): SchedulePattern | undefined {
  const period = weeklyPeriod(schedule.rrule);
  if (period === undefined) return undefined;
  const monday = addDays(schedule.first, -weekday(schedule.first));
  const seriesDates = ruleDates(schedule.rrule, schedule.first, addDays(monday, period * 7 - 1), 7 * period);
  const steps = schedule.steps ?? [{ day: 0, start: schedule.start ?? 0, end: schedule.end ?? 0 }];
  const placed = seriesDates.flatMap((date) =>
    steps.map((step) => {
      const offset = daysBetween(monday, date) + step.day;
      const stepSystems = ('systems' in step ? step.systems : undefined) ?? schedule.systems ?? [];
      const ids = ('environments' in step ? step.environments : undefined) ?? schedule.environments;
      const downtime = ('downtime' in step ? step.downtime : undefined) ?? schedule.downtime ?? schedule.kind !== 'hotfix';
      const environments = ids?.map((id) => environmentOf(id, stepSystems, systems));
      return { week: Math.floor(offset / 7), day: offset % 7, step: { systems: stepSystems, environments, start: step.start, end: step.end, downtime } };
    }),
  );
  const weekdays = [0, 1, 2, 3, 4, ...[5, 6].filter((day) => placed.some((p) => p.day === day))];
  const count = Math.max(period, ...placed.map((p) => p.week + 1));
  const weeks = Array.from({ length: count }, (_, week) =>
    weekdays.map((day) =>
      placed
        .filter((p) => p.week === week && p.day === day)
        .map((p) => p.step)
        .sort((a, b) => a.start - b.start),
    ),
  );
  const titles = Object.fromEntries(Object.entries(schedule.translations ?? {}).map(([locale, text]) => [locale, text.title]));
  return { schedule: schedule.slug, title: schedule.title, titles, weekdays, weeks };
}

/** An environment id with the name the first of `ids`' systems that has it gives it. */
function environmentOf(id: string, ids: readonly string[], systems: ReadonlyMap<string, System>): Environment {
  for (const system of ids) {
    const found = systems.get(system)?.environments.find((e) => e.id === id);
    if (found) return found;
  }
  return { id };
}
