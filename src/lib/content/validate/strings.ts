/**
 * Validates a site's own UI language files, `i18n/<code>.json`: each string is one Driftstatus has,
 * keeps its placeholders, and a language Driftstatus does not ship has every string (a page half in
 * English is not a translation). A file for a shipped language rewords only the strings it has.
 */
import { z } from 'astro/zod';
import { closest } from '../../closest.ts';
import type { Context } from './context.ts';

export type Strings = Record<string, string>;

/** content/i18n/<code>.json: strings by key, as in Driftstatus's own files. */
const stringsSchema = z.record(z.string(), z.string({ error: 'must be a text in quotes' }));

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();

/** The line of `"key"` in a JSON file, for the editor. */
function lineOf(text: string, key: string): number | undefined {
  const index = text.indexOf(JSON.stringify(key));
  return index < 0 ? undefined : text.slice(0, index).split('\n').length;
}

/** The codes of the site's language files that are valid; every problem is recorded. */
export function validateStrings(ctx: Context, engine: ReadonlyMap<string, Strings>): string[] {
  const reference = engine.get('en') ?? {};
  const keys = Object.keys(reference);
  return ctx.byKind('strings').flatMap((file) => {
    const before = ctx.problems.length;
    const { data } = ctx.parse(file, stringsSchema);
    if (!data) return [];
    const at = (key: string) => lineOf(file.text, key);
    for (const [key, value] of Object.entries(data)) {
      const line = at(key);
      const report = (message: string) => ctx.problems.push({ file: file.file, field: key, message, ...(line ? { line } : {}) });
      const expected = reference[key];
      if (expected === undefined) {
        const near = closest(key, keys.map((id) => ({ id })));
        report(`is not a string of Driftstatus${near ? `: did you mean "${near.id}"?` : ''} (the strings are those of src/i18n/en.json in the package)`);
      } else if (value.trim() === '') report(`is empty: write the text, or leave the key out to keep Driftstatus's own`);
      else if (placeholders(value).join() !== placeholders(expected).join()) {
        const wanted = placeholders(expected).map((name) => `{${name}}`);
        report(`must keep the placeholders of the original, ${wanted.length ? wanted.join(', ') : 'none'}: "${expected}"`);
      }
    }
    if (!engine.has(file.slug)) {
      const missing = keys.filter((key) => !(key in data));
      if (missing.length > 0) {
        const shown = missing.slice(0, 5).join(', ') + (missing.length > 5 ? ` and ${missing.length - 5} more` : '');
        ctx.report(file.file, 'file', `a new language needs every string; ${missing.length} missing: ${shown} (start from a copy of src/i18n/en.json in the package and translate each)`);
      }
    }
    return ctx.problems.length === before ? [file.slug] : [];
  });
}
