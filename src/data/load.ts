/**
 * Where every command and the build start: the content folder loaded and validated, and "now". On a
 * problem they all stop the same way: one `path:line: field: message` line per problem on stderr, a
 * closing line, exit status 1, no stack trace.
 */
import path from 'node:path';
import { plausibilityWarnings } from '../lib/content/plausible.ts';
import { formatProblem, type Problem } from '../lib/content/problem.ts';
import { problemsAt } from '../lib/content/validate/at.ts';
import type { Validated } from '../lib/content/validate.ts';
import { contentWarnings } from '../lib/content/warnings.ts';
import type { Instant } from '../lib/time.ts';
import { gitHistory } from './history.ts';
import { buildNow, contentDir, loadContent } from './read.ts';

/** A content folder that passed, and the build's "now". */
export interface Loaded {
  dir: string;
  validated: Validated;
  now: Instant;
}

export interface StopRules {
  /** The content folder. Default: `contentDir()`. */
  dir?: string;
  /** Content validated already (the build validates once, in astro.config.mjs). Default: read `dir`. */
  validated?: Validated;
  /** Which of the content's problems stop the command. Default: every one. */
  stopsFor?: (problem: Problem) => boolean;
  /**
   * The line after the problems, given how many lines there are and how many of them are content
   * problems (the rest is an invalid DRIFTSTATUS_NOW). Default: "3 problems found."
   */
  after?: (count: { total: number; content: number }) => string;
  /** Runs before stopping, e.g. to put back a file that was just written. */
  undo?: () => void;
  /**
   * Prints the problems instead of the lines (`check --format json`); an invalid DRIFTSTATUS_NOW is
   * given as a problem of the file `DRIFTSTATUS_NOW`.
   */
  print?: (problems: readonly Problem[]) => void;
}

/**
 * Loads and validates the content folder and reads DRIFTSTATUS_NOW; stops with exit status 1 when
 * either has problems.
 * @example loadOrStop({ after: ({ total }) => `${problemsFound(total)}; nothing was built.` })
 * // content/incidents/x.md:7: end: 2024-03-06 05:00 is before start 2024-03-06 05:30
 * // 1 problem found; nothing was built.
 */
export function loadOrStop(rules: StopRules = {}): Loaded {
  const dir = rules.dir ?? contentDir();
  const validated = rules.validated ?? loadContent(dir);
  const now = buildNow();
  const problems = [...validated.problems, ...(now.ok ? problemsAt(validated.content, now.value).map(validated.withLine) : [])];
  const stopping = rules.stopsFor ? problems.filter(rules.stopsFor) : problems;
  if (stopping.length === 0 && now.ok) return { dir, validated, now: now.value };
  rules.undo?.();
  if (rules.print) {
    rules.print(now.ok ? stopping : [...stopping, { file: 'DRIFTSTATUS_NOW', field: 'environment', message: now.error }]);
  } else {
    const lines = stopping.map(formatProblem);
    if (!now.ok) lines.push(`DRIFTSTATUS_NOW: ${now.error}`);
    const after = rules.after ?? (({ total }) => `${problemsFound(total)}.`);
    process.stderr.write(`${lines.join('\n')}\n${after({ total: lines.length, content: stopping.length })}\n`);
  }
  process.exit(1);
}

/** @example problemsFound(1) // '1 problem found' */
export function problemsFound(count: number): string {
  return `${count} problem${count === 1 ? '' : 's'} found`;
}

/**
 * Every warning about content that passed, with its line: what `npm run check` prints (and fails on
 * with --strict) and the build prints without stopping. `history` is the content files' git history.
 */
export function warningsOf({ dir, validated, now }: Loaded, history = gitHistory(dir)): Problem[] {
  const { content, withLine } = validated;
  const warnings = [...contentWarnings(content, now, (file) => history.get(path.resolve(file))), ...plausibilityWarnings(content, now)];
  return warnings.map(withLine);
}

/** A warning as printed: its problem line, marked. */
export const formatWarning = (warning: Problem) => `${formatProblem(warning)} (warning)`;
