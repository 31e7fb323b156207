/**
 * The UI languages: one flat JSON file per language, named by its language code. Driftstatus ships
 * its own in this folder (`sv.json`, `nb.json` …); a site may add languages, or reword strings, with
 * files of the same form in its content folder's `i18n/` (validated with the content: see
 * src/lib/content/validate/strings.ts). Adding a language is adding a file: the list of languages
 * comes from the files present, nothing else names them.
 *
 * Pages are bundled by Vite, which reads this folder at build time (`import.meta.glob`); commands run
 * in plain Node, which has no `import.meta.glob`, and read it from the disk. The content folder's files
 * are read from the disk in both.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { contentDir } from '../data/content-dir.ts';

export type Strings = Record<string, string>;

function bundled(): Record<string, Strings> | undefined {
  try {
    return import.meta.glob<Strings>('./*.json', { eager: true, import: 'default' });
  } catch {
    return undefined; // plain Node: import.meta.glob is not defined
  }
}

/** The `<code>.json` files of a folder by code; a file that cannot be read is left to the validation to report. */
function readFolder(folder: string): Record<string, Strings> {
  let names: string[];
  try {
    names = readdirSync(folder).filter((name) => name.endsWith('.json') && !name.startsWith('_') && !name.startsWith('.'));
  } catch {
    return {};
  }
  const read = (name: string): Strings | undefined => {
    try {
      const strings: unknown = parse(readFileSync(path.join(folder, name), 'utf8'));
      return strings && typeof strings === 'object' && !Array.isArray(strings) ? (strings as Strings) : undefined;
    } catch {
      return undefined;
    }
  };
  return Object.fromEntries(names.flatMap((name) => [read(name)].filter((s) => s !== undefined).map((s) => [name, s] as const)));
}

const codeOf = (file: string) => file.replace(/^.*\/|\.json$/g, '');
const byCode = (files: Record<string, Strings>) => new Map(Object.entries(files).map(([file, strings]) => [codeOf(file), strings]));
const sorted = <T>(map: Map<string, T>) => new Map([...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

/** The languages Driftstatus ships, by code: what every site's own files are checked against. */
export const ENGINE_STRINGS: ReadonlyMap<string, Strings> = sorted(byCode(bundled() ?? readFolder(fileURLToPath(new URL('./', import.meta.url)))));

/** The site's own language files (content/i18n/), by code. */
const siteStrings = byCode(readFolder(path.join(contentDir(), 'i18n')));

/** Strings by language code, in code order: Driftstatus's, with the site's own files over them. */
export const catalog: ReadonlyMap<string, Strings> = sorted(
  new Map([...new Set([...ENGINE_STRINGS.keys(), ...siteStrings.keys()])].map((code) => [code, { ...ENGINE_STRINGS.get(code), ...siteStrings.get(code) }])),
);

/** The language codes the UI can be built in. */
export const UI_LOCALES: readonly string[] = [...catalog.keys()];
