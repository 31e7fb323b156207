/**
 * Characters no text in content may hold: C0 control characters other than tab, line feed and carriage
 * return, the non-characters U+FFFE and U+FFFF, and lone surrogates (which a YAML escape such as
 * "\uD800" can make). XML forbids them, so one in a title would make every feed that carries it
 * unreadable; most editors do not show them, and they usually come with text pasted from elsewhere.
 */
import { fieldName } from './problem.ts';

// With the `u` flag a surrogate range matches only a surrogate that is not part of a pair.
const FORBIDDEN = /[\0-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDFFF]/u;

/**
 * Where `text` holds a character it must not, and what to tell the editor; undefined when it holds none.
 * @example forbiddenCharacter('App\u000bdown')
 * // { index: 3, message: 'contains a control character (U+000B), which most editors do not show: delete it …' }
 */
export function forbiddenCharacter(text: string): { index: number; message: string } | undefined {
  const match = FORBIDDEN.exec(text);
  if (!match) return undefined;
  const code = match[0].charCodeAt(0);
  const name = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  const what =
    code < 0x20 ? `a control character (${name})` : code >= 0xfffe ? `the non-character ${name}` : `half of a character (${name})`;
  return {
    index: match.index,
    message: `contains ${what}, which most editors do not show: delete it (retype the text around it if you cannot see it)`,
  };
}

/** Every string value in parsed YAML data that holds a forbidden character, by field name. */
export function forbiddenCharacters(data: unknown): { field: string; message: string }[] {
  const found: { field: string; message: string }[] = [];
  const visit = (value: unknown, path: (string | number)[]) => {
    if (typeof value === 'string') {
      const problem = forbiddenCharacter(value);
      if (problem) found.push({ field: fieldName(path) || 'file', message: problem.message });
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => visit(item, [...path, index]));
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, item] of Object.entries(value)) visit(item, [...path, key]);
    }
  };
  visit(data, []);
  return found;
}
