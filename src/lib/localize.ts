/** An entry's text in the reader's language: the translation when there is one, else the original. */
import type { Incident, Locale, PlannedWindow, Report } from './model.ts';

export interface LocalizedText {
  title: string;
  /** Markdown body. */
  body: string;
  /** Update texts (Markdown), in the order of the original's updates. */
  updates: string[];
  /** True when the reader asked for a language the entry is not translated into. */
  untranslated: boolean;
}

/**
 * @example localize(incident, 'en', 'sv') // the English translation, or the Swedish original marked untranslated
 */
export function localize(entry: Incident | PlannedWindow | Report, locale: Locale, defaultLocale: Locale): LocalizedText {
  const original = {
    title: ('title' in entry && entry.title) || '',
    body: entry.body,
    updates: 'updates' in entry && Array.isArray(entry.updates) ? entry.updates.map((u) => u.text) : [],
  };
  if (locale === defaultLocale) return { ...original, untranslated: false };
  const translation = entry.translations[locale];
  if (!translation) return { ...original, untranslated: true };
  return {
    title: translation.title,
    body: translation.body.trim() ? translation.body : original.body,
    updates: original.updates.map((text, index) => translation.updates?.[index]?.text ?? text),
    untranslated: false,
  };
}
