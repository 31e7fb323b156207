/**
 * The only reader of the collections: turns entries back into domain objects, once per build, fixes
 * "now" for the whole build, and computes what pages, feeds and the API share — once.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { getCollection } from 'astro:content';
import { placeholderSite } from '../lib/content/validate/site.ts';
import { affectedText, environmentName, translator, uiStrings, type UiKey } from '../i18n';
import { feedItems, type FeedContext, type FeedItem } from '../lib/feeds.ts';
import { localeUrl } from '../i18n/routes';
import type { Content, Locale, PlannedWindow } from '../lib/model.ts';
import { formatSpan } from '../lib/format.ts';
import { liveData, type LiveData } from '../lib/live.ts';
import { localize } from '../lib/localize.ts';
import { absoluteUrls, renderMarkdown, siteRelativeUrls } from '../lib/markdown.ts';
import { siteStateAt } from '../lib/site-state.ts';
import { plannedWindows } from '../lib/schedules.ts';
import { basePath, siteRoot } from '../lib/site-url.ts';
import { statuspage } from '../lib/statuspage/index.ts';
import { inLocale } from '../lib/translated-content.ts';
import { gitHistory } from './history.ts';
import { windowFileRevisions } from './revisions.ts';
import type { CollectionName } from './loader.ts';
import { contentProblems } from './problems.ts';
import { buildNow, contentDir } from './read.ts';

/**
 * The entries of one collection as the domain objects the loader stored (src/data/loader.ts stores
 * objects validated by src/lib/content/validate.ts, without a schema), typed by the collection's name:
 * the one place where the store's untyped data becomes typed.
 */
async function collection<Name extends CollectionName>(name: Name): Promise<EntryOf<Name>[]> {
  return (await getCollection(name)).map((entry) => entry.data as EntryOf<Name>);
}

/** What one entry of a collection holds: an item of the content's list, or the site settings. */
type EntryOf<Name extends CollectionName> = Content[Name] extends (infer Item)[] ? Item : Content[Name];

const noContent = { systems: [], incidents: [], maintenance: [], schedules: [], reports: [], metrics: [] };

async function readCollections(): Promise<Content> {
  // `astro dev` on content that has not been valid since it started: src/middleware.ts shows the problems.
  if (import.meta.env.DEV && !contentProblems().hasContent) return { ...noContent, site: placeholderSite };
  const [site] = await collection('site');
  if (!site) throw new Error('The site collection is empty: the content failed validation (see the lines above).');
  return {
    site,
    systems: await collection('systems'),
    incidents: await collection('incidents'),
    maintenance: await collection('maintenance'),
    schedules: await collection('schedules'),
    reports: await collection('reports'),
    metrics: await collection('metrics'),
  };
}

const pinned = buildNow();
/** The instant the whole build describes. The integration has already rejected an invalid DRIFTSTATUS_NOW. */
export const now = pinned.ok ? pinned.value : Date.now();

const stored = await readCollections();
/** The content, with the schedules expanded into planned windows over the site's horizon around now. */
export const content: Content = { ...stored, maintenance: plannedWindows(stored, now) };

/** Statuses, bars and event lists for every page, computed once. */
export const siteState = siteStateAt(content, now);

/** What pages embed for the live status script, computed once (it scans every incident and window). */
const live = liveData(content, now);
const liveByLocale = new Map<Locale, { data: LiveData; json: string }>();

/** The script's own words, by their full keys. */
const LIVE_WORDS = ['live.next', 'live.noNext', 'live.starts', 'live.ends', 'live.in', 'live.ago', 'live.ending', 'live.ended', 'live.began', 'live.yourTime'];

/** The live data in one language (window titles translated where they are), and its JSON; once per locale. */
export function liveFor(locale: Locale): { data: LiveData; json: string } {
  let result = liveByLocale.get(locale);
  if (result === undefined) {
    const windows = new Map(content.maintenance.map((w) => [w.slug, w]));
    const data: LiveData = {
      ...live,
      locale,
      timeZone: content.site.timezone,
      build: buildStamp,
      base: basePath(content.site.url),
      windows: live.windows.map((w) => {
        const window = windows.get(w.slug);
        // Only a window with downtime can be "next planned downtime": the others need no words.
        const when = w.downtime ? { when: formatSpan(w.start, w.end, locale, content.site.timezone) } : {};
        return window ? { ...w, title: localize(window, locale, content.site.locale).title, ...when } : { ...w, ...when };
      }),
      // The words the script puts on the page; the ones the build renders (the newer-build notice) stay out.
      strings: uiStrings(locale, ['status.', 'banner.', 'maintenance.state.', 'incident.ongoing', 'incident.notStarted', 'update.resolved', ...LIVE_WORDS]),
    };
    // `<` is escaped so that no text in the data can close the script element.
    result = { data, json: JSON.stringify(data).replace(/</g, '\\u003c') };
    liveByLocale.set(locale, result);
  }
  return result;
}

const history = gitHistory(contentDir());
const revisions = windowFileRevisions(contentDir(), content.site.timezone);

/** Markdown to HTML with the site's setting for raw HTML, its site-relative links under the site's path. */
export const markdown = (text: string) => siteRelativeUrls(renderMarkdown(text, content.site.markdown), basePath(content.site.url));

/** What the feeds and calendars of one language need: its words, its pages' addresses, its items. */
export interface Outputs {
  context: FeedContext<UiKey>;
  /** Every RSS item, newest first; each feed takes its share. */
  items: FeedItem[];
  /** The planned windows, with their texts in this language. */
  maintenance: PlannedWindow[];
}

const outputsByLocale = new Map<Locale, Outputs>();

/** The feeds' and calendars' material in `locale`, computed once per locale. */
export function outputsIn(locale: Locale): Outputs {
  let outputs = outputsByLocale.get(locale);
  if (outputs === undefined) {
    const context: FeedContext<UiKey> = {
      // Items link to the pages of their own language (`/en/incidents/x/`).
      siteUrl: new URL(localeUrl(locale), siteRoot(content.site.url)).href,
      timeZone: content.site.timezone,
      locale,
      now,
      t: translator(locale),
      systems: siteState.systemById,
      historyOf: (file) => history.get(path.resolve(file)),
      revisionsOf: (file) => revisions.get(path.resolve(file)),
      markdown: (text) => absoluteUrls(renderMarkdown(text, content.site.markdown), content.site.url),
      affected: (entry) => affectedText(entry, siteState.systemById, locale),
      environmentName: (environment) => environmentName(environment, locale),
    };
    const translated = { ...content, ...inLocale(content, locale, content.site.locale) };
    outputs = { context, items: feedItems(translated, context), maintenance: translated.maintenance };
    outputsByLocale.set(locale, outputs);
  }
  return outputs;
}

/** What feeds, calendars and the API need to know, in the site's default language. */
export const feedContext = outputsIn(content.site.locale).context;

/** Every RSS item in the site's default language, newest first. */
export const siteFeedItems = outputsIn(content.site.locale).items;

/** The documents of `/api/v2/`. */
export const statuspageDocuments = statuspage(content, { ...feedContext, siteTitle: content.site.title });

/**
 * The build's stamp, served as `/build.json` and carried by live pages: a hash of the summary
 * document, so that builds of the same content and state get the same stamp (and the same bytes) and
 * a change readers would see gets a new one.
 */
export const buildStamp = createHash('sha256').update(JSON.stringify(statuspageDocuments['summary.json'])).digest('hex').slice(0, 16);
