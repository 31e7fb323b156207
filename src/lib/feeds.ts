/**
 * RSS items from the content. Every incident update is its own item, so a subscriber sees
 * "identified", "resolved"…; a planned window is one item, plus one for each new time and one for its
 * cancellation (window-updates.ts). Ids are the items' permalinks, built from slugs, update times and
 * announced times only, so they never change between builds and no item is rewritten by a later change.
 * Publication dates come from the content and its commits, never from the build time.
 */
import { formatSpan } from './format.ts';
import { endedWithoutResolved, publishedUpdates, updateAnchor, type IncidentUpdate } from './incident-updates.ts';
import { escapeHtml } from './markdown.ts';
import type { Content, Environment, FileHistory, Incident, PlannedWindow, System } from './model.ts';
import type { Instant } from './time.ts';
import type { Translate } from './translate.ts';
import { asPlanned, changeKind, windowAnnouncements, windowRevisions, type Span, type WindowAnnouncement, type WindowRevision } from './window-updates.ts';

/** The UI strings that feeds, calendars and the API use. */
export type FeedKey =
  | `status.${Incident['impact']}`
  | `impact.${Incident['impact']}`
  | `update.${IncidentUpdate['status']}`
  | `kind.${PlannedWindow['kind']}`
  | 'maintenance.cancelled'
  | 'maintenance.cancelledNote'
  | 'maintenance.rescheduled'
  | 'maintenance.movedFrom'
  | 'maintenance.retimedFrom'
  | 'maintenance.downtimeYes'
  | 'maintenance.downtimeNo'
  | 'maintenance.state.active'
  | 'maintenance.state.over';

/**
 * What feeds, calendars and the API are built with. `Key` is what `t` accepts: the feeds need only
 * `FeedKey`, while the build's one context also serves pages that translate more.
 */
export interface FeedContext<Key extends string = FeedKey> {
  /** Absolute site address ending in `/`. */
  siteUrl: string;
  timeZone: string;
  locale: string;
  now: Instant;
  t: Translate<Key>;
  systems: ReadonlyMap<string, System>;
  /** Git history of a content file, by its path as in `Source.file`. */
  historyOf: (file: string) => FileHistory | undefined;
  /** The times and cancellation of each committed version of a planned window's file, oldest first (see window-updates.ts). */
  revisionsOf?: (file: string) => readonly WindowRevision[] | undefined;
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

/** What a window is, for titles and calendar summaries: `Uppgradering: Planerad uppgradering – Ladok (Test)`. */
export function windowHeadline(window: PlannedWindow, context: FeedContext): string {
  return `${context.t(`kind.${window.kind}`)}: ${window.title} – ${context.affected(window)}`;
}

/**
 * Items of one incident that have happened by `now`: its start, each update, and "resolved" at its end
 * when its last update does not say so (`endedWithoutResolved`).
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
    ...publishedUpdates(incident, now).map((update) => ({
        ...base,
        link: `${page}#${updateAnchor(update.at)}`,
        title: `${t(`update.${update.status}`)}: ${incident.title}`,
        pubDate: update.at,
        description: context.markdown(update.text),
      })),
  ];
  const end = endedWithoutResolved(incident, now);
  if (end !== undefined) {
    items.push({ ...base, link: `${page}#resolved`, title: `${t('update.resolved')}: ${incident.title}`, pubDate: end, description: '' });
  }
  return items;
}

/** A planned window's announcements that are out at `context.now` (see window-updates.ts). */
export function windowAnnouncementsAt(window: PlannedWindow, context: Pick<FeedContext, 'now' | 'historyOf' | 'revisionsOf'>): WindowAnnouncement[] {
  const revisions = windowRevisions(window, context.historyOf(window.file), context.revisionsOf?.(window.file));
  // An occurrence of a schedule joins the feeds once it is announced (two weeks ahead), and so do its
  // changes; a one-off with `announced` joins them then. Other items of a one-off are dated by its file's
  // commits (or its start, outside git), which only a build pinned before them precedes: they are listed.
  return windowAnnouncements(revisions).filter(
    (told) => told.at <= context.now || (!window.series && !(told.kind === 'scheduled' && window.announced !== undefined)),
  );
}

/** "Moved from 10 December 05:30 – 09:00" or "Retimed: was …", in the context's language. */
export function changeText(was: Span, now: Span, context: Pick<FeedContext, 't' | 'locale' | 'timeZone'>): string {
  const time = formatSpan(was.start, was.end, context.locale, context.timeZone);
  return context.t(changeKind(was, now, context.timeZone) === 'moved' ? 'maintenance.movedFrom' : 'maintenance.retimedFrom', { time });
}

/**
 * The items of one planned window, one per announcement: what, when, which systems, with or without
 * downtime; then each new time (saying what it was) and its cancellation, each with a link and guid of
 * its own, so that a subscriber who saw the announcement sees every change, and no item ever changes.
 */
export function windowItems(window: PlannedWindow, context: FeedContext): FeedItem[] {
  const { t } = context;
  const page = `${context.siteUrl}maintenance/${window.slug}/`;
  return windowAnnouncementsAt(window, context).map((told) => {
    const shown = told.kind === 'scheduled' ? asPlanned(window) : window;
    const span = formatSpan(told.start, told.end, context.locale, context.timeZone);
    const facts = [span, context.affected(shown), shown.downtime ? t('maintenance.downtimeYes') : t('maintenance.downtimeNo')];
    const description = `<p>${facts.map(escapeHtml).join('<br>')}</p>${context.markdown(shown.body)}`;
    const headline = `${windowHeadline(shown, context)} (${span})`;
    const item = { pubDate: told.at, categories: [t(`kind.${shown.kind}`), ...systemNames(shown.systems, context)], systems: shown.systems };
    switch (told.kind) {
      case 'scheduled':
        return { ...item, link: page, title: headline, description };
      case 'rescheduled':
        return {
          ...item,
          link: `${page}#${told.fragment}`,
          title: `${t('maintenance.rescheduled')}: ${headline}`,
          description: `<p>${escapeHtml(changeText(told.was, told, context))}</p>${description}`,
        };
      case 'cancelled':
        return {
          ...item,
          link: `${page}#cancelled`,
          title: `${t('maintenance.cancelled')}: ${headline}`,
          description: `<p>${escapeHtml(t('maintenance.cancelledNote'))}</p>${description}`,
        };
    }
  });
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
