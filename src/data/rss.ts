/** One RSS 2.0 response, written by @astrojs/rss from feed items. */
import rss from '@astrojs/rss';
import type { FeedItem } from '../lib/feeds.ts';
import { content, feedContext } from './site.ts';

export function rssResponse(title: string, selfPath: string, items: readonly FeedItem[]): Promise<Response> {
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
    customData: `<language>${content.site.locale}</language><atom:link href="${new URL(selfPath, feedContext.siteUrl).href}" rel="self" type="application/rss+xml"/>`,
  });
}
