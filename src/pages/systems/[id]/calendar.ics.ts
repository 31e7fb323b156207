import type { APIRoute } from 'astro';
import { icsResponse } from '../../../data/ics';
import { content } from '../../../data/site';
import type { System } from '../../../lib/model';

export function getStaticPaths() {
  return content.systems.map((system) => ({ params: { id: system.id }, props: { system } }));
}

export const GET: APIRoute = ({ props }) => {
  const { system } = props as { system: System };
  return icsResponse(
    `${content.site.title}: ${system.name}`,
    `/systems/${system.id}/`,
    content.maintenance.filter((window) => window.systems.includes(system.id)),
  );
};
