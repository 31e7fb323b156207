/**
 * The content as a reader of one language sees it: each incident's, window's and report's title,
 * body and update texts in that language where a translation gives them (see localize.ts), the
 * original elsewhere. What the per-language feeds and calendars are written from.
 */
import { localize } from './localize.ts';
import type { Content, Incident, Locale, PlannedWindow } from './model.ts';

/** `entry` with its texts in `locale`. */
function translated<Entry extends Incident | PlannedWindow>(entry: Entry, locale: Locale, defaultLocale: Locale): Entry {
  const text = localize(entry, locale, defaultLocale);
  const updates = 'updates' in entry ? { updates: entry.updates.map((update, index) => ({ ...update, text: text.updates[index] ?? update.text })) } : {};
  return { ...entry, title: text.title, body: text.body, ...updates };
}

/**
 * @example inLocale(content, 'en', 'sv').incidents[0].title // the English title, or the Swedish one when untranslated
 */
export function inLocale<Part extends Pick<Content, 'incidents' | 'maintenance'>>(content: Part, locale: Locale, defaultLocale: Locale): Part {
  if (locale === defaultLocale) return content;
  return {
    ...content,
    incidents: content.incidents.map((incident) => translated(incident, locale, defaultLocale)),
    maintenance: content.maintenance.map((window) => translated(window, locale, defaultLocale)),
  };
}
