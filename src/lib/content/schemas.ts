/**
 * The editors' interface: one Zod schema per kind of content file. Every field carries a comment; the
 * editors' guide documents the same fields. Times are read as text and converted here, in the site's
 * time zone, so `schemasFor(timeZone)` builds the schemas for one site.
 */
import { z } from 'astro/zod';
import { isTimeZone, parseDateTime, parseLocalDate, parseMonth, parseTimeOfDay } from '../time.ts';
import { rruleProblem } from '../recurrence.ts';

/** UI languages Driftstatus ships. */
export const LOCALES = ['sv', 'da', 'en'] as const;
/** Incident impact, worst last: outage = unavailable because of a fault; degraded = available, missing functionality. */
export const IMPACTS = ['degraded', 'outage'] as const;
/** What an incident was caused by, as the Danish report splits it. */
export const CAUSES = ['application', 'infrastructure'] as const;
/** The stages of an incident update, in the order they usually come. */
export const UPDATE_STATUSES = ['investigating', 'identified', 'monitoring', 'resolved'] as const;
/** Kinds of planned window, from the Swedish seed. */
export const MAINTENANCE_KINDS = ['upgrade', 'extra-upgrade', 'hotfix', 'go-live', 'service-window'] as const;

/** The form of ids and file names (slugs): lowercase a-z, digits and hyphens, starting with a letter or digit. */
export const SLUG = /^[a-z0-9][a-z0-9-]*$/;

/** An id: a system or environment id, or a file name (slug). */
export const idSchema = z.string().regex(SLUG, 'must be lowercase letters a-z, digits and hyphens, e.g. ladok-api');

/** A list in which a single value may be written without brackets, as the editors' guide promises. */
function oneOrMany<T extends z.ZodType>(list: T) {
  return z.preprocess((value) => (value === undefined || value === null || Array.isArray(value) ? value : [value]), list);
}

/** A list whose entries must differ (the same id twice is a slip). */
function distinct<T>(list: z.ZodType<T[]>) {
  return list.superRefine((values, ctx) => {
    values.forEach((value, index) => {
      if (values.indexOf(value) !== index) ctx.addIssue({ code: 'custom', path: [index], message: `repeats ${JSON.stringify(value)}` });
    });
  });
}

/** One id or a list of different ids. */
const idList = oneOrMany(distinct(z.array(idSchema).min(1)));

const text = z.string().trim().min(1, 'must not be empty');

/** A calendar date `yyyy-mm-dd`. */
const localDate = z.string().transform((value, ctx) => orIssue(parseLocalDate(value), ctx));

/** A time of day `hh:mm`, as minutes after midnight. */
const timeOfDay = z.string().transform((value, ctx) => orIssue(parseTimeOfDay(value), ctx));

/** A month `yyyy-mm`. */
export const monthSchema = z.string().transform((value, ctx) => orIssue(parseMonth(value), ctx));

/** A count, or counts keyed by system id or group name. */
const counts = z.union([
  z.number().int().nonnegative(),
  z.record(z.string(), z.number().int().nonnegative()),
]);

