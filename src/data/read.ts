/**
 * Reads a content folder from disk and validates it. The only module that touches the file system for
 * content; the Astro loader, `npm run check` and the tests all come through `loadContent`.
 */
import { readdirSync, readFileSync, realpathSync, statSync, type Dirent } from 'node:fs';
import path from 'node:path';
import { classify } from '../lib/content/files.ts';
import type { Problem } from '../lib/content/problem.ts';
import { validateContent, type SourceFile, type Validated } from '../lib/content/validate.ts';
import { parseInstant, type Instant, type Parsed } from '../lib/time.ts';
import { ENGINE_STRINGS } from '../i18n/catalog.ts';
import { contentDir } from './content-dir.ts';

/** Largest content file accepted: far above any real incident, small enough to catch a pasted log. */
export const MAX_FILE_BYTES = 1_000_000;

export { contentDir };

/** "Now" for the whole build: `DRIFTSTATUS_NOW` (an ISO instant), else the real clock. */
export function buildNow(env: NodeJS.ProcessEnv = process.env): Parsed<Instant> {
  const pinned = env['DRIFTSTATUS_NOW'];
  return pinned ? parseInstant(pinned) : { ok: true, value: Date.now() };
}

/** Reads and validates every file of the content folder `dir`. */
export function loadContent(dir: string): Validated {
  const { files, assets, problems } = readContent(dir);
  return validateContent(files, { root: displayPath(dir), earlier: problems, engineStrings: ENGINE_STRINGS, assets });
}

// One validation per build: astro.config.mjs and the content loader run in the same process but load
// this module separately, so the result is kept on globalThis, keyed by folder.
const shared = Symbol.for('driftstatus.validated');
type SharedCache = Map<string, Validated>;

/** `loadContent`, once per process and folder; `fresh` reads again (the dev server after a change). */
export function loadContentOnce(dir: string, { fresh = false } = {}): Validated {
  const cache = ((globalThis as Record<symbol, SharedCache | undefined>)[shared] ??= new Map());
  let validated = fresh ? undefined : cache.get(dir);
  if (!validated) {
    validated = loadContent(dir);
    cache.set(dir, validated);
  }
  return validated;
}

/** Reads every file below `dir`, classified; unreadable or misplaced files become problems. */
export function readContent(dir: string): { files: SourceFile[]; assets: string[]; problems: Problem[] } {
  const shown = displayPath(dir);
  const files: SourceFile[] = [];
  const assets: string[] = [];
  const problems: Problem[] = [];
  let entries: string[];
  try {
    entries = listFiles(dir, problems, shown);
  } catch {
    return { files, assets, problems: [{ file: shown, field: 'folder', message: 'the content folder does not exist or cannot be read' }] };
  }
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (const relative of entries.sort()) {
    const classified = classify(relative);
    // Dotfiles (an editor's lock file `.#x.md` is often a link to nothing) and drafts are never opened.
    if (classified.type === 'ignored' || classified.type === 'draft') continue;
    const absolute = path.join(dir, relative);
    const file = `${shown}/${relative}`;
    let bytes: Buffer;
    try {
      const stats = statSync(absolute);
      if (stats.isDirectory()) continue;
      if (!stats.isFile()) {
        problems.push({ file, field: 'file', message: 'is not an ordinary file: remove it or replace it with one' });
        continue;
      }
      // Files of public/ are copied to the site as they are; only their names are needed here.
      if (classified.type === 'asset') {
        assets.push(classified.path);
        continue;
      }
      if (classified.type === 'problem') {
        problems.push({ file, field: 'file', message: classified.message });
        continue;
      }
      bytes = readFileSync(absolute);
    } catch (error) {
      problems.push({ file, field: 'file', message: unreadable(error) });
      continue;
    }
    if (bytes.length > MAX_FILE_BYTES) {
      problems.push({ file, field: 'file', message: `is ${bytes.length} bytes; the limit is ${MAX_FILE_BYTES}` });
      continue;
    }
    try {
      const text = decoder.decode(bytes);
      const { kind, slug, locale } = classified;
      files.push(locale ? { file, kind, slug, locale, text } : { file, kind, slug, text });
    } catch {
      problems.push({ file, field: 'file', message: 'is not UTF-8 text: save it with UTF-8 encoding' });
    }
  }
  return { files, assets, problems };
}

/**
 * Every path below `dir`, relative and with `/`, folders included. A link to a folder is followed
 * unless it leads to a folder it is in (the folder would contain itself without end): that is one
 * problem, and the link is not followed.
 */
function listFiles(dir: string, problems: Problem[], shown: string): string[] {
  const found: string[] = [];
  const visit = (relative: string, within: readonly string[]) => {
    const entries: Dirent[] = readdirSync(path.join(dir, relative), { withFileTypes: true });
    for (const entry of entries) {
      const child = relative ? `${relative}/${entry.name}` : entry.name;
      found.push(child);
      if (entry.isDirectory()) visit(child, [...within, realpathSync(path.join(dir, child))]);
      else if (entry.isSymbolicLink()) followLink(child, within);
    }
  };
  const followLink = (child: string, within: readonly string[]) => {
    let real: string;
    try {
      real = realpathSync(path.join(dir, child));
      if (!statSync(real).isDirectory()) return;
    } catch {
      return; // Reported when the file is read.
    }
    if (within.includes(real)) {
      problems.push({ file: `${shown}/${child}`, field: 'file', message: 'is a link to a folder it is in, so the folder would contain itself without end: remove the link' });
      found.pop();
    } else visit(child, [...within, real]);
  };
  visit('', [realpathSync(dir)]);
  return found;
}

/** Why a listed file could not be opened, in an editor's words. */
function unreadable(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'cannot be read: it is a link to a file that does not exist; remove it';
  if (code === 'ELOOP') return 'cannot be read: it is a link that leads back to itself; remove it';
  if (code === 'EACCES' || code === 'EPERM') return 'cannot be read: permission denied';
  return `cannot be read (${code ?? (error as Error).message})`;
}

/** A path as the editor typed it: relative to the working directory when inside it. */
function displayPath(dir: string): string {
  const relative = path.relative(process.cwd(), dir);
  return (relative && !relative.startsWith('..') ? relative : dir).split(path.sep).join('/');
}
