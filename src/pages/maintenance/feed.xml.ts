import { rssResponse } from '../../data/rss';
import { content, feedContext, siteFeedItems } from '../../data/site';

export const GET = () =>
  rssResponse(
    `${content.site.title}: ${feedContext.t('feeds.maintenanceTitle')}`,
    '/maintenance/feed.xml',
    siteFeedItems.filter((item) => item.link.includes('/maintenance/')),
  );
