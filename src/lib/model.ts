/**
 * The domain objects every page, feed and computation works with. They are made once per build from
 * the validated content files (see content/validate.ts); all times are absolute instants.
 */
import type {
  IncidentData,
  MaintenanceData,
  ReportData,
  ScheduleData,
  SiteData,
  SystemData,
  TranslationData,
} from './content/schemas.ts';
import type { AmbiguousTime } from './content/ambiguous-times.ts';
import type { Instant, LocalDate, Month } from './time.ts';

export type Locale = SiteData['locale'];

/** The site settings from `site.yaml`, with defaults filled in. */
export type Site = Omit<SiteData, 'locales'> & { locales: Locale[] };

/** A name in other languages, each optional (site.yaml's `translations`, an environment's `translations`). */
export type TranslatedName = { [L in Locale]?: string | undefined };

export interface Environment {
  id: string;
  /** Name given in the system file; absent for well-known ids, which the UI names per locale. */
  name?: string;
  /** The name in other languages, from the system file. */
  translations?: TranslatedName | undefined;
}

export interface System extends Omit<SystemData, 'environments'> {
  /** File name without `.yaml`. */
  id: string;
  /** Path of the file as the editor knows it. */
  file: string;
  /** Environments in order; the first is the primary one (the SLA is about it). */
  environments: Environment[];
}

/** Where an entry came from, for error messages and links back to the source. */
export interface Source {
  /** File name without extension: the entry's id and URL slug. */
  slug: string;
  /** Path of the file as the editor knows it, e.g. content/incidents/2024/x.md. */
  file: string;
  /** Times in the file or its translations written without offset in the hour that happens twice (`check` warns). */
  ambiguousTimes?: AmbiguousTime[];
}

/** The Markdown text below the front matter. */
export interface HasBody {
  body: string;
}

/** An entry's text in another language, from a sibling file `<slug>.<locale>.md`. */
export type Translation = TranslationData & HasBody & { file: string };

/** Translations of an entry by locale; the original is in the site's default locale. */
export interface Translated {
  translations: Record<Locale, Translation>;
}

/** One unplanned event. `end` absent means ongoing. */
export type Incident = IncidentData & Source & HasBody & Translated;

/** One planned window. `downtime` is resolved from the kind when the file leaves it out. */
export type PlannedWindow = Omit<MaintenanceData, 'downtime'> &
  Source &
  HasBody &
  Translated & {
    downtime: boolean;
    /**
     * Set for an occurrence of a schedule (also when an override file replaces it): which series, the
     * series date it belongs to, and what the schedule's rule gives it before any move or override
     * (absent: as it is). The occurrence's slug, and so its page, UID and ids, come from these.
     */
    series?: { schedule: string; date: LocalDate; planned?: PlannedOccurrence };
    /**
     * Other names of the window's page: an override file's own name, which earlier versions published
     * as a page of its own. Each shows the window's page, whose canonical address is the slug's.
     */
    aliases?: string[];
  };

/**
 * An occurrence of a schedule as its schedule planned it: its times, and, once an override file has
 * replaced it, what it was: its text and its (schedule) file; the override's own are the window's.
 */
export type PlannedOccurrence = { start: Instant; end: Instant } & Partial<
  Pick<PlannedWindow, 'file' | 'title' | 'kind' | 'systems' | 'environments' | 'downtime' | 'body'>
>;

/** A recurring series of planned windows, before expansion. */
export type Schedule = Omit<ScheduleData, 'skip'> &
  Source & {
    /** Series dates on which nothing happens. */
    skip: LocalDate[];
    /** The holiday country (site.yaml `holidays`) when the schedule says `skip: holidays`: no window on its public holidays. */
    skipHolidays?: string;
  };

/** A monthly report: `slug` is its month. */
export type Report = ReportData & Source & HasBody & Translated & { month: Month };

/** A usage metric from `content/metrics/<id>.csv`: samples of a value over time (e.g. users per 10 minutes). */
export interface Metric extends Source {
  /** What is measured: the header of the value column. */
  label: string;
  samples: { at: Instant; value: number }[];
}

/** What git knows about a content file: the feeds' and calendars' source for publication times and revisions. */
export interface FileHistory {
  firstCommitted: Instant;
  lastCommitted: Instant;
  /** Number of commits that changed the file. */
  commits: number;
}

/** Everything in a content folder, valid and cross-checked. */
export interface Content {
  site: Site;
  systems: System[];
  incidents: Incident[];
  maintenance: PlannedWindow[];
  schedules: Schedule[];
  reports: Report[];
  metrics: Metric[];
}

/** Anything that names systems and, optionally, some of their environments. */
export interface Affecting {
  systems: readonly string[];
  environments?: readonly string[] | undefined;
}

/**
 * A system's primary environment: the first one listed, the one its SLA and its state on the home page
 * are about. Every system has at least one (validation fills in `production`).
 */
export function primaryEnvironment(system: Pick<System, 'environments'>): string {
  return system.environments[0]?.id ?? 'production';
}

/** Whether an incident or window touches `environment` of `system`; no `environments` means all of them. */
export function affects(entry: Affecting, system: string, environment: string): boolean {
  return entry.systems.includes(system) && (entry.environments?.includes(environment) ?? true);
}
