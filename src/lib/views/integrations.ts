/**
 * The integrators' page: every machine-readable address of the site, what each holds, the guarantees,
 * the caching and CORS each host gives and the changelog of the contract, all in the reader's words.
 */
import { CONTRACT_CHANGES, type ContractChangeKey } from '../contract.ts';
import { formatDate, formatLanguages } from '../format.ts';
import type { Locale, System } from '../model.ts';
import { sortSystems } from '../sort.ts';
import { STATUSPAGE_DOCUMENTS } from '../statuspage/index.ts';
import type { Translate } from '../translate.ts';

/** What a document of `/api/v2/` holds, by its path. */
const DOCUMENT_KEYS = {
  'summary.json': 'integrations.doc.summary',
  'status.json': 'integrations.doc.status',
  'components.json': 'integrations.doc.components',
  'incidents.json': 'integrations.doc.incidents',
  'incidents/unresolved.json': 'integrations.doc.unresolved',
  'scheduled-maintenances.json': 'integrations.doc.maintenances',
  'scheduled-maintenances/upcoming.json': 'integrations.doc.upcoming',
  'scheduled-maintenances/active.json': 'integrations.doc.active',
} as const satisfies Record<(typeof STATUSPAGE_DOCUMENTS)[number], string>;

const GUARANTEE_KEYS = [
  'integrations.guarantee.ids',
  'integrations.guarantee.utc',
  'integrations.guarantee.now',
  'integrations.guarantee.updated',
  'integrations.guarantee.schema',
] as const;

const HOST_KEYS = [
  'integrations.host.github',
  'integrations.host.gitlab',
  'integrations.host.gitlabCache',
  'integrations.host.gitlabCors',
  'integrations.host.nginx',
  'integrations.host.nginxAssets',
] as const;

/** The UI strings the page uses. */
export type IntegrationsKey =
  | (typeof DOCUMENT_KEYS)[keyof typeof DOCUMENT_KEYS]
  | (typeof GUARANTEE_KEYS)[number]
  | (typeof HOST_KEYS)[number]
  | ContractChangeKey
  | 'integrations.languages'
  | 'integrations.unreleased'
  | 'integrations.feed.all'
  | 'integrations.feed.incidents'
  | 'integrations.feed.maintenance'
  | 'integrations.feed.system'
  | 'integrations.calendar.all'
  | 'integrations.calendar.system'
  | 'integrations.doc.schema'
  | 'integrations.doc.availability'
  | 'integrations.doc.availabilitySchema'
  | 'integrations.badge.site'
  | 'integrations.badge.system';

/** One address: its absolute URL and what it holds. */
export interface Output {
  url: string;
  holds: string;
}

/** How one host serves the outputs: header values as sent, and what to know beside them. */
export interface Hosting {
  host: string;
  cacheControl: string;
  cors: string;
  notes: string[];
}

export interface IntegrationsView {
  feeds: Output[];
  calendars: Output[];
  api: Output[];
  badges: Output[];
  languages: string;
  guarantees: string[];
  hosting: Hosting[];
  changelog: { version: string; date: { iso: string; text: string } | undefined; changes: string[] }[];
}

export interface IntegrationsContext {
  /** The site's absolute address, ending in `/`: every output lies below it. */
  siteUrl: string;
  /** Where the feeds and calendars in the reader's language lie: the language's root, ending in `/`. */
  feedsUrl: string;
  /** The language feeds, calendars and the API are written in. */
  locale: Locale;
  /** Every language the pages are built in. */
  locales: readonly Locale[];
  systems: readonly System[];
}

/** Everything the integrators' page shows, in the reader's language (`locale` of `t`). */
export function integrationsView(context: IntegrationsContext, reader: Locale, t: Translate<IntegrationsKey>): IntegrationsView {
  const url = (path: string) => new URL(path, context.siteUrl).href;
  const inReaders = (path: string) => new URL(path, context.feedsUrl).href;
  const systems = sortSystems(context.systems);
  const perSystem = (file: string, key: 'integrations.feed.system' | 'integrations.calendar.system' | 'integrations.badge.system', at = url) =>
    systems.map((s) => ({ url: at(`systems/${s.id}/${file}`), holds: t(key, { system: s.name }) }));
  return {
    feeds: [
      { url: inReaders('feed.xml'), holds: t('integrations.feed.all') },
      { url: inReaders('incidents/feed.xml'), holds: t('integrations.feed.incidents') },
      { url: inReaders('maintenance/feed.xml'), holds: t('integrations.feed.maintenance') },
      ...perSystem('feed.xml', 'integrations.feed.system', inReaders),
    ],
    calendars: [
      { url: inReaders('calendar.ics'), holds: t('integrations.calendar.all') },
      ...perSystem('calendar.ics', 'integrations.calendar.system', inReaders),
    ],
    api: [
      ...Object.entries(DOCUMENT_KEYS).map(([document, key]) => ({ url: url(`api/v2/${document}`), holds: t(key) })),
      { url: url('api/v2/schema.json'), holds: t('integrations.doc.schema') },
      { url: url('api/availability.json'), holds: t('integrations.doc.availability') },
      { url: url('api/availability.schema.json'), holds: t('integrations.doc.availabilitySchema') },
    ],
    badges: [{ url: url('badge.svg'), holds: t('integrations.badge.site') }, ...perSystem('badge.svg', 'integrations.badge.system')],
    languages: t('integrations.languages', {
      locales: formatLanguages(context.locales, reader),
      locale: formatLanguages([context.locale], reader),
      reader: formatLanguages([reader], reader),
    }),
    guarantees: GUARANTEE_KEYS.map((key) => t(key)),
    hosting: hosting(t),
    changelog: CONTRACT_CHANGES.map((entry) => ({
      version: entry.version ?? t('integrations.unreleased'),
      // A calendar day: noon UTC is that day in UTC.
      date: entry.date === undefined ? undefined : { iso: entry.date, text: formatDate(Date.parse(`${entry.date}T12:00:00Z`), reader, 'UTC') },
      changes: entry.changes.map((key) => t(key)),
    })),
  };
}

/**
 * What each host sends with every output. GitHub Pages: `Cache-Control: max-age=600` and
 * `Access-Control-Allow-Origin: *`. GitLab Pages (gitlab-org/gitlab-pages: internal/serving/disk/reader.go,
 * internal/handlers/cors.go): `max-age=600` with an `Expires` ten minutes ahead, except for sites with
 * access control; CORS from any origin for GET and HEAD unless the instance disables cross-origin
 * requests. nginx: the configuration in the README's "Deployment".
 */
function hosting(t: Translate<IntegrationsKey>): Hosting[] {
  return [
    { host: t('integrations.host.github'), cacheControl: 'max-age=600', cors: '*', notes: [] },
    {
      host: t('integrations.host.gitlab'),
      cacheControl: 'max-age=600',
      cors: '*',
      notes: [t('integrations.host.gitlabCache'), t('integrations.host.gitlabCors')],
    },
    {
      host: t('integrations.host.nginx'),
      cacheControl: 'public, max-age=60, must-revalidate',
      cors: '*',
      notes: [t('integrations.host.nginxAssets')],
    },
  ];
}
