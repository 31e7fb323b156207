/**
 * Shared by the editors' commands (new, update): the content folder, "now", questions on a terminal,
 * file names, and a check of every file written, so nothing broken is left behind.
 */
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import * as prompts from '@clack/prompts';
import { Document } from 'yaml';
import { translator } from '../../src/i18n/index.ts';
import { loadOrStop } from '../../src/data/load.ts';
import { contentDir } from '../../src/data/read.ts';
import type { Validated } from '../../src/lib/content/validate.ts';
import { localDateTimeText, parseDateTime, type Instant } from '../../src/lib/time.ts';
import { Busy, createAtomically, replaceAtomically, withLock } from './safe-write.ts';

/** Stops with a message and exit status 1 (no stack trace: these are editors' mistakes). */
export function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

/** Whether questions can be asked: a terminal on both ends and not CI. */
export const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY && !process.env['CI']);

export interface Workspace {
  dir: string;
  validated: Validated;
  timeZone: string;
  now: Instant;
}

/**
 * The content folder, checked, and "now". Stops when site.yaml (or the folder itself) has problems:
 * every time written depends on the site's time zone, so none is guessed.
 */
export function workspace(): Workspace {
  const dir = contentDir();
  const site = [dir, path.join(dir, 'site.yaml'), path.join(dir, 'site.yml')];
  const { validated, now } = loadOrStop({
    dir,
    stopsFor: (p) => site.includes(path.resolve(p.file)),
    after: ({ content }) => (content > 0 ? 'Fix site.yaml first: nothing was written.' : 'Nothing was written.'),
  });
  return { dir, validated, timeZone: validated.content.site.timezone, now };
}

/** The text of the update that says an incident is over, in the site's language: "Löst." */
export function resolvedText(ws: Workspace): string {
  return `${translator(ws.validated.content.site.locale)('update.resolved')}.`;
}

/**
 * The folder the editor ran the command in. npm runs scripts in the project folder and keeps the
 * caller's folder in INIT_CWD, so `npm run update -- 2026-…md` works from content/incidents/2026.
 */
export function callerDir(): string {
  return process.env['INIT_CWD'] || process.cwd();
}

/** A path typed by the editor, resolved against the folder they ran the command in. */
export function fromCaller(file: string): string {
  return path.resolve(callerDir(), file);
}

/** A value from a flag, else from a question on a terminal, else an error naming the flag. */
export async function ask(
  value: string | undefined,
  flag: string,
  question: { message: string; options?: { value: string; label?: string }[]; placeholder?: string; optional?: boolean; initial?: string },
): Promise<string | undefined> {
  if (value !== undefined) return value;
  if (!interactive) {
    if (question.optional) return undefined;
    fail(`--${flag} is required (${question.message.replace(/\?$/, '')})`);
  }
  const initial = question.initial === undefined ? {} : { initialValue: question.initial };
  const answer = question.options
    ? await prompts.select({ message: question.message, options: question.options, ...initial })
    : await prompts.text({ message: question.message, placeholder: question.placeholder ?? '' });
  if (prompts.isCancel(answer)) fail('Cancelled: nothing was written.');
  const text = String(answer).trim();
  return text === '' && question.optional ? undefined : text;
}

/**
 * Several ids from repeated or comma-separated flags, else chosen on a terminal. An `optional` choice
 * may be left empty (none chosen, or not on a terminal): the empty list.
 */
export async function askMany(
  values: string[] | undefined,
  flag: string,
  message: string,
  options: { value: string; label: string }[],
  { optional = false } = {},
): Promise<string[]> {
  const given = (values ?? []).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
  if (given.length > 0 || (optional && (values !== undefined || !interactive || options.length === 0))) return given;
  if (!interactive) fail(`--${flag} is required (${message.replace(/\?$/, '')})`);
  const answer = await prompts.multiselect({ message, options, required: !optional });
  if (prompts.isCancel(answer)) fail('Cancelled: nothing was written.');
  return answer;
}

/** A time as editors write it (site time zone unless an offset is given); `now` when absent. */
export function time(text: string | undefined, flag: string, ws: Workspace): Instant {
  if (text === undefined || text === 'now') return ws.now;
  const parsed = parseDateTime(text, ws.timeZone);
  if (!parsed.ok) fail(`--${flag}: ${parsed.error}`);
  return parsed.value;
}

/**
 * A time given on the command line as it is written into front matter: in the site's zone, or in the
 * offset the editor gave (so `2026-10-25 02:30+01:00` stays the second 02:30), with the offset whenever
 * the local time happens twice, to the second when given to the second; `now` when absent.
 */
