/** The schemas of planned work: one window, and a recurring schedule of windows. */
import { z } from 'astro/zod';
import { idList, idSchema, localDate, localeCode, MAINTENANCE_KINDS, oneOrMany, text, timeOfDay, type TimeFields } from './fields.ts';
import { rruleProblem } from '../../recurrence.ts';
import { parseLocalDate } from '../../time.ts';

/** content/maintenance/<year>/<slug>.md: one planned window. */
export function maintenanceSchema({ instant, instantOrDate }: TimeFields) {
  return z.strictObject({
    /** Headline, e.g. "Planerad uppgradering". */
    title: text,
    /** upgrade, extra-upgrade, hotfix, go-live or service-window. */
    kind: z.enum(MAINTENANCE_KINDS),
    /** Ids of the systems worked on. */
    systems: idList,
    /** Environments worked on. Default: all environments of those systems. */
    environments: idList.optional(),
    /** Planned start, e.g. 2024-03-06 05:30. */
    start: instant,
    /** Planned end. */
    end: instant,
    /** When readers were told (a date or a time). */
    announced: instantOrDate.optional(),
    /** Whether the systems are unavailable during the window. Default: false for a hotfix, true otherwise. */
    downtime: z.boolean().optional(),
    /** true when the window was called off; it stays listed as cancelled. */
    cancelled: z.boolean().default(false),
    /** When the work actually ended, if not at `end` (earlier or later). */
    finished: instant.optional(),
    /** Replaces the windows a schedule has on one date (this file then says what happens instead, or `cancelled: true`). */
    overrides: z
      .strictObject({
        /** Schedule id (file name in content/schedules/). */
        schedule: idSchema,
        /** The date of the schedule's windows that this file replaces. */
        date: localDate,
      })
      .optional(),
  });
}

/** One step of a release train: a window on a day offset from the series date. */
const step = z.strictObject({
  /** Days after the series date on which this step runs (0 = the same day). */
  day: z.number().int().min(0).max(31).default(0),
  /** Systems of this step. Default: the series' systems. */
  systems: idList.optional(),
  /** Environments of this step. Default: the series' environments. */
  environments: idList.optional(),
  /** Local start time, e.g. 05:30. */
  start: timeOfDay,
  /** Local end time, e.g. 09:00; a time at or before `start` means the next day. */
  end: timeOfDay,
  /** Whether the step takes the systems down. Default: the series' setting. */
  downtime: z.boolean().optional(),
});

/** A date to skip, or `holidays` for every public holiday (see `holidays` in site.yaml). */
const skipEntry = z.string().transform((value, ctx) => {
  if (value === 'holidays') return value;
  const date = parseLocalDate(value);
  if (date.ok) return date.value;
  ctx.addIssue({ code: 'custom', message: `${date.error}, or write holidays` });
  return z.NEVER;
});

/** content/schedules/<id>.yaml: windows that recur by a rule, with its exceptions. Its times are times of day, read in the zone when expanded. */
export const scheduleSchema = z.strictObject({
  /** Headline of each window, e.g. "Planerad uppgradering". */
  title: text,
  /** Kind of each window. Default: upgrade. */
  kind: z.enum(MAINTENANCE_KINDS).default('upgrade'),
  /** RFC 5545 recurrence rule without DTSTART, e.g. FREQ=WEEKLY;INTERVAL=2;BYDAY=WE. */
  rrule: z.string().superRefine((value, ctx) => {
    const problem = rruleProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  }),
  /** Date of the first occurrence (site time zone); must be an occurrence of the rule. */
  first: localDate,
  /** Last date on which an occurrence may fall. Default: none. */
  until: localDate.optional(),
  /** Systems of every step that names none. */
  systems: idList.optional(),
  /** Environments of every step that names none. Default: all environments of the systems. */
  environments: idList.optional(),
  /** Local start time of a one-step series, e.g. 05:30. */
  start: timeOfDay.optional(),
  /** Local end time of a one-step series, e.g. 09:00. */
  end: timeOfDay.optional(),
  /** Whether the windows take the systems down. Default: false for hotfix, true otherwise. */
  downtime: z.boolean().optional(),
  /** Release-train steps: one window each, on a day offset from the series date. */
  steps: z.array(step).min(1).optional(),
  /** Series dates on which nothing happens, and `holidays`: no window on a public holiday of the site's `holidays` country. */
  skip: oneOrMany(z.array(skipEntry)).default([]),
  /** Text shown on every window of the series (Markdown). */
  description: text.optional(),
  /** The title and description in other languages, by language code, e.g. `en: { title: Planned upgrade }`. */
  translations: z
    .record(
      localeCode,
      z.strictObject({
        /** The title in this language. */
        title: text,
        /** The description in this language (Markdown). Default: the original description. */
        description: text.optional(),
      }),
    )
    .optional(),
  /** Occurrences moved to another date: all their steps move with them. */
  moved: z
    .array(
      z.strictObject({
        /** The series date as the rule gives it. */
        from: localDate,
        /** The date it moves to. */
        to: localDate,
      }),
    )
    .default([]),
});
