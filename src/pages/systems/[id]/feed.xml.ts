import type { APIRoute } from 'astro';
import { rssResponse } from '../../../data/rss';
import { content, siteFeedItems } from '../../../data/site';
import type { System } from '../../../lib/model';

export function getStaticPaths() {
  return content.systems.map((system) => ({ params: { id: system.id }, props: { system } }));
}

export const GET: APIRoute = ({ props }) => {
  const { system } = props as { system: System };
  return rssResponse(`${content.site.title}: ${system.name}`, `/systems/${system.id}/feed.xml`, siteFeedItems.filter((item) => item.systems.includes(system.id)));
};
