/**
 * One file parsed and checked against its schema, with Zod's issues turned into editors' problems:
 * one problem per mistake, in plain words, each with the field it is about.
 */
import type { z } from 'astro/zod';
import { forbiddenCharacter, forbiddenCharacters } from '../characters.ts';
import type { Kind } from '../files.ts';
import { parseMarkdownFile, parseYamlFile, type LineOf } from '../parse.ts';
import { fieldName, type Problem } from '../problem.ts';
import { LOCALES } from '../schemas/fields.ts';
import type { SourceFile } from './context.ts';
import { explainValue, explainYamlError, hasTypographicQuotes, silentTraps, TYPOGRAPHIC_QUOTES, valueAt, wrongFolder, type Explained } from './traps.ts';

export interface ParsedEntry<T> {
  /** The checked data; absent when the file has problems. */
  data?: T;
  /** The data as written, when the file could be read at all: used to still check its references. */
  raw?: Record<string, unknown>;
  /** The Markdown body (empty for YAML files). */
  body: string;
}

const MARKDOWN_KINDS: readonly Kind[] = ['incident', 'maintenance', 'report'];

/** Explains a refused value with what the validator knows (e.g. the ids of the systems), or leaves it. */
export type Explain = (field: string, value: unknown) => Explained | undefined;

/** Parses a file's text and checks it against `schema`, recording every problem found and how to find its lines. */
export function parseEntry<S extends z.ZodType>(
  file: SourceFile,
  schema: S,
  problems: Problem[],
  lineFinders: Map<string, LineOf>,
  explain?: Explain,
): ParsedEntry<z.output<S>> {
  const parsed = MARKDOWN_KINDS.includes(file.kind) ? parseMarkdownFile(file.text) : parseYamlFile(file.text);
  if (!parsed.ok) {
    const explained = parsed.field === 'yaml' && parsed.line ? explainYamlError(file.text, parsed.line) : undefined;
    problems.push({ file: file.file, field: parsed.field, message: parsed.message, ...(parsed.line ? { line: parsed.line } : {}), ...explained });
    return { body: '' };
  }
  lineFinders.set(file.file, parsed.lineOf);
  const result = schema.safeParse(parsed.data, { error: friendlyMessage });
  const misplaced = result.success ? undefined : wrongFolder(file.kind, parsed.data);
  if (misplaced) {
    problems.push({ file: file.file, ...misplaced });
    return { body: '' };
  }
  const reported: string[] = [];
  const push = (field: string, message: string, line?: number) => {
    reported.push(field);
    problems.push({ file: file.file, field, message, ...(line ? { line } : {}) });
  };
  // A value YAML read otherwise than typed is the mistake; what the schema then says of it is not.
  const traps = silentTraps(parsed.data, file.text, parsed.lineOf);
  for (const trap of traps) push(fieldName(trap.path), trap.message, trap.line);
  for (const issue of result.error?.issues ?? []) {
    if (issue.code === 'unrecognized_keys') {
      // Inside a name's translations (not site.yaml's `translations:` itself) the keys are languages.
      const languages = issue.path.includes('translations') && issue.path.length > 1;
      const message = languages ? `is not a language a name can be translated into: write ${LOCALES.join(', ')}` : 'is not a known field (check the spelling)';
      for (const key of issue.keys) push(fieldName([...issue.path, key]), message);
      continue;
    }
    const field = fieldName(issue.path) || 'file';
    if (traps.some((trap) => fieldName(trap.path) === field)) continue;
    const value = valueAt(parsed.data, issue.path);
    const explained = explainValue(field, value, issue.message) ?? explain?.(field, value);
    if (!explained?.field || !reported.includes(explained.field)) push(explained?.field ?? field, explained?.message ?? issue.message);
  }
  checkCharacters(file, parsed, reported, push);
  if (result.success) return { data: result.data, raw: parsed.data, body: parsed.body };
  return { raw: parsed.data, body: parsed.body };
}

/** Forbidden characters and typographic quotes in values the schema accepted, and forbidden characters in the body. */
function checkCharacters(
  file: SourceFile,
  parsed: { data: Record<string, unknown>; body: string },
  reported: readonly string[],
  push: (field: string, message: string, line?: number) => void,
): void {
  // A value the schema refused already has its problem; one mistake, one line. (A single value written
  // for a list is `systems` as written and `systems[0]` to the schema, hence both directions.)
  const within = (inner: string, outer: string) => inner === outer || inner.startsWith(`${outer}.`) || inner.startsWith(`${outer}[`);
  const refused = (field: string) => reported.some((f) => within(field, f) || within(f, field));
  for (const { field, message } of forbiddenCharacters(parsed.data)) if (!refused(field)) push(field, message);
  for (const field of typographicQuotes(parsed.data)) if (!refused(field)) push(field, TYPOGRAPHIC_QUOTES);
  const inBody = forbiddenCharacter(parsed.body);
  if (inBody) {
    const offset = file.text.length - parsed.body.length + inBody.index;
    push('body', inBody.message, file.text.slice(0, offset).split('\n').length);
  }
}

/** The fields whose whole value is wrapped in typographic quotes. */
function typographicQuotes(data: unknown, path: (string | number)[] = []): string[] {
  if (typeof data === 'string') return hasTypographicQuotes(data) ? [fieldName(path) || 'file'] : [];
  if (Array.isArray(data)) return data.flatMap((item, index) => typographicQuotes(item, [...path, index]));
  if (typeof data === 'object' && data !== null) return Object.entries(data).flatMap(([key, item]) => typographicQuotes(item, [...path, key]));
  return [];
}

/** Plain-words messages for Zod's generic issues; schema-specific messages are set in the schemas. */
function friendlyMessage(issue: z.core.$ZodRawIssue): string | undefined {
  const input: unknown = issue.input;
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined) return 'is required';
      if (input === null) return 'is empty: give a value or remove the line';
      if (issue.expected === 'number' && typeof input === 'string' && /^\d+,\d+$/.test(input)) {
        return `must be a number written with a decimal point, e.g. ${input.replace(',', '.')}`;
      }
      return `must be ${describeType(String(issue.expected))}, not ${describeValue(input)}`;
    case 'invalid_value':
      if (input === undefined) return 'is required';
      return `must be one of ${issue.values.map((v) => String(v)).join(', ')}, not ${describeValue(input)}`;
    case 'invalid_union':
      return `has the wrong form (${describeValue(input)}); see the editors' guide`;
    case 'too_small':
      if (issue.origin === 'array') return `must list at least ${String(issue.minimum)}`;
      if (issue.origin === 'string') return 'must not be empty';
      return `must be ${issue.inclusive ? 'at least' : 'more than'} ${String(issue.minimum)}`;
    case 'too_big':
      if (issue.origin === 'array') return `must list at most ${String(issue.maximum)}`;
      return `must be ${issue.inclusive ? 'at most' : 'less than'} ${String(issue.maximum)}`;
    default:
      return undefined;
  }
}

function describeType(expected: string): string {
  const names: Record<string, string> = {
    string: 'text',
    number: 'a number',
    boolean: 'true or false',
    array: 'a list',
    object: 'a set of `field: value` lines',
  };
  return names[expected] ?? expected;
}

function describeValue(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object' && value !== null) return 'a set of fields';
  if (typeof value === 'string') return `"${value.length > 60 ? `${value.slice(0, 60)}…` : value}"`;
  return String(value);
}
