/**
 * YAML's traps for people who write text, not YAML: values that YAML reads as something other than
 * the text the editor typed (a comment, a list, an anchor, a number), quotes and spaces that look right
 * but are not, a list written as one text. Each is named with what to write instead.
 */
import { forbiddenCharacter } from '../characters.ts';
import type { LineOf } from '../parse.ts';

/** What a trap is called and how to get out of it; `field` when it is not the field the issue named. */
export interface Explained {
  field?: string;
  message: string;
}

/** Characters that look like a space or like nothing, as editors paste them from chats and word processors. */
const INVISIBLE: Readonly<Record<string, string>> = {
  '\u00A0': 'a non-breaking space (U+00A0)',
  '\u00AD': 'a soft hyphen (U+00AD)',
  '\u2007': 'a figure space (U+2007)',
  '\u2009': 'a thin space (U+2009)',
  '\u200A': 'a hair space (U+200A)',
  '\u200B': 'a zero-width space (U+200B)',
  '\u200C': 'a zero-width non-joiner (U+200C)',
  '\u200D': 'a zero-width joiner (U+200D)',
  '\u202F': 'a narrow non-breaking space (U+202F)',
  '\u2060': 'a word joiner (U+2060)',
  '\u3000': 'an ideographic space (U+3000)',
  '\uFEFF': 'a zero-width no-break space (U+FEFF)',
};
const INVISIBLE_CHARACTER = new RegExp(`[${Object.keys(INVISIBLE).join('')}]`);
const SPACE_LIKE = new Set(['\u00A0', '\u2007', '\u2009', '\u200A', '\u202F', '\u3000']);

/**
 * The invisible character in `value`, named with where it is, and what to do; undefined when none.
 * @example invisibleCharacter('05:30\u00a0') // 'has a non-breaking space (U+00A0) after 05:30: delete it'
 */
export function invisibleCharacter(value: string): string | undefined {
  const match = INVISIBLE_CHARACTER.exec(value);
  if (!match) return undefined;
  const character = match[0];
  const before = value.slice(0, match.index).trim().split(/\s/).at(-1) ?? '';
  const after = value.slice(match.index + 1).trim().split(/\s/)[0] ?? '';
  const where = before ? `after ${before}` : `before ${after}`;
  const between = before !== '' && after !== '' && SPACE_LIKE.has(character);
  return `has ${INVISIBLE[character] ?? 'an invisible character'} ${where}: ${between ? 'type an ordinary space instead' : 'delete it'}`;
}

const TYPOGRAPHIC = /^[“”„‟«»‘’‚‛].*[“”„‟«»‘’‚‛]$/su;

/** Whether the whole value is wrapped in typographic quotes (“…”, ”…”, „…“, «…»), which YAML keeps as text. */
export function hasTypographicQuotes(value: string): boolean {
  return value.length >= 2 && TYPOGRAPHIC.test(value.trim());
}

/** The message for a value wrapped in typographic quotes. */
export const TYPOGRAPHIC_QUOTES = 'is wrapped in typographic quotes, which YAML keeps as part of the text: delete them, or use straight quotes "…"';

/**
 * Explains why a value was refused when YAML read it as something else than the editor meant; the
 * issue's own message stands when undefined.
 */
export function explainValue(field: string, value: unknown, message: string): Explained | undefined {
  if (typeof value === 'string') {
    const forbidden = forbiddenCharacter(value);
    if (forbidden) return { message: forbidden.message };
    const invisible = invisibleCharacter(value);
    if (invisible) return { message: invisible };
    if (hasTypographicQuotes(value)) return { message: TYPOGRAPHIC_QUOTES };
    const dotted = /^(\d{4}-\d{2}-\d{2}[ T])(\d{1,2})\.(\d{2})$/.exec(value.trim());
    if (dotted) return { message: `"${value}" has a dot between hours and minutes: write ${dotted[1]}${(dotted[2] ?? '').padStart(2, '0')}:${dotted[3]}` };
    const list = /^(.*(?:^|\.)(?:systems|environments|locales))\[0\]$/.exec(field);
    if (list?.[1] && value.includes(',')) {
      const items = value.split(',').map((item) => item.trim()).filter(Boolean);
      const key = list[1].split('.').at(-1) ?? list[1];
      return { field: list[1], message: `"${value}" is one text, not a list: write ${key}: [${items.join(', ')}]` };
    }
  }
  if (typeof value === 'number' && /^must be text/.test(message) && /(^|\.)(start|end)$/.test(field)) {
    const time = timeFromNumber(value);
    const fix = time ? `write ${time} (or "${time}" in quotes)` : 'write the time as hh:mm, e.g. 05:30';
    return { message: `is read as the number ${value}, not a time: ${fix}` };
  }
  return undefined;
}

