import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { rssResponse } from '../../../data/rss';
import { content, outputsIn } from '../../../data/site';
import { localePaths } from '../../../i18n/routes';

export const getStaticPaths = () => localePaths(content.site);

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props: { locale } }) => {
  const { context, items } = outputsIn(locale);
  return rssResponse(
    locale,
    `${content.site.title}: ${context.t('feeds.incidentsTitle')}`,
    'incidents/feed.xml',
    items.filter((item) => item.link.includes('/incidents/')),
  );
};
