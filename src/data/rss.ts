/** One RSS 2.0 response, written by @astrojs/rss from feed items. */
import rss from '@astrojs/rss';
import type { FeedItem } from '../lib/feeds.ts';
import { underBase } from '../lib/site-url.ts';
import type { Locale } from '../lib/model.ts';
import { content, outputsIn } from './site.ts';

/**
 * Items per feed: the most recent ones. Feed readers poll often and keep what they have seen; the
 * whole history stays on the site's history pages.
 */
export const FEED_ITEMS = 100;

/**
 * The feed of `locale` holding `all`'s newest items; `selfPath` is its address below the language's root
 * (`feed.xml` is `/feed.xml` in the default language and `/en/feed.xml` in English), under the site's path.
 */
export function rssResponse(locale: Locale, title: string, selfPath: string, all: readonly FeedItem[]): Promise<Response> {
  const items = all.slice(0, FEED_ITEMS);
  const { siteUrl } = outputsIn(locale).context;
  return rss({
    title,
    description: content.site.description ?? content.site.title,
    site: siteUrl,
    items: items.map((item) => ({
      title: item.title,
      link: item.link,
      pubDate: new Date(item.pubDate),
      description: item.description,
      categories: item.categories,
    })),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>${locale}</language><atom:link href="${underBase(siteUrl, selfPath)}" rel="self" type="application/rss+xml"/>`,
  });
}
