/** The schemas of the two kinds of file that say what the site is: site.yaml and one file per system. */
import { z } from 'astro/zod';
import { holidayRegionProblem } from '../../holidays.ts';
import { siteTimeZoneProblem } from '../../time-zone.ts';
import { distinct, idSchema, LOCALES, oneOrMany, text } from './fields.ts';

/** site.yaml: the site as a whole. */
export const siteSchema = z.strictObject({
  /** The site's name, shown in the header, the page titles and the feeds. */
  title: text,
  /** Absolute address where the site is published, ending in `/`, e.g. https://status.example.se/ or, under a path, https://org.github.io/status/ (every page, feed and API address is below it). */
  url: z.url({ protocol: /^https?$/, error: 'must be an absolute http(s) address, e.g. https://status.example.se/' }),
  /**
   * IANA time zone of a place, in which front-matter times are read and days and months are cut, e.g.
   * Europe/Stockholm; or UTC. Not a fixed offset (+01:00) or an abbreviation (CET): those have no summer time.
   */
  timezone: z.string(),
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
  /**
   * Country whose public holidays count (ISO 3166-1 code, e.g. SE; a region as DE-BY): `npm run check`
   * warns of a schedule's window on one, and a schedule with `skip: holidays` has none on them.
   */
  holidays: z
    .string()
    .superRefine((value, ctx) => {
      const problem = holidayRegionProblem(value);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    })
    .optional(),
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
}).superRefine(checkTimeZone, { when: () => true });

/**
 * The time zone is checked with the whole file in view, so that the zone suggested instead is that of
 * the site's language; it runs even when other fields are wrong, so that every problem shows at once.
 */
function checkTimeZone(site: { timezone: unknown; locale: unknown } | null, ctx: z.RefinementCtx): void {
  // Run even when the file is wrong, the value may be anything the editor wrote.
  if (typeof site !== 'object' || site === null || typeof site.timezone !== 'string') return;
  const problem = siteTimeZoneProblem(site.timezone, typeof site.locale === 'string' ? site.locale : undefined);
  if (problem) ctx.addIssue({ code: 'custom', path: ['timezone'], message: problem, input: site.timezone });
}

/** An environment of a system: its id, or an id and the name readers see. */
const environment = z.union([
  idSchema,
  z.strictObject({
    /** Environment id, e.g. production, test, mit-ik. */
    id: idSchema,
    /** Name shown to readers where the id is not a well-known one, e.g. MIT-IK. */
    name: text,
  }),
]);

/** content/systems/<id>.yaml: one system readers follow. */
export const systemSchema = z.strictObject({
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
