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
  /**
   * The language of each part that is not in the reader's language (the original's, where a translation
   * is missing or partial), for `lang` attributes; undefined where the part is in the reader's language.
   */
  foreign: { title?: Locale; body?: Locale; updates: (Locale | undefined)[] };
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
  if (locale === defaultLocale) return { ...original, untranslated: false, foreign: { updates: original.updates.map(() => undefined) } };
  const translation = entry.translations[locale];
  if (!translation) {
    return { ...original, untranslated: true, foreign: { title: defaultLocale, body: defaultLocale, updates: original.updates.map(() => defaultLocale) } };
  }
  const translatedBody = translation.body.trim() !== '';
  const updates = original.updates.map((_, index) => translation.updates?.[index]?.text);
  return {
    title: translation.title,
    body: translatedBody ? translation.body : original.body,
    updates: updates.map((text, index) => text ?? original.updates[index] ?? ''),
    untranslated: false,
    foreign: { ...(translatedBody ? {} : { body: defaultLocale }), updates: updates.map((text) => (text === undefined ? defaultLocale : undefined)) },
  };
}
