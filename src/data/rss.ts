/** One RSS 2.0 response, written by @astrojs/rss from feed items. */
import rss from '@astrojs/rss';
import type { FeedItem } from '../lib/feeds.ts';
import { underBase } from '../lib/site-url.ts';
import { content, feedContext } from './site.ts';

/**
 * Items per feed: the most recent ones. Feed readers poll often and keep what they have seen; the
 * whole history stays on the site's history pages.
 */
export const FEED_ITEMS = 100;

/** `selfPath` is the feed's address on the site (`/feed.xml`), under the site's path if it has one. */
export function rssResponse(title: string, selfPath: string, all: readonly FeedItem[]): Promise<Response> {
  const items = all.slice(0, FEED_ITEMS);
  return rss({
    title,
    description: content.site.description ?? content.site.title,
    site: feedContext.siteUrl,
    items: items.map((item) => ({
      title: item.title,
      link: item.link,
      pubDate: new Date(item.pubDate),
      description: item.description,
      categories: item.categories,
    })),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>${content.site.locale}</language><atom:link href="${underBase(feedContext.siteUrl, selfPath)}" rel="self" type="application/rss+xml"/>`,
  });
}
