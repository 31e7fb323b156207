/**
 * What the content loader found at its last validation, for `astro dev` to show in the browser: the
 * problems as `path:line: field: message` lines, and whether the collections hold valid content at
 * all. Kept on globalThis: the loader runs in the content layer, the pages and the middleware in
 * Vite's SSR runner, each with its own copy of this module, all in one process.
 */
import type { Locale } from '../lib/model.ts';

const key = Symbol.for('driftstatus.devProblems');

export interface ContentProblems {
  /** One `path:line: field: message` line per problem; empty when the content is valid. */
  lines: readonly string[];
  /** False until the content has been valid once since the dev server started: nothing to show but the problems. */
  hasContent: boolean;
  /** The site's default language, for the page that shows only the problems. */
  locale: Locale;
}

type Holder = Record<symbol, ContentProblems | undefined>;

/** Called by the loader after each validation. */
export function recordProblems(problems: ContentProblems): void {
  (globalThis as Holder)[key] = problems;
}

/** The last validation's result; valid when the loader has not run in this process (`astro build` stops on problems). */
export function contentProblems(): ContentProblems {
  return (globalThis as Holder)[key] ?? { lines: [], hasContent: true, locale: 'en' };
}
