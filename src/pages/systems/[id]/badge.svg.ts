import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { feedContext, siteState } from '../../../data/site';
import { badgeSvg } from '../../../lib/badge';

export function getStaticPaths() {
  return siteState.systems.map((summary) => ({ params: { id: summary.system.id }, props: { summary } }));
}

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props }) => {
  const { system, status } = props.summary;
  return new Response(badgeSvg(system.name, feedContext.t(`status.${status}`), status), {
    headers: { 'Content-Type': 'image/svg+xml' },
  });
};
