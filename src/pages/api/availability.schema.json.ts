import { feedContext } from '../../data/site';
import { availabilitySchema } from '../../lib/availability-schema';

export const GET = () =>
  new Response(`${JSON.stringify(availabilitySchema(feedContext.siteUrl), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
