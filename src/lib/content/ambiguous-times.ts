/**
 * Times written without an offset in the hour that happens twice (the autumn night the clocks go back).
 * The schemas read such a time as the first of the two, as `parseDateTime` says; `npm run check` warns
 * about each, since the editor may have meant the second. Found by reading what the editor wrote: the
 * domain's instants no longer say whether an offset was given.
 */
import { localDayInterval, parseDateTime, type Instant } from '../time.ts';
import type { Kind } from './files.ts';
import { parseMarkdownFile } from './parse.ts';
import { fieldName } from './problem.ts';

/** One naive time that names two instants. */
export interface AmbiguousTime {
  /** Path of the file as the editor knows it. */
  file: string;
  /** The field, e.g. `start` or `updates[1].at`. */
  field: string;
  /** The time as written, e.g. `2026-10-25 02:30`. */
  text: string;
  /** The instant the schemas took: the first occurrence. */
  taken: Instant;
  /** The instant of the second occurrence, an offset away. */
  other: Instant;
}

/** The front-matter fields the schemas read as instants (incidents, windows, reports, translations). */
const INSTANT_FIELDS = new Set(['start', 'end', 'at', 'announced', 'finished', 'published']);
/** The kinds of file with such fields; schedules have times of day, expanded with their own rule. */
const KINDS_WITH_INSTANTS: readonly Kind[] = ['incident', 'maintenance', 'report'];
const DATE_TIME = /\b(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}/g;
const DAY = 86_400_000;

/**
 * Every naive time in the repeated hour, in the given files (and their translations) read in `timeZone`.
 * Only files with a time on a day longer than 24 hours are parsed again, so the cost is a text scan.
 */
export function ambiguousTimes(
  files: readonly { file: string; kind: Kind; text: string }[],
  timeZone: string,
): AmbiguousTime[] {
  const longDay = new Map<string, boolean>();
  const isLongDay = (date: string) => {
    let long = longDay.get(date);
    if (long === undefined) {
      const day = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(date) ? safeDay(date, timeZone) : undefined;
      long = day !== undefined && day.end - day.start > DAY;
      longDay.set(date, long);
    }
    return long;
  };
  const found: AmbiguousTime[] = [];
  for (const source of files) {
    if (!KINDS_WITH_INSTANTS.includes(source.kind)) continue;
    if (![...source.text.matchAll(DATE_TIME)].some((m) => isLongDay(m[1] ?? ''))) continue;
    const parsed = parseMarkdownFile(source.text);
    if (!parsed.ok) continue;
    walk(parsed.data, [], (path, text) => {
      const read = parseDateTime(text, timeZone, { allowDateOnly: true });
      if (read.ok && read.other !== undefined) {
        found.push({ file: source.file, field: fieldName(path), text: text.trim(), taken: read.value, other: read.other });
      }
    });
  }
  return found;
}

/** Gives each entry the ambiguous times of its file and of its translations' files. */
export function attachAmbiguousTimes(
  entries: readonly { file: string; translations: Partial<Record<string, { file: string }>>; ambiguousTimes?: AmbiguousTime[] }[],
  found: readonly AmbiguousTime[],
): void {
  if (found.length === 0) return;
  for (const entry of entries) {
    const files = new Set([entry.file, ...Object.values(entry.translations).flatMap((t) => (t ? [t.file] : []))]);
    const mine = found.filter((time) => files.has(time.file));
    if (mine.length > 0) entry.ambiguousTimes = mine;
  }
}

/** Calls `visit` with every text value of an instant field, at any depth (`updates[1].at`). */
function walk(value: unknown, path: (string | number)[], visit: (path: (string | number)[], text: string) => void): void {
  if (Array.isArray(value)) {
    value.forEach((item, index) => walk(item, [...path, index], visit));
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      if (typeof item === 'string' && INSTANT_FIELDS.has(key)) visit([...path, key], item);
      else walk(item, [...path, key], visit);
    }
  }
}

/** The local day, or undefined for a date the calendar does not have (its file has its own problem). */
function safeDay(date: string, timeZone: string): { start: Instant; end: Instant } | undefined {
  try {
    return localDayInterval(date, timeZone);
  } catch {
    return undefined;
  }
}
