import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { rssResponse } from '../../../../data/rss';
import { content, outputsIn } from '../../../../data/site';
import { systemLocalePaths } from '../../../../i18n/routes';

export const getStaticPaths = () => systemLocalePaths(content.site, content.systems);

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props: { locale, system } }) =>
  rssResponse(
    locale,
    `${content.site.title}: ${system.name}`,
    `systems/${system.id}/feed.xml`,
    outputsIn(locale).items.filter((item) => item.systems.includes(system.id)),
  );
