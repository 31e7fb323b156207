import type { APIRoute } from 'astro';
import { feedContext, siteState } from '../../../data/site';
import { badgeSvg } from '../../../lib/badge';
import type { SystemSummary } from '../../../lib/site-state';

export function getStaticPaths() {
  return siteState.systems.map((summary) => ({ params: { id: summary.system.id }, props: { summary } }));
}

export const GET: APIRoute = ({ props }) => {
  const { system, environments } = (props as { summary: SystemSummary }).summary;
  const status = environments[0]?.status ?? 'operational';
  return new Response(badgeSvg(system.name, feedContext.t(`status.${status}`), status), {
    headers: { 'Content-Type': 'image/svg+xml' },
  });
};
