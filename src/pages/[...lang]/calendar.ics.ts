import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { icsResponse } from '../../data/ics';
import { content, outputsIn } from '../../data/site';
import { localePaths } from '../../i18n/routes';

/** `/calendar.ics` in the site's language, `/<locale>/calendar.ics` in each other one. */
export const getStaticPaths = () => localePaths(content.site);

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props: { locale } }) =>
  icsResponse(locale, content.site.title, '', outputsIn(locale).maintenance);
