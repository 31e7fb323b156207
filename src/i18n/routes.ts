/**
 * Locale-aware routes. Every page lives under `src/pages/[...lang]/`: `lang` is undefined for the
 * default locale (served without a prefix) and the locale code for the others, so the default
 * locale can come from content/site.yaml.
 */
import { getRelativeLocaleUrl } from 'astro:i18n';
import type { Locale, Site } from '../lib/model';

/** The `lang` route parameter for a locale. */
export function langParam(site: Site, locale: Locale): string | undefined {
  return locale === site.locale ? undefined : locale;
}

/** One `{ params, props }` per built locale, for `getStaticPaths`. */
export function localePaths(site: Site) {
  return site.locales.map((locale) => ({ params: { lang: langParam(site, locale) }, props: { locale } }));
}

/** The address of `path` (e.g. `incidents/x/`) in `locale`. */
export function localeUrl(locale: Locale, path = ''): string {
  return getRelativeLocaleUrl(locale, path);
}
