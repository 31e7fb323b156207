import { rssResponse } from '../../data/rss';
import { content, feedContext, items } from '../../data/site';

export const GET = () =>
  rssResponse(
    `${content.site.title}: ${feedContext.t('feeds.incidentsTitle')}`,
    '/incidents/feed.xml',
    items.filter((item) => item.link.includes('/incidents/')),
  );
