import { content, feedContext, view } from '../data/site';
import { badgeSvg } from '../lib/badge';

export const GET = () =>
  new Response(badgeSvg(content.site.title, feedContext.t(`status.${view.home.status}`), view.home.status), {
    headers: { 'Content-Type': 'image/svg+xml' },
  });
