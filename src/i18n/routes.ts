/**
 * Locale-aware routes. Every page lives under `src/pages/[...lang]/`: `lang` is undefined for the
 * default locale (served without a prefix) and the locale code for the others, so the default
 * locale can come from content/site.yaml.
 */
import { getRelativeLocaleUrl } from 'astro:i18n';
import type { Locale, Site, System } from '../lib/model';
import { underBase } from '../lib/site-url';

/** The `lang` route parameter for a locale. */
export function langParam(site: Site, locale: Locale): string | undefined {
  return locale === site.locale ? undefined : locale;
}

/** One `{ params, props }` per built locale, for `getStaticPaths`. */
export function localePaths(site: Site) {
  return site.locales.map((locale) => ({ params: { lang: langParam(site, locale) }, props: { locale } }));
}

/** One `{ params, props }` per built locale and system, for a system's pages, feeds and calendars. */
export function systemLocalePaths(site: Site, systems: readonly System[]) {
  return localePaths(site).flatMap(({ params, props }) => systems.map((system) => ({ params: { ...params, id: system.id }, props: { ...props, system } })));
}

/** The address of `path` (e.g. `incidents/x/`) in `locale`, under the site's base (Astro adds it). */
export function localeUrl(locale: Locale, path = ''): string {
  return getRelativeLocaleUrl(locale, path);
}

/**
 * The address of one of `locale`'s feeds or calendars (`feed.xml`, `systems/x/calendar.ics`): below the
 * language's root, as its pages are (`/feed.xml` in the default language, `/en/feed.xml` in English).
 */
export function localeFile(locale: Locale, file: string): string {
  return `${localeUrl(locale)}${file}`;
}

/**
 * The address of `path`, a file or page of the site outside the locales (`feed.xml`,
 * `api/v2/summary.json`), under the site's base: `/status/feed.xml` for a site at
 * `https://org.github.io/status/`. Pages in a language go through `localeUrl`, which adds the base itself.
 */
export function sitePath(path: string): string {
  return underBase(import.meta.env.BASE_URL, path);
}
