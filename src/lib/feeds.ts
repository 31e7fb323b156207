/**
 * RSS items from the content. Every incident update is its own item, so a subscriber sees
 * "identified", "resolved"…; every planned window is one item. Ids are the items' permalinks, built
 * from slugs and update times only, so they never change between builds. Publication dates come from
 * the content, never from the build time.
 */
import type { UiKey } from '../i18n/index.ts';
import { formatSpan } from './format.ts';
import { escapeHtml } from './markdown.ts';
import type { Content, Environment, FileHistory, Incident, PlannedWindow, System } from './model.ts';
import { toIso, type Instant } from './time.ts';

export type Translate = (key: UiKey, values?: Record<string, string>) => string;

export interface FeedContext {
  /** Absolute site address ending in `/`. */
  siteUrl: string;
  timeZone: string;
  locale: string;
  now: Instant;
  t: Translate;
  systems: ReadonlyMap<string, System>;
  /** Git history of a content file, by its path as in `Source.file`. */
  historyOf: (file: string) => FileHistory | undefined;
  /** Markdown to HTML, with the site's setting for raw HTML. */
  markdown: (text: string) => string;
  /** What an entry touches, in words: `Ladok (Test), Ladok-API (Produktion)`. */
  affected: (entry: { systems: readonly string[]; environments?: readonly string[] | undefined }) => string;
  /** An environment's name in the feeds' language. */
  environmentName: (environment: Environment) => string;
}

export interface FeedItem {
  /** Permalink, also the item's guid. */
  link: string;
  title: string;
  pubDate: Instant;
  /** HTML. */
  description: string;
  categories: string[];
  /** Ids of the systems the item is about. */
  systems: readonly string[];
}

/** The fragment that addresses one update on an incident page, e.g. `update-20240306T044000Z`. */
export function updateAnchor(at: Instant): string {
  return `update-${toIso(at).replace(/[-:]/g, '')}`;
}

/** How long before its start an occurrence of a recurring schedule is announced in the feeds. */
export const SERIES_LEAD_MS = 14 * 24 * 60 * 60 * 1000;

/**
 * A planned window's publication time: `announced`, else its file's first commit, else its start. An
 * occurrence of a schedule is announced two weeks before its start: one commit announces a whole
 * series, but readers want each window when it comes near, in the order of the windows.
 */
export function announcedAt(window: PlannedWindow, history: FileHistory | undefined): Instant {
  if (window.announced !== undefined) return window.announced;
  if (window.series) return window.start - SERIES_LEAD_MS;
  return history?.firstCommitted ?? window.start;
}

/** What a window is, for titles and calendar summaries: `Uppgradering: Planerad uppgradering – Ladok (Test)`. */
export function windowHeadline(window: PlannedWindow, context: FeedContext): string {
  return `${context.t(`kind.${window.kind}`)}: ${window.title} – ${context.affected(window)}`;
}

/**
 * Items of one incident that have happened by `now`: its start, each update, and "resolved" at its end
 * when no update says so.
 */
export function incidentItems(incident: Incident, context: FeedContext): FeedItem[] {
  const { t, now } = context;
  if (incident.start > now) return [];
  const page = `${context.siteUrl}incidents/${incident.slug}/`;
  const names = systemNames(incident.systems, context);
  const base = { categories: [t(`status.${incident.impact}`), ...names], systems: incident.systems };
  const affected = context.affected(incident);
  const items: FeedItem[] = [
    {
      ...base,
      link: page,
      title: `${t(`status.${incident.impact}`)}: ${incident.title}`,
      pubDate: incident.start,
      description: `<p>${escapeHtml(t(`impact.${incident.impact}`))}<br>${escapeHtml(affected)}</p>`,
    },
    ...incident.updates
      .filter((update) => update.at <= now)
      .map((update) => ({
        ...base,
        link: `${page}#${updateAnchor(update.at)}`,
        title: `${t(`update.${update.status}`)}: ${incident.title}`,
        pubDate: update.at,
        description: context.markdown(update.text),
      })),
  ];
  const resolvedSaid = incident.updates.some((u) => u.status === 'resolved' && u.at <= now);
  if (incident.end !== undefined && incident.end <= now && !resolvedSaid) {
    items.push({ ...base, link: `${page}#resolved`, title: `${t('update.resolved')}: ${incident.title}`, pubDate: incident.end, description: '' });
  }
  return items;
}

/**
 * The items of one planned window: its announcement (what, when, which systems, with or without
 * downtime) and, once it is called off, a cancellation of its own (dated by the file's last commit), so
 * that a subscriber who saw the announcement also sees that it will not happen.
 */
export function windowItems(window: PlannedWindow, context: FeedContext): FeedItem[] {
  const history = context.historyOf(window.file);
  const pubDate = announcedAt(window, history);
  // An occurrence of a schedule joins the feeds once it is announced (two weeks ahead).
  if (window.series && pubDate > context.now) return [];
  const { t } = context;
  const span = formatSpan(window.start, window.end, context.locale, context.timeZone);
  const state = window.cancelled ? `${t('maintenance.cancelled')}: ` : '';
  const facts = [span, context.affected(window), window.downtime ? t('maintenance.downtimeYes') : t('maintenance.downtimeNo')];
  const page = `${context.siteUrl}maintenance/${window.slug}/`;
  const announcement: FeedItem = {
    link: page,
    title: `${state}${windowHeadline(window, context)} (${span})`,
    pubDate,
    description: `<p>${facts.map(escapeHtml).join('<br>')}</p>${context.markdown(window.body)}`,
    categories: [t(`kind.${window.kind}`), ...systemNames(window.systems, context)],
    systems: window.systems,
  };
  if (!window.cancelled) return [announcement];
  const cancellation: FeedItem = {
    ...announcement,
    link: `${page}#cancelled`,
    pubDate: Math.max(announcement.pubDate, history?.lastCommitted ?? announcement.pubDate),
    description: `<p>${escapeHtml(t('maintenance.cancelledNote'))}</p>${announcement.description}`,
  };
  return [announcement, cancellation];
}

/** All items, newest first (ties by link, so the order never depends on file order). */
export function feedItems(content: Pick<Content, 'incidents' | 'maintenance'>, context: FeedContext): FeedItem[] {
  return [
    ...content.incidents.flatMap((incident) => incidentItems(incident, context)),
    ...content.maintenance.flatMap((window) => windowItems(window, context)),
  ].sort((a, b) => b.pubDate - a.pubDate || (a.link < b.link ? -1 : a.link > b.link ? 1 : 0));
}

function systemNames(ids: readonly string[], context: FeedContext): string[] {
  return ids.map((id) => context.systems.get(id)?.name ?? id);
}
