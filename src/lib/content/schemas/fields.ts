/**
 * The building blocks the content schemas share: the closed lists of values, ids, lists that may be
 * written as one value, texts, dates and times. Times are read in the site's time zone, so the
 * instant fields are made per zone by `timeFields`.
 */
import { z } from 'astro/zod';
import { parseDateTime, parseLocalDate, parseMonth, parseTimeOfDay } from '../../time.ts';

/**
 * A language code (BCP 47: a language, optionally a region), e.g. `sv`, `nb`, `pt-BR`. Which languages
 * have UI strings is not fixed here: it is the files in src/i18n/, checked by validateSite.
 */
export const LOCALE = /^[a-z]{2,3}(-[A-Z]{2})?$/;
/** A file in the content folder's `public/`, by its path there: `logo.svg`, `img/logo-dark.png`. */
export const assetPath = z
  .string()
  .regex(/^(?!\/)(?!.*(^|\/)\.\.?(\/|$))[\w./-]+$/, { error: 'must be the path of a file in the public/ folder, e.g. logo.svg' });
export const localeCode = z.string().regex(LOCALE, { error: 'must be a language code such as sv, nb or en' });
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

/** A name in other languages, by language code, e.g. `{ en: Support systems, nb: Støttesystemer }`; each language optional. */
export const translatedName = z.record(localeCode, text);

/** A calendar date `yyyy-mm-dd`. */
export const localDate = z.string().transform((value, ctx) => orIssue(parseLocalDate(value), ctx));

/** A time of day `hh:mm`, as minutes after midnight. */
export const timeOfDay = z.string().transform((value, ctx) => orIssue(parseTimeOfDay(value), ctx));

/** A month `yyyy-mm`. */
export const monthSchema = z.string().transform((value, ctx) => orIssue(parseMonth(value), ctx));

/**
 * A share of a whole: a number from 0 to 1, or a percentage written with `%` (`40 %` is 0.4).
 * @example
 * // weight: 0.25 → 0.25; weight: 25 % → 0.25; weight: 25 → "must be at most 1 …"
 */
export const share = z.preprocess(
  (value) => {
    const percent = typeof value === 'string' ? /^\s*(\d+(?:[.,]\d+)?)\s*%\s*$/.exec(value) : null;
    return percent?.[1] ? Number((Number(percent[1].replace(',', '.')) / 100).toPrecision(12)) : value;
  },
  z
    .number()
    .min(0, 'must be at least 0 (none of the service)')
    .max(1, 'must be at most 1 (all of the service); write a percentage with %, e.g. 25 %'),
);

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
