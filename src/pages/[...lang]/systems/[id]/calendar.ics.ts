import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { icsResponse } from '../../../../data/ics';
import { content, outputsIn } from '../../../../data/site';
import { localePaths } from '../../../../i18n/routes';

export function getStaticPaths() {
  return localePaths(content.site).flatMap(({ params, props }) =>
    content.systems.map((system) => ({ params: { ...params, id: system.id }, props: { ...props, system } })),
  );
}

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props: { locale, system } }) =>
  icsResponse(
    locale,
    `${content.site.title}: ${system.name}`,
    `systems/${system.id}/`,
    outputsIn(locale).maintenance.filter((window) => window.systems.includes(system.id)),
  );
