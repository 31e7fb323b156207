import { feedContext } from '../../../data/site';
import { statuspageSchema } from '../../../lib/statuspage/schema';

export const GET = () =>
  new Response(`${JSON.stringify(statuspageSchema(feedContext.siteUrl), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
