import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { icsResponse } from '../../../../data/ics';
import { content, outputsIn } from '../../../../data/site';
import { systemLocalePaths } from '../../../../i18n/routes';

export const getStaticPaths = () => systemLocalePaths(content.site, content.systems);

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props: { locale, system } }) =>
  icsResponse(
    locale,
    `${content.site.title}: ${system.name}`,
    `systems/${system.id}/`,
    outputsIn(locale).maintenance.filter((window) => window.systems.includes(system.id)),
  );
