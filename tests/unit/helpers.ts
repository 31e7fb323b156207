import { siteSchema } from '../../src/lib/content/schemas.ts';
import { affectedText, environmentName, translator } from '../../src/i18n/index.ts';
import type { Content, FileHistory, Incident, Locale, PlannedWindow, Site, System } from '../../src/lib/model.ts';
import type { StatuspageContext } from '../../src/lib/statuspage/index.ts';
import { parseDateTime, type Instant } from '../../src/lib/time.ts';

/** A wall-clock time in `timeZone` (default Stockholm) as an instant; throws on bad test input. */
export function at(text: string, timeZone = 'Europe/Stockholm'): Instant {
  const parsed = parseDateTime(text, timeZone);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
}

export function incident(fields: Partial<Incident> & Pick<Incident, 'start'>): Incident {
  return {
    slug: 'incident',
    file: 'content/incidents/incident.md',
    title: 'Incident',
    systems: ['app'],
    impact: 'outage',
    updates: [],
    body: '',
    translations: {},
    ...fields,
  };
}

export function plannedWindow(fields: Partial<PlannedWindow> & Pick<PlannedWindow, 'start' | 'end'>): PlannedWindow {
  return {
    slug: 'window',
    file: 'content/maintenance/window.md',
    title: 'Window',
    kind: 'upgrade',
    systems: ['app'],
    downtime: true,
    cancelled: false,
    body: '',
    translations: {},
    ...fields,
  };
}

export function system(fields: Partial<System> & Pick<System, 'id'>): System {
  return { name: fields.id, file: `content/systems/${fields.id}.yaml`, environments: [{ id: 'production' }, { id: 'test' }], ...fields };
}

/** Site settings with every default filled in. */
export function site(fields: Partial<Site> = {}): Site {
  const base = siteSchema.parse({ title: 'T', url: 'https://status.example.org/', timezone: 'Europe/Stockholm', locale: 'sv' });
  return { ...base, locales: [base.locale], ...fields };
}

/**
 * What the feeds, the calendar and the API are given by the build (src/data/site.ts), for `systems` at
 * `now` in `locale`, with each file's git history from `history`.
 */
export function outputContext(
  systems: readonly System[],
  now: Instant,
  { locale = 'en', history = {} }: { locale?: Locale; history?: Record<string, FileHistory> } = {},
): StatuspageContext {
  const byId = new Map(systems.map((s) => [s.id, s]));
  return {
    siteUrl: 'https://status.example.org/',
    siteTitle: 'Status',
    timeZone: 'Europe/Stockholm',
    locale,
    now,
    t: translator(locale),
    systems: byId,
    historyOf: (file) => history[file],
    markdown: (text) => text,
    affected: (entry) => affectedText(entry, byId, locale),
    environmentName: (environment) => environmentName(environment, locale),
  };
}

/** A whole content folder's worth of domain objects: the site and `systems`, nothing else unless given. */
export function content(systems: readonly System[], fields: Partial<Content> = {}): Content {
  return { site: site(), systems: [...systems], incidents: [], maintenance: [], schedules: [], reports: [], metrics: [], ...fields };
}
