/** UI strings, one flat JSON file per locale with dotted keys (the Starlight convention); see catalog.ts. */
import { affectedSystems, type AffectedSystem } from '../lib/affected.ts';
import type { Affecting, Environment, Locale, System } from '../lib/model.ts';
import type { Translate } from '../lib/translate.ts';
import { catalog, type Strings } from './catalog.ts';

/** The keys every language file has (a test checks that each file has exactly these). */
export type UiKey = keyof typeof import('./en.json', { with: { type: 'json' } });

function stringsOf(locale: Locale): Strings {
  const strings = catalog.get(locale);
  if (!strings) throw new Error(`no UI strings for "${locale}": site.yaml is validated against the files in src/i18n/`);
  return strings;
}

/** Strings of one locale, with `{name}` placeholders filled from `values`. */
export function translator(locale: Locale): Translate<UiKey> {
  const strings = stringsOf(locale);
  return (key, values = {}) =>
    (strings[key] ?? key).replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? `{${name}}`);
}

/**
 * An environment's name: the one given in the system file (its translation into `locale` where it has
 * one), else the locale's word for a well-known id, else the id.
 */
export function environmentName(environment: Environment, locale: Locale): string {
  const given = environment.translations?.[locale] ?? environment.name;
  if (given) return given;
  const key = `env.${environment.id}`;
  return stringsOf(locale)[key] ?? environment.id;
}

/** The strings of `locale` whose keys start with one of `prefixes`: what a client script needs. */
export function uiStrings(locale: Locale, prefixes: string[]): Record<string, string> {
  return Object.fromEntries(Object.entries(stringsOf(locale)).filter(([key]) => prefixes.some((p) => key.startsWith(p))));
}

/** A language's name in that language (`Norsk bokmål`), for the language switch: from its own file. */
export function languageName(locale: Locale): string {
  return stringsOf(locale)['lang.self'] ?? locale;
}

/**
 * What an incident or window touches, in words: `Ladok (Test), Ladok-API (Produktion)`, or just the
 * system names when it touches all their environments.
 */
export function affectedText(entry: Affecting, systems: ReadonlyMap<string, System>, locale: Locale): string {
  return affectedSystemsText(affectedSystems(entry, systems), locale);
}

/** `affectedText` of systems already worked out by `affectedSystems()`. */
export function affectedSystemsText(affected: readonly AffectedSystem[], locale: Locale): string {
  return affected
    .map(({ id, system, environments }) => {
      const name = system?.name ?? id;
      return environments === 'all' ? name : `${name} (${environments.map((e) => environmentName(e, locale)).join(', ')})`;
    })
    .join(', ');
}

/** A report table row's name: the system, and the cause where the row is for one (`KO – applikation`). */
export function reportRowName(row: { system: { name: string }; cause?: 'application' | 'infrastructure' }, locale: Locale): string {
  return row.cause ? `${row.system.name} – ${translator(locale)(`report.cause.${row.cause}`)}` : row.system.name;
}
