/**
 * Names editors give in the site's language (groups, metrics, environments), as a reader of another
 * language sees them: the translation where site.yaml or the system file gives one, else the name as
 * written, marked with the language it is in (for a `lang` attribute, so that it is read out right).
 */
import type { Environment, Locale, Metric, Site, TranslatedName } from './model.ts';

export interface ShownName {
  text: string;
  /** The language of `text` where it is not the page's: the site's, for an untranslated name. */
  lang: Locale | undefined;
}

/**
 * @example shownName('Støttesystemer', { en: 'Support systems' }, 'en', 'da') // { text: 'Support systems', lang: undefined }
 * @example shownName('Støttesystemer', undefined, 'en', 'da') // { text: 'Støttesystemer', lang: 'da' }
 */
export function shownName(original: string, translations: TranslatedName | undefined, locale: Locale, siteLocale: Locale): ShownName {
  const translated = translations?.[locale];
  if (translated !== undefined) return { text: translated, lang: undefined };
  return { text: original, lang: locale === siteLocale ? undefined : siteLocale };
}

/** A group's name (as the system files write it) in `locale`. */
export function groupName(site: Pick<Site, 'locale' | 'translations'>, group: string, locale: Locale): ShownName {
  return shownName(group, site.translations.groups?.[group], locale, site.locale);
}

/** A metric's name (its CSV header) in `locale`. */
export function metricName(site: Pick<Site, 'locale' | 'translations'>, metric: Pick<Metric, 'slug' | 'label'>, locale: Locale): ShownName {
  return shownName(metric.label, site.translations.metrics?.[metric.slug], locale, site.locale);
}

/**
 * An environment's name given in its system file, in `locale`; undefined for an environment named by
 * its id alone (the UI's word for a well-known id, or the id, neither of which has a language to mark).
 */
export function environmentGivenName(environment: Environment, locale: Locale, siteLocale: Locale): ShownName | undefined {
  return environment.name === undefined ? undefined : shownName(environment.name, environment.translations, locale, siteLocale);
}