const site = z.strictObject({
  /** The site's name, shown in the header, the page titles and the feeds. */
  title: text,
  /** Absolute address where the site is published, e.g. https://status.example.se/ (feeds and the API use it). */
  url: z.url({ protocol: /^https?$/, error: 'must be an absolute http(s) address, e.g. https://status.example.se/' }),
  /** IANA time zone in which front-matter times are read and days and months are cut, e.g. Europe/Stockholm. */
  timezone: z.string().refine(isTimeZone, 'is not an IANA time zone like Europe/Stockholm'),
  /** Default UI language (sv, da or en): the one served without a language prefix. */
  locale: z.enum(LOCALES),
  /** UI languages to build, the default one included. Default: only `locale`. */
  locales: oneOrMany(distinct(z.array(z.enum(LOCALES)).min(1))).optional(),
  /** One sentence under the title, e.g. what the page covers. */
  description: text.optional(),
  /** How readers reach the operations team. */
  contact: z
    .strictObject({
      /** E-mail address of the service desk. */
      email: z.email('is not an e-mail address').optional(),
      /** Web page of the service desk. */
      url: z.url('is not an absolute address').optional(),
      /** Telephone number, as readers should dial it. */
      phone: text.optional(),
    })
    .optional(),
  /** Rules for computing availability; the formula is published on the site. */
  sla: z
    .strictObject({
      /** true: planned downtime is left out of the measured time; false: it counts as unavailable. Default true. */
      excludePlanned: z.boolean().default(true),
      /** Share of degraded time that counts as unavailable, from 0 (none) to 1 (all). Default 0. */
      degradedWeight: z.number().min(0).max(1).default(0),
      /** Whether reports split availability by cause (application / infrastructure). Default false. */
      byCause: z.boolean().default(false),
    })
    .prefault({}),
  /** How far recurring schedules are expanded into windows, counted from the build's "now". */
  schedules: z
    .strictObject({
      /**
       * Days back. Default: no limit, every occurrence since the schedule's `first` date. A limit drops
       * older occurrences from pages, calendars and availability alike, so past figures would change.
       */
      pastDays: z.number().int().min(0).max(3660).optional(),
      /** Days ahead. Default 180. */
      futureDays: z.number().int().min(1).max(3660).default(180),
    })
    .prefault({}),
  /** How Markdown in content is shown. */
  markdown: z
    .strictObject({
      /** true: raw HTML in Markdown goes through unchanged; false: only safe formatting is kept. Default false. */
      allowHtml: z.boolean().default(false),
    })
    .prefault({}),
  /** Rules for announcing planned downtime. */
  notice: z
    .strictObject({
      /** Least notice, in days, for a window with downtime; later announcements are flagged as short notice. Default 2. */
      minimumDays: z.number().min(0).default(2),
    })
    .prefault({}),
});

const environment = z.union([
  idSchema,
  z.strictObject({
    /** Environment id, e.g. production, test, mit-ik. */
    id: idSchema,
    /** Name shown to readers where the id is not a well-known one, e.g. MIT-IK. */
    name: text,
  }),
]);

const system = z.strictObject({
  /** Name shown to readers, e.g. Ladok. */
  name: text,
  /** Heading the system is listed under, e.g. Støttesystemer. Systems without one are listed first. */
  group: text.optional(),
  /** One sentence on what the system does. */
  description: text.optional(),
  /** Availability target in percent for the first environment, e.g. 99.9. */
  sla: z.number().gt(0).max(100).optional(),
  /** Position in listings: lower first, then by name. */
  order: z.number().int().optional(),
  /** Whether reports split this system's availability by cause. Default: the site's `sla.byCause`. */
  byCause: z.boolean().optional(),
  /** Environments in order; the first is the one readers and the SLA care about. Default: [production]. */
  environments: oneOrMany(z.array(environment).min(1)).default(['production']),
});

