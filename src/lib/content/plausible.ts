/**
 * Plausibility warnings: content that is valid but most likely not what the editor meant, each with
 * its reason. Like the warnings of `warnings.ts` they do not stop the build, and `check --strict`
 * fails on them. One function per kind of slip, so each can be tested alone.
 */
import type { Content, Incident, PlannedWindow, System } from '../model.ts';
import { addDays, localDate, localDateTimeText, type Instant } from '../time.ts';
import type { Problem } from './problem.ts';

/** Dates before this year are a typo: the status page did not exist. */
export const EARLIEST_YEAR = 2000;
/** Dates more than this many years ahead are a typo. */
export const YEARS_AHEAD = 2;
/** A title or a system's name longer than this is hard to read in lists and feeds. */
export const MAX_TITLE = 200;
/** A text longer than this is more likely a pasted log than words for readers. */
export const MAX_TEXT = 20_000;
/** A schedule that starts further back than this makes a page for every window since. */
export const SCHEDULE_YEARS_BACK = 2;
const YEAR = 365.25 * 86_400_000;

type Warn = (file: string, field: string, message: string, line?: number) => void;
type Plausible = Pick<Content, 'site' | 'systems' | 'incidents' | 'maintenance' | 'schedules'>;

/** Every plausibility warning, in a stable order. */
export function plausibilityWarnings(content: Plausible, now: Instant): Problem[] {
  const warnings: Problem[] = [];
  const warn: Warn = (file, field, message, line) => warnings.push({ file, field, message, ...(line ? { line } : {}) });
  absurdYears(content, now, warn);
  longTexts(content, warn);
  sameEventTwice(content.incidents, 'outage', now, warn);
  sameEventTwice(content.maintenance, 'window', now, warn);
  updatesAfterResolved(content.incidents, warn);
  schedulesFarBack(content, now, warn);
  environmentsOfOthers(content, warn);
  return warnings;
}

/**
 * Why `instant` cannot be meant: before 2000, or more than 2 years after `now`; undefined when plausible.
 * @example absurdYear(Date.UTC(1970, 0, 1), now, 'UTC') // 'is in 1970, before 2000: check the year'
 */
export function absurdYear(instant: Instant, now: Instant, timeZone: string): string | undefined {
  const year = Number(localDate(instant, timeZone).slice(0, 4));
  if (year < EARLIEST_YEAR) return `${localDateTimeText(instant, timeZone)} is in ${year}, before ${EARLIEST_YEAR}: check the year`;
  if (instant - now > YEARS_AHEAD * YEAR) return `${localDateTimeText(instant, timeZone)} is more than ${YEARS_AHEAD} years from now: check the year`;
  return undefined;
}

/** The first time of each incident and window whose year cannot be meant (one warning per file). */
function absurdYears(content: Plausible, now: Instant, warn: Warn): void {
  const zone = content.site.timezone;
  const times = (entry: Incident | PlannedWindow): [string, Instant | undefined][] => [
    ['start', entry.start],
    ['end', entry.end],
    ...('updates' in entry ? entry.updates.map((u, i): [string, Instant] => [`updates[${i}].at`, u.at]) : []),
    ...('kind' in entry ? [['announced', entry.announced] as [string, Instant | undefined], ['finished', entry.finished] as [string, Instant | undefined]] : []),
  ];
  for (const entry of [...content.incidents, ...content.maintenance]) {
    for (const [field, instant] of times(entry)) {
      const why = instant === undefined ? undefined : absurdYear(instant, now, zone);
      if (why) {
        warn(entry.file, field, why);
        break;
      }
    }
  }
}

/** Titles and names over `MAX_TITLE` characters, other texts over `MAX_TEXT`. */
function longTexts(content: Plausible, warn: Warn): void {
  const title = (file: string, field: string, value: string) => {
    if (value.length > MAX_TITLE) warn(file, field, `is ${value.length} characters long: shorten it to at most ${MAX_TITLE}, the body is the place for details`);
  };
  const text = (file: string, field: string, value: string | undefined) => {
    if (value !== undefined && value.length > MAX_TEXT) warn(file, field, `is ${value.length} characters long: is a log pasted in? Keep what readers need`);
  };
  for (const system of content.systems) title(system.file, 'name', system.name);
  for (const schedule of content.schedules) {
    title(schedule.file, 'title', schedule.title);
    text(schedule.file, 'description', schedule.description);
  }
  for (const entry of [...content.incidents, ...content.maintenance]) {
    title(entry.file, 'title', entry.title);
    if ('updates' in entry) entry.updates.forEach((u, i) => text(entry.file, `updates[${i}].text`, u.text));
    text(entry.file, 'body', entry.body);
  }
}

