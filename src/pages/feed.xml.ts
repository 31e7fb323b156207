import { rssResponse } from '../data/rss';
import { content, siteFeedItems } from '../data/site';

export const GET = () => rssResponse(content.site.title, '/feed.xml', siteFeedItems);
