import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { rssResponse } from '../../data/rss';
import { content, outputsIn } from '../../data/site';
import { localePaths } from '../../i18n/routes';

/** `/feed.xml` in the site's language, `/<locale>/feed.xml` in each other one. */
export const getStaticPaths = () => localePaths(content.site);

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props: { locale } }) =>
  rssResponse(locale, content.site.title, 'feed.xml', outputsIn(locale).items);
