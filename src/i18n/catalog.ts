/**
 * The UI languages: one flat JSON file per language in this folder (`sv.json`, `nb.json` …), named by
 * its language code. Adding a language is adding a file: the list of languages comes from the files
 * present, nothing else names them.
 *
 * Pages are bundled by Vite, which reads the folder at build time (`import.meta.glob`); commands run in
 * plain Node, which has no `import.meta.glob`, and read the folder from the disk.
 */
import { readdirSync, readFileSync } from 'node:fs';

export type Strings = Record<string, string>;

function bundled(): Record<string, Strings> | undefined {
  try {
    return import.meta.glob<Strings>('./*.json', { eager: true, import: 'default' });
  } catch {
    return undefined; // plain Node: import.meta.glob is not defined
  }
}

function fromDisk(): Record<string, Strings> {
  const folder = new URL('./', import.meta.url);
  const names = readdirSync(folder).filter((name) => name.endsWith('.json'));
  return Object.fromEntries(names.map((name) => [`./${name}`, JSON.parse(readFileSync(new URL(name, folder), 'utf8')) as Strings]));
}

const byFile = bundled() ?? fromDisk();

/** Strings by language code, in code order. */
export const catalog: ReadonlyMap<string, Strings> = new Map(
  Object.entries(byFile)
    .map(([file, strings]) => [file.replace(/^.*\/|\.json$/g, ''), strings] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
);

/** The language codes the UI can be built in. */
export const UI_LOCALES: readonly string[] = [...catalog.keys()];
