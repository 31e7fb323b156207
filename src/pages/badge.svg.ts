import { content, feedContext, siteState } from '../data/site';
import { badgeSvg } from '../lib/badge';

export const GET = () =>
  new Response(badgeSvg(content.site.title, feedContext.t(`status.${siteState.home.status}`), siteState.home.status), {
    headers: { 'Content-Type': 'image/svg+xml' },
  });