/** Builds the schemas whose times are read in `timeZone`. */
export function schemasFor(timeZone: string) {
  const instant = z.string().transform((value, ctx) => orIssue(parseDateTime(value, timeZone), ctx));
  const instantOrDate = z
    .string()
    .transform((value, ctx) => orIssue(parseDateTime(value, timeZone, { allowDateOnly: true }), ctx));

  const incident = z.strictObject({
    /** Headline, e.g. "Inloggningen fungerar inte". */
    title: text,
    /** Ids of the affected systems (files in content/systems/). */
    systems: idList,
    /** Affected environments of those systems. Default: all of them. */
    environments: idList.optional(),
    /** outage: unavailable because of a fault (red); degraded: available, missing functionality (yellow). */
    impact: z.enum(IMPACTS),
    /** What failed: application (software) or infrastructure (hardware, operating system, network). */
    cause: z.enum(CAUSES).optional(),
    /** When it began, e.g. 2024-03-06 05:30 (site time zone unless an offset is given). */
    start: instant,
    /** When it was over. Leave out while it is ongoing. */
    end: instant.optional(),
    /** What readers were told, oldest first. */
    updates: z
      .array(
        z.strictObject({
          /** When the update was published. */
          at: instant,
          /** investigating, identified, monitoring or resolved. */
          status: z.enum(UPDATE_STATUSES),
          /** The update as readers see it (Markdown). */
          text,
        }),
      )
      .default([]),
  });

  const maintenance = z.strictObject({
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

  const schedule = z.strictObject({
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
    /** Series dates on which nothing happens. */
    skip: oneOrMany(z.array(localDate)).default([]),
    /** Text shown on every window of the series (Markdown). */
    description: text.optional(),
    /** The title and description in other languages, by language code, e.g. `en: { title: Planned upgrade }`. */
    translations: z
      .partialRecord(
        z.enum(LOCALES),
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

  const report = z.strictObject({
    /** Heading. Default: the month's name. */
    title: text.optional(),
    /** When the report was published (a date or a time). */
    published: instantOrDate.optional(),
    /** Availability figures as reported, in percent; shown beside the computed ones. */
    availability: z
      .array(
        z.strictObject({
          /** System id. */
          system: idSchema,
          /** Environment id. Default: the system's first environment. */
          environment: idSchema.optional(),
          /** application or infrastructure, where the figure is for one cause. */
          cause: z.enum(CAUSES).optional(),
          /** Month the figure is for. Default: the report's month. */
          month: monthSchema.optional(),
          /** The figure in percent, e.g. 99.82. */
          value: z.number().min(0).max(100),
          /** Why the reported figure differs from the computed one, shown beside it. */
          note: text.optional(),
        }),
      )
      .default([]),
    /** Number of changes/fixes made: one number, or per system id or group name. */
    changes: counts.optional(),
    /** Number of service windows held: one number, or per system id or group name. */
    serviceWindows: counts.optional(),
    /** Requests served: one number, or per system id or group name; each may list months (`2023-02: 161779154`). */
    requests: z
      .union([
        z.number().int().nonnegative(),
        z.record(z.string(), z.union([z.number().int().nonnegative(), z.record(z.string(), z.number().int().nonnegative())])),
      ])
      .optional(),
    /** Why reported availability figures differ from the computed ones, shown beside the differences. */
    figuresNote: text.optional(),
  });

  const translation = z.strictObject({
    /** The title in this language. */
    title: text,
    /** Update texts in this language, in the order of the original's updates (incidents only). */
    updates: z
      .array(
        z.strictObject({
          /** The original update's time, repeated to make the pairing plain (optional). */
          at: instant.optional(),
          /** The update in this language (Markdown). */
          text,
        }),
      )
      .optional(),
  });

  return { incident, maintenance, schedule, report, translation };
}

export const siteSchema = site;
/** Only the references of an incident, window or schedule, for checking them in a file that fails otherwise. */
export const referencesSchema = z.object({ systems: idList, environments: idList.optional() });
export const systemSchema = system;

export type SiteData = z.output<typeof site>;
export type SystemData = z.output<typeof system>;
type Schemas = ReturnType<typeof schemasFor>;
export type IncidentData = z.output<Schemas['incident']>;
export type MaintenanceData = z.output<Schemas['maintenance']>;
export type ScheduleData = z.output<Schemas['schedule']>;
export type ReportData = z.output<Schemas['report']>;
export type TranslationData = z.output<Schemas['translation']>;

function orIssue<T>(
  parsed: { ok: true; value: T } | { ok: false; error: string },
  ctx: z.RefinementCtx,
): T {
  if (parsed.ok) return parsed.value;
  ctx.addIssue({ code: 'custom', message: parsed.error });
  return z.NEVER;
}
