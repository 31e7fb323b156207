/** What every document of the Statuspage API starts with, and what the builders of its lists share. */
import type { FeedContext } from '../feeds.ts';
import type { Content } from '../model.ts';
import { toIso, type Instant } from '../time.ts';

/** How many resolved incidents and completed maintenances the lists hold, as Statuspage's do. */
export const RECENT = 50;

export interface StatuspageContext extends FeedContext {
  siteTitle: string;
}

/** The page's id: the site's host, made safe for an id. */
export function pageId(context: Pick<StatuspageContext, 'siteUrl'>): string {
  return new URL(context.siteUrl).host.replace(/[^a-z0-9]+/gi, '-');
}

/** The `page` object of every document, `updated_at` when its content or state last changed (see index.ts). */
export function pageRecord(content: Pick<Content, 'site'>, context: Pick<StatuspageContext, 'siteUrl' | 'siteTitle'>, updatedAt: string) {
  return {
    id: pageId(context),
    name: context.siteTitle,
    url: context.siteUrl,
    time_zone: content.site.timezone,
    updated_at: updatedAt,
  };
}

/** Anything that carries Statuspage times: a component, an incident, a maintenance or one of their updates. */
interface Dated {
  created_at: string;
  updated_at: string;
  resolved_at?: string | null;
  incident_updates?: readonly Dated[];
}

/**
 * The latest time any of these records carries (ISO times sort as text), or `fallback` for none. The
 * builders never date anything after `now`, so this is the last change of content or state by then.
 */
export function latestTime(records: readonly Dated[], fallback: Instant): string {
  const times = records.flatMap((r) => [r.created_at, r.updated_at, r.resolved_at ?? '', latestTime(r.incident_updates ?? [], 0)]);
  return times.sort().at(-1) || toIso(fallback);
}

/** One entry of `incident_updates`, the same shape for incidents and maintenances. */
export function statusUpdate(entry: string, suffix: string, status: string, body: string, at: Instant) {
  const time = toIso(at);
  return {
    id: `${entry}-${suffix}`,
    status,
    body,
    incident_id: entry,
    created_at: time,
    updated_at: time,
    display_at: time,
    affected_components: null,
    deliver_notifications: true,
    custom_tweet: null,
    tweet_id: null,
  };
}
