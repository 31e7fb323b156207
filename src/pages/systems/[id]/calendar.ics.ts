import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { icsResponse } from '../../../data/ics';
import { content } from '../../../data/site';

export function getStaticPaths() {
  return content.systems.map((system) => ({ params: { id: system.id }, props: { system } }));
}

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props }) => {
  const { system } = props;
  return icsResponse(
    `${content.site.title}: ${system.name}`,
    `/systems/${system.id}/`,
    content.maintenance.filter((window) => window.systems.includes(system.id)),
  );
};
