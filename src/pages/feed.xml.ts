import { rssResponse } from '../data/rss';
import { content, items } from '../data/site';

export const GET = () => rssResponse(content.site.title, '/feed.xml', items);
