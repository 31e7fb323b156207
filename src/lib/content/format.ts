/**
 * The content format: `format:` in site.yaml (absent = 1) says which version of the file format a
 * content folder is written in, so that an engine upgrade never misreads content silently. Content
 * written for a newer engine is refused with one line naming the version to install; content of an
 * older format is read, and each change since gets its lines `path:line: field: what to change`
 * (MIGRATIONS). Pure: it takes the file texts, as `validateContent` does.
 */
import engine from '../../../package.json' with { type: 'json' };
import type { Problem } from './problem.ts';
import type { SourceFile } from './validate/context.ts';

/** The format this engine reads and writes. Raised, with a MIGRATIONS entry, when a field is renamed, moved or removed. */
export const CONTENT_FORMAT = 1;

/** This engine's version (the npm package's). */
export const ENGINE_VERSION: string = engine.version;

/** One change of the format: content declaring an older format is checked for what it must change. */
export interface Migration {
  /** The format this change starts. */
  to: number;
  /** The engine version that brought it, e.g. 0.2.0. */
  since: string;
  /** A problem per place written the old way, saying what to write now. */
  hints: (files: readonly SourceFile[]) => Problem[];
}

/** None yet: format 1 is the first. */
export const MIGRATIONS: readonly Migration[] = [];

/** The declared format and its line, read from the text itself: it must be found even when the rest no longer parses. */
export function declaredFormat(site: SourceFile | undefined): { format: number; line?: number } {
  const lines = (site?.text ?? '').replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const index = lines.findIndex((line) => /^format\s*:/.test(line));
  const value = /^format\s*:\s*['"]?(\d+)['"]?\s*(#.*)?$/.exec(lines[index] ?? '')?.[1];
  // A value that is not a whole number is left to the schema, which says what to write.
  return value === undefined ? { format: 1 } : { format: Number(value), line: index + 1 };
}

/**
 * The problems of the content's format: `tooNew` when it is newer than this engine reads (then nothing
 * else can be trusted and only this is reported), else the migration hints for an older format.
 */
export function formatProblems(
  files: readonly SourceFile[],
  { current = CONTENT_FORMAT, migrations = MIGRATIONS, version = ENGINE_VERSION } = {},
): { tooNew: boolean; problems: Problem[] } {
  const site = files.find((f) => f.kind === 'site');
  const { format, line } = declaredFormat(site);
  if (site && format > current) {
    const message =
      `the content is written in format ${format}, and driftstatus ${version} reads format ${current}: install the ` +
      `driftstatus version that brought format ${format} or a later one (its CHANGELOG says which), e.g. npm install driftstatus@latest`;
    return { tooNew: true, problems: [{ file: site.file, field: 'format', message, ...(line ? { line } : {}) }] };
  }
  const due = migrations.filter((m) => m.to > format && m.to <= current).sort((a, b) => a.to - b.to);
  const problems = due.flatMap((m) =>
    m.hints(files).map((p) => ({ ...p, message: `${p.message} (format ${m.to}, driftstatus ${m.since}; then write format: ${current} in site.yaml)` })),
  );
  return { tooNew: false, problems };
}
