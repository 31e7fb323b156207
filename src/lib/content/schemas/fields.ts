/**
 * The building blocks the content schemas share: the closed lists of values, ids, lists that may be
 * written as one value, texts, dates and times. Times are read in the site's time zone, so the
 * instant fields are made per zone by `timeFields`.
 */
import { z } from 'astro/zod';
import { parseDateTime, parseLocalDate, parseMonth, parseTimeOfDay } from '../../time.ts';

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
export function oneOrMany<T extends z.ZodType>(list: T) {
  return z.preprocess((value) => (value === undefined || value === null || Array.isArray(value) ? value : [value]), list);
}

/** A list whose entries must differ (the same id twice is a slip). */
export function distinct<T>(list: z.ZodType<T[]>) {
  return list.superRefine((values, ctx) => {
    values.forEach((value, index) => {
      if (values.indexOf(value) !== index) ctx.addIssue({ code: 'custom', path: [index], message: `repeats ${JSON.stringify(value)}` });
    });
  });
}

/** One id or a list of different ids. */
export const idList = oneOrMany(distinct(z.array(idSchema).min(1)));

/** Text that says something: not empty, not only spaces. */
export const text = z.string().trim().min(1, 'must not be empty');

/** A name in other languages, e.g. `{ en: Support systems, sv: Stödsystem }`; each language optional. */
export const translatedName = z.strictObject({
  /** The name in Swedish. */
  sv: text.optional(),
  /** The name in Danish. */
  da: text.optional(),
  /** The name in English. */
  en: text.optional(),
});

/** A calendar date `yyyy-mm-dd`. */
export const localDate = z.string().transform((value, ctx) => orIssue(parseLocalDate(value), ctx));

/** A time of day `hh:mm`, as minutes after midnight. */
export const timeOfDay = z.string().transform((value, ctx) => orIssue(parseTimeOfDay(value), ctx));

/** A month `yyyy-mm`. */
export const monthSchema = z.string().transform((value, ctx) => orIssue(parseMonth(value), ctx));

/** The time fields read in `timeZone`: an instant, and an instant that may be written as a date only. */
export function timeFields(timeZone: string) {
  return {
    instant: z.string().transform((value, ctx) => orIssue(parseDateTime(value, timeZone), ctx)),
    instantOrDate: z.string().transform((value, ctx) => orIssue(parseDateTime(value, timeZone, { allowDateOnly: true }), ctx)),
  };
}

export type TimeFields = ReturnType<typeof timeFields>;

/** The value of a successful parse; otherwise the parse's error becomes the field's issue. */
function orIssue<T>(
  parsed: { ok: true; value: T } | { ok: false; error: string },
  ctx: z.RefinementCtx,
): T {
  if (parsed.ok) return parsed.value;
  ctx.addIssue({ code: 'custom', message: parsed.error });
  return z.NEVER;
}
