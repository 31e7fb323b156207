/** What every document of the Statuspage API starts with, and what the builders of its lists share. */
import type { FeedContext } from '../feeds.ts';
import type { Content } from '../model.ts';
import { toIso, type Instant } from '../time.ts';

/** How many resolved incidents and completed maintenances the lists hold, as Statuspage's do. */
export const RECENT = 50;

export interface StatuspageContext extends FeedContext {
  siteTitle: string;
}

/** The `page` object of every document; its id is the site's host, made safe for an id. */
export function pageRecord(content: Pick<Content, 'site'>, context: Pick<StatuspageContext, 'siteUrl' | 'siteTitle' | 'now'>) {
  return {
    id: new URL(context.siteUrl).host.replace(/[^a-z0-9]+/gi, '-'),
    name: context.siteTitle,
    url: context.siteUrl,
    time_zone: content.site.timezone,
    updated_at: toIso(context.now),
  };
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
