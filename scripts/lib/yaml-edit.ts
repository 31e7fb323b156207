/**
 * Edits the top-level fields of YAML text in place, for `npm run update`. The `yaml` library finds
 * where each field's value starts and ends in the source (`range`); new text is spliced in there and
 * nothing else is written again, so comments, spacing, quotes, flow lists `[a, b]`, folded text and the
 * file's line endings stay exactly as the editor left them.
 */
import { Document, isMap, isNode, isScalar, isSeq, parseDocument, stringify, type Node, type Pair, type YAMLMap } from 'yaml';

export type Edited = { ok: true; text: string } | { ok: false; field: string; message: string; line: number };

type Fields = { ok: true; map: YAMLMap<unknown, unknown> } | Extract<Edited, { ok: false }>;

/** The line ending of `text`: the one its first line ends with (CRLF, a lone CR or LF), else LF. */
export function lineEnding(text: string): '\r\n' | '\r' | '\n' {
  return (/\r\n|\r|\n/.exec(text)?.[0] as '\r\n' | '\r' | '\n' | undefined) ?? '\n';
}

/**
 * `text` with each lone CR (an old Mac line break, which the yaml package does not read as one) made
 * an LF. Same length, so every offset in it is an offset in `text`: positions are found in the view,
 * and the edit is spliced into `text`, whose line breaks all stay as they were.
 */
function view(text: string): string {
  return text.replace(/\r(?!\n)/g, '\n');
}

/** The 1-based line of `offset` in `text` (any line endings). */
export function lineAt(text: string, offset: number): number {
  return view(text).slice(0, offset).split('\n').length;
}

/**
 * Sets the top-level field `key` to a one-line value. An existing value is replaced where it stands;
 * a new field goes on the line after the field `after` (where editors look for it), else at the end.
 * @example setField('start: 10:00 # local\nimpact: outage\n', 'end', '12:00', 'start')
 * // { ok: true, text: 'start: 10:00 # local\nend: 12:00\nimpact: outage\n' }
 */
export function setField(text: string, key: string, value: string | boolean, after?: string): Edited {
  const fields = fieldsOf(view(text));
  if (!fields.ok) return fields;
  const pair = find(fields.map, key);
  if (!pair) return { ok: true, text: insertField(text, fields.map, { [key]: value }, after) };
  if (pair.value !== null && !isScalar(pair.value)) return problem(text, key, 'is not a single value, so it cannot be set', pair.value);
  const [start, end] = valueRange(pair);
  // A field left empty (`end:`) has an empty range right after the colon: keep a space either side.
  const spaceBefore = /\s/.test(text[start - 1] ?? ' ') ? '' : ' ';
  const spaceAfter = /\s/.test(text[end] ?? ' ') ? '' : ' ';
  return { ok: true, text: `${text.slice(0, start)}${spaceBefore}${oneLine(value)}${spaceAfter}${text.slice(end)}` };
}

/**
 * Appends `item` to the top-level list `key`, written in the list's own style (block `- ` items at
 * their indentation, or inside `[ … ]`); a missing list is added at the end.
 * @example appendItem('updates:\n    - at: 10:10\n      status: investigating\n', 'updates', { at: '12:00', status: 'resolved' })
 * // { ok: true, text: 'updates:\n    - at: 10:10\n      status: investigating\n    - at: 12:00\n      status: resolved\n' }
 */
export function appendItem(text: string, key: string, item: Record<string, string>): Edited {
  const fields = fieldsOf(view(text));
  if (!fields.ok) return fields;
  const pair = find(fields.map, key);
  if (!pair) return { ok: true, text: insertField(text, fields.map, { [key]: [item] }) };
  const list = pair.value;
  if (!isSeq(list) || !list.range) return problem(text, key, 'is not a list, so nothing can be added to it', list);
  if (list.flow) {
    const close = text.lastIndexOf(']', list.range[1] - 1);
    const rendered = new Document(item);
    if (isMap(rendered.contents)) rendered.contents.flow = true;
    return { ok: true, text: splice(text, close, `${list.items.length > 0 ? ', ' : ''}${rendered.toString({ lineWidth: 0 }).trimEnd()}`) };
  }
  const lines = view(text);
  return { ok: true, text: insertLines(text, lineEnd(lines, list.range[1]), stringify([item], { lineWidth: 0 }), column(lines, list.range[0])) };
}

function fieldsOf(text: string): Fields {
  const doc = parseDocument(text);
  const error = doc.errors[0];
  if (error) return { ok: false, field: 'yaml', message: error.message.split('\n')[0] ?? '', line: error.linePos?.[0].line ?? 1 };
  if (!isMap(doc.contents)) return { ok: false, field: 'front matter', message: 'is not a list of fields (name: value)', line: 1 };
  return { ok: true, map: doc.contents };
}

function find(map: YAMLMap<unknown, unknown>, key: string): Pair<unknown, unknown> | undefined {
  return map.items.find((pair) => isScalar(pair.key) && String(pair.key.value) === key);
}

function problem(text: string, field: string, message: string, node: unknown): Edited {
  return { ok: false, field, message, line: isNode(node) && node.range ? lineAt(text, node.range[0]) : 1 };
}

/** Start and end of a pair's value in the source (for an empty value, where it would be). */
function valueRange(pair: Pair<unknown, unknown>): [number, number] {
  const node = (pair.value ?? pair.key) as Node;
  const range = node.range ?? [0, 0, 0];
  return node === pair.key ? [range[1], range[1]] : [range[0], range[1]];
}

/** Inserts `fields` as new lines after the field `after`, else after the last field, at the fields' indentation. */
function insertField(text: string, map: YAMLMap<unknown, unknown>, fields: Record<string, unknown>, after?: string): string {
  const anchor = (after !== undefined ? find(map, after) : undefined) ?? map.items.at(-1);
  const lines = view(text);
  const at = anchor ? lineEnd(lines, valueRange(anchor)[1]) : text.length;
  const first = (map.items[0]?.key as Node | undefined)?.range?.[0] ?? 0;
  return insertLines(text, at, stringify(fields, { lineWidth: 0 }), column(lines, first));
}

/** Where the line holding `offset` ends in `lines` (a view), after its line break (a trailing comment stays on its line). */
function lineEnd(text: string, offset: number): number {
  if (offset > 0 && text[offset - 1] === '\n') return offset;
  const next = text.indexOf('\n', offset);
  return next < 0 ? text.length : next + 1;
}

function column(text: string, offset: number): number {
  return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}

/** Inserts YAML `rendered` (with LF) as whole lines at `at`, moved `by` columns right, with the text's line ending. */
function insertLines(text: string, at: number, rendered: string, by: number): string {
  const eol = lineEnding(text);
  const lines = rendered.replace(/\n$/, '').split('\n').map((line) => (line ? `${' '.repeat(by)}${line}` : line));
  // A last line without a line break gets one before the new lines.
  const broken = at === 0 || text[at - 1] === '\n' || text[at - 1] === '\r';
  return splice(text, at, `${broken ? '' : eol}${lines.join(eol)}${eol}`);
}

function splice(text: string, at: number, insert: string): string {
  return `${text.slice(0, at)}${insert}${text.slice(at)}`;
}

/** A scalar on one line: plain or quoted as YAML would write it, double-quoted if it would need several lines. */
function oneLine(value: string | boolean): string {
  const rendered = stringify(value, { lineWidth: 0 }).trimEnd();
  return rendered.includes('\n') ? JSON.stringify(value) : rendered;
}
