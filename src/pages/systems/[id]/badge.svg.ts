import type { APIRoute } from 'astro';
import { feedContext, view } from '../../../data/site';
import { badgeSvg } from '../../../lib/badge';
import type { SystemOverview } from '../../../lib/overview';

export function getStaticPaths() {
  return view.systems.map((overview) => ({ params: { id: overview.system.id }, props: { overview } }));
}

export const GET: APIRoute = ({ props }) => {
  const { system, environments } = (props as { overview: SystemOverview }).overview;
  const status = environments[0]?.status ?? 'operational';
  return new Response(badgeSvg(system.name, feedContext.t(`status.${status}`), status), {
    headers: { 'Content-Type': 'image/svg+xml' },
  });
};
