import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { rssResponse } from '../../../data/rss';
import { content, siteFeedItems } from '../../../data/site';

export function getStaticPaths() {
  return content.systems.map((system) => ({ params: { id: system.id }, props: { system } }));
}

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props }) => {
  const { system } = props;
  return rssResponse(`${content.site.title}: ${system.name}`, `/systems/${system.id}/feed.xml`, siteFeedItems.filter((item) => item.systems.includes(system.id)));
};
