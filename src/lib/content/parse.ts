/**
 * Turns file text into plain data. YAML is read with the `yaml` package in YAML 1.2 (core schema),
 * where `2024-03-06 05:30` stays text: the schemas, not the YAML layer, decide what a time means.
 */
import matter from 'gray-matter';
import { LineCounter, parseDocument } from 'yaml';

/** The file line of the value at a field path, or of its nearest enclosing value. */
export type LineOf = (path: readonly (string | number)[]) => number | undefined;

export type ParsedText =
  | { ok: true; data: Record<string, unknown>; body: string; lineOf: LineOf }
  | { ok: false; field: string; message: string; line?: number };

const FRONT_MATTER = /^---[ \t]*\r?\n/;
const CLOSING = /\n---[ \t]*(\r?\n|$)/;

/** Parses a YAML file whose top level is a mapping. */
export function parseYamlFile(text: string): ParsedText {
  if (text.trim() === '') return { ok: false, field: 'file', message: 'is empty' };
  return parseMapping(text);
}

/** Parses a Markdown file with YAML front matter between `---` lines. */
export function parseMarkdownFile(text: string): ParsedText {
  if (text.trim() === '') return { ok: false, field: 'file', message: 'is empty' };
  if (!FRONT_MATTER.test(text)) {
    return {
      ok: false,
      field: 'front matter',
      message: 'is missing: the file must start with a line ---, then the fields, then another line ---',
    };
  }
  if (!CLOSING.test(text)) return { ok: false, field: 'front matter', message: 'has no closing --- line', line: 1 };
  // gray-matter hands the engine the front matter from the opening `---` line on, so YAML line
  // numbers are file line numbers.
  let parsed = { ok: true, data: {}, body: '', lineOf: () => undefined } as ParsedText;
  const { content } = matter(text, {
    engines: {
      yaml: (frontMatter: string) => {
        parsed = parseMapping(frontMatter);
        return parsed.ok ? parsed.data : {};
      },
    },
  });
  return parsed.ok ? { ...parsed, body: content } : parsed;
}

function parseMapping(text: string): ParsedText {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: true, strict: true, lineCounter });
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
