/** The schemas of the two kinds of file that say what the site is: site.yaml and one file per system. */
import { z } from 'astro/zod';
import { holidayRegionProblem } from '../../holidays.ts';
import { siteTimeZoneProblem } from '../../time-zone.ts';
import { assetPath, distinct, idSchema, localeCode, oneOrMany, text, translatedName } from './fields.ts';
import { notifySchema } from './notify.ts';

/** Minutes to a target, a whole number above 0. */
const targetMinutes = z.number().int('must be a whole number of minutes, e.g. 60').positive('must be more than 0 minutes');

/** The response-time targets for incidents of one impact. */
const responseTargets = z.strictObject({
  /** Minutes from the incident's start to its first update; `check` also warns when an open incident goes longer without one. */
  firstUpdate: targetMinutes.optional(),
  /** Minutes from identification (the first identified update) to a fix or workaround (monitoring, or the end). */
  resolution: targetMinutes.optional(),
});

/** site.yaml: the site as a whole. */
export const siteSchema = z.strictObject({
  /** The content format this folder is written in (see src/lib/content/format.ts). Default 1. */
  format: z.number().int().min(1).optional(),
  /** The site's name, shown in the header, the page titles and the feeds. */
  title: text,
  /** Absolute address where the site is published, ending in `/`, e.g. https://status.example.se/ or, under a path, https://org.github.io/status/ (every page, feed and API address is below it). */
  url: z.url({ protocol: /^https?$/, error: 'must be an absolute http(s) address, e.g. https://status.example.se/' }),
  /**
   * IANA time zone of a place, in which front-matter times are read and days and months are cut, e.g.
   * Europe/Stockholm; or UTC. Not a fixed offset (+01:00) or an abbreviation (CET): those have no summer time.
   */
  timezone: z.string(),
  /** Default UI language (sv, da, en, nb, fi, de, or any with a file in src/i18n/): the one served without a language prefix. */
  locale: localeCode,
  /** UI languages to build, the default one included. Default: only `locale`. */
  locales: oneOrMany(distinct(z.array(localeCode).min(1))).optional(),
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
  /**
   * The organisation's look: files are in the content folder's `public/` (copied to the site as they
   * are) and named by their path there, e.g. `logo.svg`.
   */
  brand: z
    .strictObject({
      /** The logo shown before the title (SVG or PNG). */
      logo: assetPath.optional(),
      /** The logo on a dark background, shown when the reader's system is in dark mode. Default: `logo`. */
      logoDark: assetPath.optional(),
      /** The browser tab's icon (SVG, PNG or ICO). Default: Driftstatus's. */
      favicon: assetPath.optional(),
      /** The header band's colour, any CSS colour; its white text must meet WCAG AA (4.5:1). */
      color: z.string().optional(),
      /** A link back to the organisation's main site, shown in the header. */
      homepage: z.strictObject({ url: z.url('is not an absolute address'), text }).optional(),
      /** Links in the footer, e.g. the accessibility statement. */
      links: z.array(z.strictObject({ text, url: z.url('is not an absolute address') })).optional(),
      /** A style sheet of your own, loaded after Driftstatus's (served from the site: the CSP still holds). */
      css: assetPath.optional(),
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
   * Response-time targets per impact, in minutes, e.g. `outage: { firstUpdate: 60, resolution: 120 }`
   * (the Swedish seed's one hour to the first word and two hours from identification to a fix). Default: none.
   */
  responseTargets: z
    .strictObject({
      /** Targets for incidents with impact outage. */
      outage: responseTargets.optional(),
      /** Targets for incidents with impact degraded. */
      degraded: responseTargets.optional(),
    })
    .optional(),
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
  /** Names in other languages, for pages in languages other than `locale`; untranslated names show as written. */
  translations: z
    .strictObject({
      /** Group names by the group as the system files write it, e.g. `Støttesystemer: { en: Support systems }`. */
      groups: z.record(z.string(), translatedName).optional(),
      /** Metric names (the CSV file's header) by the file's name, e.g. `anstallda: { en: Staff signed in }`. */
      metrics: z.record(z.string(), translatedName).optional(),
    })
    .prefault({}),
  /** Rules for announcing planned downtime. */
  notice: z
    .strictObject({
      /** Least notice, in days, for a window with downtime; later announcements are flagged as short notice. Default 2. */
      minimumDays: z.number().min(0).default(2),
    })
    .prefault({}),
  /** Who `npm run notify` tells about incidents and planned work, and how (see schemas/notify.ts). Default: nobody. */
  notify: notifySchema.optional(),
  /** What the home page lists besides the systems. */
  home: z
    .strictObject({
      /** Days back, today included, that resolved incidents are listed with when they ended, from 1 to 90. Default 7. */
      recentDays: z.number().int().min(1).max(90).default(7),
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
    /** The name in other languages, e.g. `{ en: Integration test }`. */
    translations: translatedName.optional(),
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
