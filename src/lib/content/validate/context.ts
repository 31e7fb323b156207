/**
 * What the validators of `validateContent` share: the files, the problems found so far, how to parse a
 * file and find its fields' lines; for the entries, also the site's settings and the systems.
 */
import type { z } from 'astro/zod';
import type { Locale, Site, System } from '../../model.ts';
import { localDateTimeText, type Instant } from '../../time.ts';
import { compareText } from '../../sort.ts';
import type { Kind } from '../files.ts';
import type { LineOf } from '../parse.ts';
import { fieldPath, type Problem } from '../problem.ts';
import type { schemasFor } from '../schemas.ts';
import { parseEntry, type Explain, type ParsedEntry } from './entry.ts';

/** A content file as read from disk. */
export interface SourceFile {
  /** Path as the editor knows it, e.g. content/incidents/2024/x.md. */
  file: string;
  kind: Kind;
  /** File name without extension (and without the locale, for a translation). */
  slug: string;
  /** Set for a translation `<slug>.<locale>.md`. */
  locale?: Locale;
  text: string;
}

/** Shared by every validator; `problems` is the one list they all add to. */
export interface Context {
  /** The content folder as the editor knows it, e.g. `content`. */
  root: string;
  files: readonly SourceFile[];
  /** The languages the UI has strings for (src/i18n/ and the site's i18n/); undefined: any language code. */
  uiLocales: readonly string[] | undefined;
  /** The files of the content folder's `public/`, by their path there; undefined: not known. */
  assets: readonly string[] | undefined;
  problems: Problem[];
  report: (file: string, field: string, message: string) => void;
  /** The files of one kind, translations left out, in path order. */
  byKind: (kind: Kind) => SourceFile[];
  /**
   * Parses a file and checks it against `schema`; its problems are recorded, its lines remembered.
   * `explain` may word a refused value's problem better (see `explainIds`).
   */
  parse: <S extends z.ZodType>(file: SourceFile, schema: S, explain?: Explain) => ParsedEntry<z.output<S>>;
  /** Gives a problem without a line the line of its field, in a file parsed so far. */
  withLine: (problem: Problem) => Problem;
}

/** A context over `files`, starting from the problems found while reading them. */
export function createContext(files: readonly SourceFile[], root: string, earlier: readonly Problem[]): Context {
  const problems: Problem[] = [...earlier];
  // How to find a field's line in each file parsed; problems get their lines at the end.
  const lineFinders = new Map<string, LineOf>();
  return {
    root,
    files,
    uiLocales: undefined,
    assets: undefined,
    problems,
    report: (file, field, message) => problems.push({ file, field, message }),
    byKind: (kind) => files.filter((f) => f.kind === kind && !f.locale).sort((a, b) => compareText(a.file, b.file)),
    parse: (file, schema, explain) => parseEntry(file, schema, problems, lineFinders, explain),
    withLine: (problem) => {
      if (problem.line !== undefined) return problem;
      const line = lineFinders.get(problem.file)?.(fieldPath(problem.field));
      return line === undefined ? problem : { ...problem, line };
    },
  };
}

/** What the validators of entries also need: the site's settings and the systems entries refer to. */
export interface EntryContext extends Context {
  /** Absent when site.yaml is missing or invalid: checks that need it are left out. */
  site: Site | undefined;
  /** The site's time zone (UTC while site.yaml is invalid), in which times are read and shown. */
  timeZone: string;
  schemas: ReturnType<typeof schemasFor>;
  systemById: ReadonlyMap<string, System>;
  /** Ids of system files that are invalid: already reported, so references to them are not. */
  brokenSystems: ReadonlySet<string>;
}

/** Keeps the first file of each slug; records the others as duplicates of `what`, e.g. "incident slug". */
export function unique(ctx: Context, files: SourceFile[], what: string): SourceFile[] {
  const seen = new Map<string, string>();
  return files.filter((file) => {
    const first = seen.get(file.slug);
    if (first) {
      ctx.report(file.file, 'file name', `${what} "${file.slug}" is already used by ${first}`);
      return false;
    }
    seen.set(file.slug, file.file);
    return true;
  });
}

/** Records a problem when `end` is not after `start`. */
export function checkOrder(ctx: EntryContext, file: string, field: string, start: Instant, end: Instant | undefined): void {
  if (end !== undefined && end <= start) {
    const relation = end === start ? 'is the same as' : 'is before';
    ctx.report(file, field, `${localDateTimeText(end, ctx.timeZone)} ${relation} start ${localDateTimeText(start, ctx.timeZone)}`);
  }
}