/** The time of day an editor meant by a number: 5.3 (written 5.30) is 05:30, 7 is 07:00; undefined for 25.5. */
function timeFromNumber(value: number): string | undefined {
  const [hours = '', fraction = ''] = String(value).split('.');
  const hour = Number(hours);
  const minute = Number(fraction.padEnd(2, '0').slice(0, 2));
  if (!Number.isInteger(hour) || hour < 0 || hour > 23 || minute > 59 || fraction.length > 2) return undefined;
  return `${hours.padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

/** A `key: value` line of YAML, in a list item or not. */
const KEY_VALUE = /^\s*(?:-\s+)?([^\s:#][^:#]*?):[ \t]+(\S.*?)\s*$/;

/** `value` as the editor could write it in quotes, shortened when long. */
function quoted(value: string): string {
  const short = value.length > 60 ? `${value.slice(0, 60)}…` : value;
  return short.includes('"') ? `'${short.replaceAll("'", "''")}'` : `"${short}"`;
}

/**
 * Why YAML could not read line `line` of `text`, when the line is a value starting with a character
 * YAML gives a meaning (`[`, `{`, `*`, `@`, a quoted part followed by more text); undefined otherwise.
 */
export function explainYamlError(text: string, line: number): (Explained & { field: string }) | undefined {
  const match = KEY_VALUE.exec(text.split(/\r?\n/)[line - 1] ?? '');
  const [, key, value] = match ?? [];
  if (key === undefined || value === undefined) return undefined;
  const fix = `put the whole text in quotes: ${key}: ${quoted(value)}`;
  const first = value[0] ?? '';
  const quote = /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*')\s*([^\s#].*)$/.exec(value);
  let why: string | undefined;
  if (quote) why = `starts with a quoted part (${quote[1]}) followed by more text`;
  else if (/:\s/.test(value) && !/^["'[{]/.test(value)) why = 'holds ": ", which YAML reads as the start of another field';
  else if (first === '[' && /\].*\S/.test(value)) why = 'starts with [, which YAML reads as the start of a list';
  else if (first === '{' && /\}.*\S/.test(value)) why = 'starts with {, which YAML reads as the start of a set of fields';
  else if (first === '*') why = 'starts with *, which YAML reads as a reference to a value named elsewhere';
  else if (first === '@' || first === '`') why = `starts with ${first}, which YAML does not allow at the start of a value`;
  else if ((first === '|' || first === '>') && value.length > 1) why = `starts with ${first}, which YAML reads as "the text follows on the next lines"`;
  else if (first === '%') why = 'starts with %, which YAML does not allow there';
  return why ? { field: key, message: `${why}: ${fix}` } : undefined;
}

/**
 * Values YAML read without complaint but not as typed: `title: #1 …` (a comment: the value is empty),
 * `title: &x …` (an anchor name) and `title: !x …` (a tag), both of which drop a word silently.
 * Found by looking at the source line of each value in `data`.
 */
export function silentTraps(data: unknown, text: string, lineOf: LineOf): { path: (string | number)[]; line: number; message: string }[] {
  const lines = text.split(/\r?\n/);
  const found: { path: (string | number)[]; line: number; message: string }[] = [];
  const visit = (value: unknown, path: (string | number)[]) => {
    if (Array.isArray(value)) return value.forEach((item, index) => visit(item, [...path, index]));
    if (typeof value === 'object' && value !== null) return Object.entries(value).forEach(([key, item]) => visit(item, [...path, key]));
    if (value !== null && typeof value !== 'string') return;
    const line = lineOf(path);
    const [, key, written] = KEY_VALUE.exec(lines[(line ?? 0) - 1] ?? '') ?? [];
    if (line === undefined || written === undefined || key !== path.at(-1)) return;
    const fix = `put the whole text in quotes: ${key}: ${quoted(written)}`;
    if (value === null && written.startsWith('#')) {
      found.push({ path, line, message: `starts with #, which YAML reads as the start of a comment, so the value is empty: ${fix}` });
    } else if (typeof value === 'string' && /^[&!]\S*\s+\S/.test(written) && !written.startsWith('!!')) {
      const what = written.startsWith('&') ? 'the name of an anchor' : 'a tag';
      const word = written.split(/\s/)[0] ?? '';
      found.push({ path, line, message: `starts with ${word[0] ?? ''}, which YAML reads as ${what}, so "${word}" is left out of the text: ${fix}` });
    }
  };
  visit(data, []);
  return found;
}

/** An incident saved in maintenance/ or a planned window saved in incidents/: which folder it belongs in. */
export function wrongFolder(kind: string, data: Record<string, unknown>): Explained & { field: string } | undefined {
  if (kind === 'incident' && 'kind' in data && !('impact' in data)) {
    return { field: 'kind', message: 'this is a planned window (it has kind: and no impact:), saved in incidents/: move the file to maintenance/' };
  }
  if (kind === 'maintenance' && 'impact' in data && !('kind' in data)) {
    return { field: 'impact', message: 'this is an incident (it has impact: and no kind:), saved in maintenance/: move the file to incidents/' };
  }
  return undefined;
}

/** The value at `path` in parsed data; a single value stands for a one-item list (`systems: app`). */
export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return key === 0 ? value : undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}