/** The words of a title, for comparing two: lowercase, without punctuation. */
const words = (title: string) => new Set(title.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean));

/**
 * Whether two titles say the same: one's words all in the other, or at least half of all their
 * words shared. @example similarTitles('App is down', 'App down') // true
 */
export function similarTitles(a: string, b: string): boolean {
  const [x, y] = [words(a), words(b)];
  const shared = [...x].filter((w) => y.has(w)).length;
  if (shared === 0) return false;
  return shared === Math.min(x.size, y.size) || shared / new Set([...x, ...y]).size >= 0.5;
}

/** Two incidents (or windows) with the same systems, overlapping times and similar titles: filed twice. */
function sameEventTwice(entries: readonly (Incident | PlannedWindow)[], what: string, now: Instant, warn: Warn): void {
  const key = (e: Incident | PlannedWindow) => [...e.systems].sort().join(',');
  const sorted = [...entries].sort((a, b) => a.start - b.start);
  sorted.forEach((later, index) => {
    const earlier = sorted.slice(0, index).find((e) => (e.end ?? now) > later.start && key(e) === key(later) && similarTitles(e.title, later.title));
    if (!earlier) return;
    const [first, second] = earlier.file < later.file ? [earlier, later] : [later, earlier];
    warn(second.file, 'file', `looks like the same ${what} as ${first.file} (same systems, overlapping times, similar title): delete one of the two`, 1);
  });
}

/** An update below the `resolved` one: the incident was over, or the statuses are out of order. */
function updatesAfterResolved(incidents: readonly Incident[], warn: Warn): void {
  for (const incident of incidents) {
    const resolved = incident.updates.findIndex((u) => u.status === 'resolved');
    if (resolved < 0 || resolved === incident.updates.length - 1) continue;
    const next = incident.updates[resolved + 1];
    warn(
      incident.file,
      `updates[${resolved + 1}]`,
      `comes after the resolved update above (updates[${resolved}]): if the incident went on, give that one another status; if it came back, file a new incident${next?.status === 'resolved' ? ' (or delete one of the two resolved updates)' : ''}`,
    );
  }
}

/** A schedule whose `first` date is years back, on a site that shows every window since `first`. */
function schedulesFarBack(content: Plausible, now: Instant, warn: Warn): void {
  if (content.site.schedules.pastDays !== undefined) return;
  const today = localDate(now, content.site.timezone);
  const limit = addDays(today, -Math.round(SCHEDULE_YEARS_BACK * 365.25));
  for (const schedule of content.schedules) {
    if (schedule.first >= limit) continue;
    const years = Number(today.slice(0, 4)) - Number(schedule.first.slice(0, 4));
    warn(
      schedule.file,
      'first',
      `${schedule.first} is about ${years} years back, and every window since then gets a page: start the series at a later date (or set schedules.pastDays in site.yaml)`,
    );
  }
}

/**
 * An incident or window that names environments none of which one of its systems has: that system is
 * listed but shown as untouched. (Each named environment exists on some system: that is checked.)
 */
function environmentsOfOthers(content: Plausible, warn: Warn): void {
  const byId = new Map<string, System>(content.systems.map((s) => [s.id, s]));
  for (const entry of [...content.incidents, ...content.maintenance]) {
    const { environments } = entry;
    if (!environments || entry.systems.length < 2) continue;
    const index = entry.systems.findIndex((id) => !byId.get(id)?.environments.some((e) => environments.includes(e.id)));
    const system = byId.get(entry.systems[index] ?? '');
    if (!system) continue;
    const owners = entry.systems.filter((id) => id !== system.id).join(', ');
    warn(
      entry.file,
      `systems[${index}]`,
      `${system.id} has none of the environments named (${environments.join(', ')} ${environments.length === 1 ? 'is' : 'are'} of ${owners}): add ${system.id}'s environment to environments (it has ${system.environments.map((e) => e.id).join(', ')}), or file it separately`,
    );
  }
}
