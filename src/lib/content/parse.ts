/**
 * Turns file text into plain data. YAML is read with the `yaml` package in YAML 1.2 (core schema),
 * where `2024-03-06 05:30` stays text: the schemas, not the YAML layer, decide what a time means.
 *
 * Line endings are LF, CRLF or a lone CR, as YAML 1.2 and CommonMark both define them, mixed freely:
 * a file saved on Windows, or pasted into in another editor, reads exactly as its LF twin, with the
 * same line numbers. A UTF-8 byte-order mark at the start (Notepad writes one) is skipped; anywhere
 * else it is an invisible character that changes what a value says, so it is refused.
 */
import { isMap, LineCounter, parseDocument, type Document } from 'yaml';

/** The file line of the value at a field path, or of its nearest enclosing value. */
export type LineOf = (path: readonly (string | number)[]) => number | undefined;

export type ParsedText =
  | { ok: true; data: Record<string, unknown>; body: string; lineOf: LineOf }
  | { ok: false; field: string; message: string; line?: number };

const BOM = '\uFEFF';
/** One line break: CRLF, a lone CR or LF (a CR directly before an LF is never a break of its own). */
const BREAK = String.raw`(?:\r\n|\r(?!\n)|\n)`;
const FENCE = String.raw`---[ \t]*`;
// Line by line up to the first `---` line; each step is deterministic, so a file with no closing line
// is refused in linear time.
const FRONT_MATTER = new RegExp(String.raw`^(${BOM}?)(${FENCE}${BREAK})((?:[^\r\n]*${BREAK})*?)(${FENCE}(?:${BREAK}|$))`);
const OPENING = new RegExp(String.raw`^${BOM}?${FENCE}${BREAK}`);

/** A Markdown file cut at its front matter; the parts joined again are the file, byte for byte. */
export interface FrontMatterParts {
  /** The byte-order mark at the very start, or ''. */
  bom: string;
  /** The opening `---` line with its line break. */
  open: string;
  /** The YAML lines between the two `---` lines, each with its line break ('' when there are none). */
  front: string;
  /** The closing `---` line with its line break (if the file goes on). */
  close: string;
  /** Everything after the closing line. */
  body: string;
}

/**
 * Splits a Markdown file into its front matter and body, keeping every byte; undefined when the file
 * does not start with a `---` line or has no closing one.
 * @example splitFrontMatter('\uFEFF---\r\ntitle: x\r\n---\r\nText') // { bom: '\uFEFF', open: '---\r\n', front: 'title: x\r\n', close: '---\r\n', body: 'Text' }
 */
export function splitFrontMatter(text: string): FrontMatterParts | undefined {
  const match = FRONT_MATTER.exec(text);
  if (!match) return undefined;
  const [whole, bom = '', open = '', front = '', close = ''] = match;
  return { bom, open, front, close, body: text.slice(whole.length) };
}

/** `text` with every line break written LF: the same lines, so the same line numbers. */
export function withLf(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/** Parses a YAML file whose top level is a mapping. */
export function parseYamlFile(text: string): ParsedText {
  if (text.trim() === '') return { ok: false, field: 'file', message: 'is empty' };
  const unmarked = text.startsWith(BOM) ? text.slice(1) : text;
  return parseMapping(withLf(unmarked), 1);
}

/** Parses a Markdown file with YAML front matter between `---` lines. */
export function parseMarkdownFile(text: string): ParsedText {
  if (text.trim() === '') return { ok: false, field: 'file', message: 'is empty' };
  if (!OPENING.test(text)) {
    if (text.startsWith(BOM + BOM)) return { ok: false, field: 'file', message: strayMark(true), line: 1 };
    return {
      ok: false,
      field: 'front matter',
      message: 'is missing: the file must start with a line ---, then the fields, then another line ---',
    };
  }
  const parts = splitFrontMatter(text);
  if (!parts) return { ok: false, field: 'front matter', message: 'has no closing --- line', line: 1 };
  // The opening line stays as an empty line, so YAML line numbers are file line numbers.
  const parsed = parseMapping(`\n${withLf(parts.front)}`, 2);
  if (!parsed.ok) return parsed;
  const mark = parts.body.indexOf(BOM);
  if (mark >= 0) {
    const line = lines(`${parts.open}${parts.front}${parts.close}${parts.body.slice(0, mark)}`);
    return { ok: false, field: 'body', message: strayMark(false), line };
  }
  return { ...parsed, body: parts.body };
}

/** How to tell an editor about a byte-order mark (U+FEFF) where it does not belong. */
function strayMark(atStart: boolean): string {
  const where = atStart ? 'twice at the start' : 'in the middle of the file';
  return `contains an invisible byte-order mark (U+FEFF) ${where}, usually from joined files or pasted text: delete it (retype the text around it if you cannot see it)`;
}

/** The 1-based number of the line that `text` ends on. */
function lines(text: string): number {
  return withLf(text).split('\n').length;
}

/** The top-level field whose lines hold `offset`, else 'file'. */
function fieldAt(doc: Document, offset: number): string {
  if (!isMap(doc.contents)) return 'file';
  for (const pair of doc.contents.items) {
    const key = pair.key as { range?: [number, number, number]; value?: unknown } | null;
    const value = pair.value as { range?: [number, number, number] } | null;
    const end = value?.range?.[2] ?? key?.range?.[2] ?? -1;
    if (key?.range && key.range[0] <= offset && offset < end) return String(key.value);
  }
  return 'file';
}

/** Parses LF-only YAML text; `firstLine` is the file line of its first field (for a mark found in it). */
function parseMapping(text: string, firstLine: number): ParsedText {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text.replaceAll(BOM, ''), { uniqueKeys: true, prettyErrors: true, strict: true, lineCounter });
  const mark = text.indexOf(BOM);
  if (mark >= 0) {
    const line = Math.max(firstLine, lines(text.slice(0, mark)));
    return { ok: false, field: fieldAt(doc, mark), message: strayMark(mark === 0), line };
  }
  const error = doc.errors[0];
  if (error) {
    const line = error.linePos?.[0].line ?? 0;
    const summary = error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? 'is not valid YAML';
    const hint = /^\s*\t/m.test(text) && !/tab/i.test(summary) ? ' (YAML does not allow tabs for indentation; use spaces)' : '';
    return { ok: false, field: 'yaml', message: `${summary}${hint}`, line };
  }
  let data: unknown;
  try {
    data = doc.toJS();
  } catch (error) {
    // The yaml package refuses to expand aliases (`*name`) that multiply into a huge value ("billion laughs").
    const why = (error as Error).message;
    const message = /alias/i.test(why)
      ? 'uses aliases (*name) so often that the value would be huge: write the values out instead'
      : `cannot be read (${why})`;
    return { ok: false, field: 'yaml', message, line: 1 };
  }
  const lineOf: LineOf = (path) => {
    for (let depth = path.length; depth >= 0; depth -= 1) {
      const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
      const offset = (node as { range?: [number, number, number] } | undefined)?.range?.[0];
      if (offset !== undefined) return lineCounter.linePos(offset).line;
    }
    return undefined;
  };
  if (data === null || data === undefined) return { ok: true, data: {}, body: '', lineOf };
  if (typeof data !== 'object' || Array.isArray(data)) {
    return { ok: false, field: 'yaml', message: 'must be a list of `field: value` lines' };
  }
  return { ok: true, data: data as Record<string, unknown>, body: '', lineOf };
}