export function timeText(text: string | undefined, flag: string, ws: Workspace): string {
  const instant = time(text, flag, ws);
  const given = text === undefined || text === 'now' ? undefined : parseDateTime(text, ws.timeZone);
  const offset = given?.ok ? given.offset : undefined;
  return localDateTimeText(instant, ws.timeZone, { offset, seconds: /\d:\d{2}:\d{2}/.test(text ?? '') });
}

/** Letters that accents-off (NFKD) does not turn into ASCII, spelled as Nordic and German readers do. */
const SPELLED: Record<string, string> = { æ: 'ae', ø: 'o', ß: 'ss', ð: 'd', þ: 'th', œ: 'oe', ł: 'l', đ: 'd', ı: 'i' };

/**
 * A file name from a title: lowercase ASCII letters, digits and hyphens, Nordic letters spelled out.
 * Empty when the title has no such letters (only emoji, or another script): the caller falls back.
 * @example slugify('Inloggningen fungerar inte – igen!') // 'inloggningen-fungerar-inte-igen'
 * @example slugify('Færøsk ørred på Þingvellir') // 'faerosk-orred-pa-thingvellir'
 */
export function slugify(text: string): string {
  const spelled = text.toLowerCase().replace(/[æøßðþœłđı]/g, (letter) => SPELLED[letter] ?? letter);
  return spelled
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/** A path that does not exist yet: `<base>.md`, else `<base>-2.md`, … */
export function freePath(base: string, extension: string): string {
  for (let n = 1; ; n += 1) {
    const candidate = `${base}${n === 1 ? '' : `-${n}`}${extension}`;
    if (!existsSync(candidate)) return candidate;
  }
}

/**
 * Writes `text` over `file` in one step, then checks the whole content folder; if the file has
 * problems it is put back as it was and the problems are printed. `previous` is the text the change
 * was made from: call this holding the file's lock (`changeFile`), so nobody else's change is lost.
 */
export function writeChecked(file: string, text: string, previous: string, ws: Workspace): void {
  // A text editor does not take our lock: compare before swapping, so its save is not overwritten.
  if (readFileSync(file, 'utf8') !== previous) fail(`${shown(file)} was changed by another program while this command ran: nothing was written; run it again.`);
  replaceAtomically(file, text);
  check(file, ws, () => replaceAtomically(file, previous));
}

/**
 * Changes `file` while holding its lock: `change` gets the file's text as it is now (after any other
 * command that held the lock) and returns the new text, which is written and checked (`writeChecked`).
 */
export async function changeFile(file: string, change: (text: string) => string, ws: Workspace): Promise<void> {
  try {
    await withLock(file, () => {
      const previous = readFileSync(file, 'utf8');
      writeChecked(file, change(previous), previous, ws);
    });
  } catch (error) {
    if (error instanceof Busy) fail(`${shown(file)}: ${error.message}: nothing was written; run the command again in a moment.`);
    throw error;
  }
}

/**
 * Creates a new file with `text` at `<base><extension>`, else `<base>-2<extension>`, … (or only the
 * first when not `numbered`), never over an existing file, not even one another command creates at
 * the same moment; then checks it as `writeChecked` does (removing it on problems). Returns its path.
 */
export function createChecked(base: string, extension: string, text: string, ws: Workspace, { numbered = true } = {}): string {
  mkdirSync(path.dirname(base), { recursive: true });
  for (let n = 1; ; n += 1) {
    const file = `${base}${n === 1 ? '' : `-${n}`}${extension}`;
    if (createAtomically(file, text)) {
      check(file, ws, () => rmSync(file));
      return file;
    }
    if (!numbered) fail(`${shown(file)} exists already: edit it instead.`);
  }
}

function check(file: string, ws: Workspace, undo: () => void): void {
  loadOrStop({
    dir: ws.dir,
    stopsFor: (p) => path.resolve(p.file) === path.resolve(file),
    undo,
    after: () => 'Nothing was written.',
  });
}

/** A Markdown file's text: `fields` (those not undefined) as front matter, then `body`. */
export function frontMatter(fields: Record<string, unknown>, body = ''): string {
  const defined = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
  return `---\n${new Document(defined).toString({ lineWidth: 0 })}---\n${body}`;
}

/** The path to show: relative to the folder the editor ran the command in when inside it, ready for the next command. */
export function shown(file: string): string {
  const relative = path.relative(callerDir(), file);
  return relative && !relative.startsWith('..') ? relative : file;
}
