/**
 * Validates a whole content folder at once: every file against its schema, then the checks across
 * files. Pure: it takes file texts and returns the content and every problem found, so the build,
 * `npm run check` and the tests share it.
 */
import type { z } from 'astro/zod';
import type {
  Content,
  Locale,
  Environment,
  Incident,
  PlannedWindow,
  Report,
  Schedule,
  Site,
  System,
} from '../model.ts';
import { primaryEnvironment } from '../model.ts';
import { ruleDates } from '../recurrence.ts';
import { expandSchedule } from '../schedules.ts';
import { localDateTimeText, parseMonth, type Instant } from '../time.ts';
import { compareText } from '../sort.ts';
import { forbiddenCharacter, forbiddenCharacters } from './characters.ts';
import type { Kind } from './files.ts';
import { parseMetric } from './metrics.ts';
import { parseMarkdownFile, parseYamlFile, type LineOf } from './parse.ts';
import { fieldName, fieldPath, sortProblems, type Problem } from './problem.ts';
import { referencesSchema, schemasFor, siteSchema, systemSchema } from './schemas.ts';

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

export interface Validated {
  /** The valid entries. When `problems` is not empty the build must stop: nothing is dropped silently. */
  content: Content;
  problems: Problem[];
  /** Gives a problem found later (a warning) the line of its field. */
  withLine: (problem: Problem) => Problem;
}

/**
 * Validates every file and the references between them; returns every problem at once.
 * `root` is the content folder as the editor knows it; `earlier` are problems found while reading.
 */
export function validateContent(
  files: readonly SourceFile[],
  { root = 'content', earlier = [] }: { root?: string; earlier?: readonly Problem[] } = {},
): Validated {
  const problems: Problem[] = [...earlier];
  // How to find a field's line in each file parsed; problems get their lines at the end.
  const lineFinders = new Map<string, LineOf>();
  const withLine = (problem: Problem): Problem => {
    if (problem.line !== undefined) return problem;
    const line = lineFinders.get(problem.file)?.(fieldPath(problem.field));
    return line === undefined ? problem : { ...problem, line };
  };
  const parseWith = <S extends z.ZodType>(file: SourceFile, schema: S, found: Problem[]) => parseEntry(file, schema, found, lineFinders);
  const report = (file: string, field: string, message: string) => problems.push({ file, field, message });
  const byKind = (kind: Kind) =>
    files.filter((f) => f.kind === kind && !f.locale).sort((a, b) => compareText(a.file, b.file));

  const siteFiles = byKind('site');
  if (siteFiles.length === 0) report(`${root}/site.yaml`, 'file', 'is missing: every content folder needs one');
  for (const extra of siteFiles.slice(1)) report(extra.file, 'file', `duplicates ${siteFiles[0]?.file}`);
  const site = siteFiles[0] ? validateSite(siteFiles[0], problems, lineFinders) : undefined;
  const timeZone = site?.timezone ?? 'UTC';
  const schemas = schemasFor(timeZone);

  // An invalid system file is reported once; references to its id are not reported again.
  const brokenSystems = new Set<string>();
  const systems = unique(byKind('system'), problems, 'system id').flatMap((file) => {
    const { data } = parseWith(file, systemSchema, problems);
    if (!data) {
      brokenSystems.add(file.slug);
      return [];
    }
    const environments: Environment[] = data.environments.map((e) => (typeof e === 'string' ? { id: e } : e));
    environments.forEach((env, index) => {
      if (environments.findIndex((other) => other.id === env.id) !== index) {
        report(file.file, `environments[${index}]`, `lists "${env.id}" twice`);
      }
    });
    return [{ ...data, id: file.slug, file: file.file, environments } satisfies System];
  });
  const systemById = new Map(systems.map((s) => [s.id, s]));
  const checkAffecting = (file: string, prefix: string, entry: { systems: string[]; environments?: string[] | undefined }) =>
    checkReferences(file, prefix, entry, systemById, brokenSystems, problems);
  // A file with other problems still gets its system and environment ids checked, so one run lists everything.
  const checkRawReferences = (file: string, raw: Record<string, unknown> | undefined): [] => {
    const references = referencesSchema.safeParse(raw);
    if (references.success) checkAffecting(file, '', references.data);
    return [];
  };

  const incidents = unique(byKind('incident'), problems, 'incident slug').flatMap((file) => {
    const { data, raw, body } = parseWith(file, schemas.incident, problems);
    if (!data) return checkRawReferences(file.file, raw);
    const incident: Incident = { ...data, slug: file.slug, file: file.file, body, translations: {} };
    checkAffecting(file.file, '', incident);
    checkOrder(file.file, 'end', incident.start, incident.end, timeZone, problems);
    let previous: Instant | undefined;
    incident.updates.forEach((update, index) => {
      if (update.at < incident.start) {
        report(file.file, `updates[${index}].at`, `${localDateTimeText(update.at, timeZone)} is before the incident's start ${localDateTimeText(incident.start, timeZone)}`);
      } else if (previous !== undefined && update.at < previous) {
        report(file.file, `updates[${index}].at`, `${localDateTimeText(update.at, timeZone)} is before the update above it; list updates oldest first`);
      } else if (previous !== undefined && sameSecond(update.at, previous)) {
        // An update's link and feed id are made from its time, so two at one time would be one.
        report(file.file, `updates[${index}].at`, `must be later than the previous update (also ${localDateTimeText(previous, timeZone)}): give each update its own time`);
      }
      previous = Math.max(previous ?? update.at, update.at);
    });
    if (incident.updates.at(-1)?.status === 'resolved' && incident.end === undefined) {
      report(file.file, 'end', 'is missing, but the last update says resolved: give the time the incident was over');
    }
    return [incident];
  });

  const maintenance = unique(byKind('maintenance'), problems, 'maintenance slug').flatMap((file) => {
    const { data, raw, body } = parseWith(file, schemas.maintenance, problems);
    if (!data) return checkRawReferences(file.file, raw);
    const window: PlannedWindow = {
      ...data,
      downtime: data.downtime ?? data.kind !== 'hotfix',
      slug: file.slug,
      file: file.file,
      body,
      translations: {},
    };
    checkAffecting(file.file, '', window);
    checkOrder(file.file, 'end', window.start, window.end, timeZone, problems);
    if (window.finished !== undefined) checkOrder(file.file, 'finished', window.start, window.finished, timeZone, problems);
    if (window.finished !== undefined && window.cancelled) report(file.file, 'finished', 'a cancelled window cannot have finished: remove one of the two');
    return [window];
  });

  const schedules = unique(byKind('schedule'), problems, 'schedule id').flatMap((file) => {
    const { data, raw } = parseWith(file, schemas.schedule, problems);
    if (!data) return checkRawReferences(file.file, raw);
    const schedule: Schedule = { ...data, slug: file.slug, file: file.file };
    checkSchedule(schedule, checkAffecting, problems);
    for (const locale of Object.keys(schedule.translations ?? {}) as Locale[]) {
      if (site && locale === site.locale) {
        report(file.file, `translations.${locale}`, `"${locale}" is the site's default language: edit title and description above instead`);
      } else if (site && !site.locales.includes(locale)) {
        report(file.file, `translations.${locale}`, `the site is not built in "${locale}" (add it to locales in site.yaml)`);
      }
    }
    return [schedule];
  });

  const scheduleById = new Map(schedules.map((s) => [s.slug, s]));
  for (const window of maintenance) {
    const reserved = schedules.find((s) => window.slug.startsWith(`${s.slug}-`) && /^\d{4}-\d{2}-\d{2}-/.test(window.slug.slice(s.slug.length + 1)));
    if (reserved) report(window.file, 'file name', `names like "${reserved.slug}-<date>-…" are used by the windows of schedule ${reserved.file}; choose another`);
    if (!window.overrides) continue;
    const { schedule: id, date } = window.overrides;
    const schedule = scheduleById.get(id);
    if (!schedule) {
      if (!byKind('schedule').some((f) => f.slug === id)) report(window.file, 'overrides.schedule', `unknown schedule "${id}" (no schedules/${id}.yaml)`);
    } else if (expandSchedule(schedule, timeZone, { from: date, to: date }).length === 0) {
      report(window.file, 'overrides.date', `schedule ${id} has no window on ${date}`);
    }
  }

  const reports = byKind('report').flatMap((file) => {
    const month = parseMonth(file.slug);
    if (!month.ok) {
      report(file.file, 'file name', `${month.error}: name a report after its month, e.g. reports/2024-01.md`);
      return [];
    }
    const { data, body } = parseWith(file, schemas.report, problems);
    if (!data) return [];
    const entry: Report = { ...data, month: month.value, slug: file.slug, file: file.file, body, translations: {} };
    checkReport(entry, systemById, brokenSystems, problems);
    return [entry];
  });

  const metrics = byKind('metric').flatMap((file) => {
    const parsed = parseMetric(file.file, file.slug, file.text, timeZone);
    problems.push(...parsed.problems);
    return parsed.metric ? [parsed.metric] : [];
  });

  const translatable: Record<string, Map<string, Incident | PlannedWindow | Report>> = {
    incident: new Map(incidents.map((e) => [e.slug, e])),
    maintenance: new Map(maintenance.map((e) => [e.slug, e])),
    report: new Map(reports.map((e) => [e.slug, e])),
  };
  const broken = new Set(problems.map((p) => p.file));
  for (const file of files.filter((f) => f.locale).sort((a, b) => compareText(a.file, b.file))) {
    const original = translatable[file.kind]?.get(file.slug);
    const locale = file.locale as Locale;
    if (!original) {
      const exists = files.some((f) => f.kind === file.kind && f.slug === file.slug && !f.locale && broken.has(f.file));
      if (!exists) report(file.file, 'file name', `translates "${file.slug}", but there is no ${file.kind} with that name`);
      continue;
    }
    if (site && locale === site.locale) {
      report(file.file, 'file name', `"${locale}" is the site's default language: edit ${original.file} instead`);
      continue;
    }
    if (site && !site.locales.includes(locale)) {
      report(file.file, 'file name', `the site is not built in "${locale}" (add it to locales in site.yaml)`);
      continue;
    }
    const { data, body } = parseWith(file, schemas.translation, problems);
    if (!data) continue;
    const updates = 'updates' in original ? original.updates : [];
    data.updates?.forEach((update, index) => {
      const counterpart = updates[index];
      if (!counterpart) report(file.file, `updates[${index}]`, `has no counterpart: the original has ${updates.length} update${updates.length === 1 ? '' : 's'}`);
      else if (update.at !== undefined && update.at !== counterpart.at) {
        report(file.file, `updates[${index}].at`, `${localDateTimeText(update.at, timeZone)} does not match the original's ${localDateTimeText(counterpart.at, timeZone)}`);
      }
    });
    original.translations[locale] = { ...data, body, file: file.file };
  }

  return {
    content: site
      ? { site, systems, incidents, maintenance, schedules, reports, metrics }
      : { site: placeholderSite, systems, incidents, maintenance, schedules, reports, metrics },
    problems: sortProblems(problems.map(withLine)),
    withLine,
  };
}

/** Stands in for an invalid site.yaml so that the other files can still be checked. */
const placeholderSite: Site = {
  ...siteSchema.parse({ title: '-', url: 'http://localhost/', timezone: 'UTC', locale: 'en' }),
  locales: ['en'],
};

function validateSite(file: SourceFile, problems: Problem[], lineFinders: Map<string, LineOf>): Site | undefined {
  const { data } = parseEntry(file, siteSchema, problems, lineFinders);
  if (!data) return undefined;
  const locales = data.locales ?? [data.locale];
  if (!locales.includes(data.locale)) {
    problems.push({ file: file.file, field: 'locales', message: `must include the default locale "${data.locale}"` });
  }
  return { ...data, locales };
}

interface ParsedEntry<T> {
  /** The checked data; absent when the file has problems. */
  data?: T;
  /** The data as written, when the file could be read at all: used to still check its references. */
  raw?: Record<string, unknown>;
  /** The Markdown body (empty for YAML files). */
  body: string;
}

const MARKDOWN_KINDS: readonly Kind[] = ['incident', 'maintenance', 'report'];


/** Parses a file's text and checks it against `schema`, recording every problem found and how to find its lines. */
function parseEntry<S extends z.ZodType>(
  file: SourceFile,
  schema: S,
  problems: Problem[],
  lineFinders: Map<string, LineOf>,
): ParsedEntry<z.output<S>> {
  const parsed = MARKDOWN_KINDS.includes(file.kind) ? parseMarkdownFile(file.text) : parseYamlFile(file.text);
  if (!parsed.ok) {
    problems.push({ file: file.file, field: parsed.field, message: parsed.message, ...(parsed.line ? { line: parsed.line } : {}) });
    return { body: '' };
  }
  lineFinders.set(file.file, parsed.lineOf);
  const result = schema.safeParse(parsed.data, { error: friendlyMessage });
  const reported: string[] = [];
  const push = (field: string, message: string) => {
    reported.push(field);
    problems.push({ file: file.file, field, message });
  };
  for (const issue of result.error?.issues ?? []) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) push(fieldName([...issue.path, key]), 'is not a known field (check the spelling)');
    } else {
      push(fieldName(issue.path) || 'file', issue.message);
    }
  }
  // A value the schema refused already has its problem; one mistake, one line. (A single value written
  // for a list is `systems` as written and `systems[0]` to the schema, hence both directions.)
  const within = (inner: string, outer: string) => inner === outer || inner.startsWith(`${outer}.`) || inner.startsWith(`${outer}[`);
  const refused = (field: string) => reported.some((f) => within(field, f) || within(f, field));
  for (const { field, message } of forbiddenCharacters(parsed.data)) if (!refused(field)) push(field, message);
  const inBody = forbiddenCharacter(parsed.body);
  if (inBody) {
    const offset = file.text.length - parsed.body.length + inBody.index;
    problems.push({ file: file.file, field: 'body', message: inBody.message, line: file.text.slice(0, offset).split('\n').length });
  }
  if (result.success) return { data: result.data, raw: parsed.data, body: parsed.body };
  return { raw: parsed.data, body: parsed.body };
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

/** Keeps the first file of each slug; records the others as duplicates. */
function unique(files: SourceFile[], problems: Problem[], what: string): SourceFile[] {
  const seen = new Map<string, string>();
  return files.filter((file) => {
    const first = seen.get(file.slug);
    if (first) {
      problems.push({ file: file.file, field: 'file name', message: `${what} "${file.slug}" is already used by ${first}` });
      return false;
    }
    seen.set(file.slug, file.file);
    return true;
  });
}

function checkReferences(
  file: string,
  prefix: string,
  entry: { systems: string[]; environments?: string[] | undefined },
  systems: Map<string, System>,
  broken: Set<string>,
  problems: Problem[],
): void {
  const field = (name: string, index: number) => `${prefix}${name}[${index}]`;
  const known = entry.systems.flatMap((id, index) => {
    const system = systems.get(id);
    if (!system && !broken.has(id)) problems.push({ file, field: field('systems', index), message: `unknown system "${id}" (no systems/${id}.yaml in the content folder)` });
    return system ? [system] : [];
  });
  entry.environments?.forEach((env, index) => {
    if (known.length === entry.systems.length && !known.some((s) => s.environments.some((e) => e.id === env))) {
      const names = [...new Set(known.flatMap((s) => s.environments.map((e) => e.id)))].join(', ');
      problems.push({ file, field: field('environments', index), message: `unknown environment "${env}" (the systems have ${names})` });
    }
  });
}

function checkOrder(file: string, field: string, start: Instant, end: Instant | undefined, timeZone: string, problems: Problem[]) {
  if (end !== undefined && end <= start) {
    const relation = end === start ? 'is the same as' : 'is before';
    problems.push({ file, field, message: `${localDateTimeText(end, timeZone)} ${relation} start ${localDateTimeText(start, timeZone)}` });
  }
}

function checkSchedule(
  schedule: Schedule,
  checkAffecting: (file: string, prefix: string, entry: { systems: string[]; environments?: string[] | undefined }) => void,
  problems: Problem[],
): void {
  const report = (field: string, message: string) => problems.push({ file: schedule.file, field, message });
  if (schedule.steps) {
    if (schedule.start !== undefined || schedule.end !== undefined) {
      report(schedule.start !== undefined ? 'start' : 'end', 'give start and end either for the whole series or in each step, not both');
    }
    schedule.steps.forEach((step, index) => {
      const systems = step.systems ?? schedule.systems;
      if (!systems) report(`steps[${index}].systems`, 'is required when the series names no systems');
      else checkAffecting(schedule.file, `steps[${index}].`, { systems, environments: step.environments ?? schedule.environments });
    });
  } else {
    if (schedule.start === undefined) report('start', 'is required (or give steps)');
    if (schedule.end === undefined) report('end', 'is required (or give steps)');
    if (!schedule.systems) report('systems', 'is required (or give systems in each step)');
    else checkAffecting(schedule.file, '', { systems: schedule.systems, environments: schedule.environments });
  }
  if (schedule.until !== undefined && schedule.until < schedule.first) {
    report('until', `${schedule.until} is before first ${schedule.first}`);
    return;
  }
  const firstDates = ruleDates(schedule.rrule, schedule.first, schedule.until, 1);
  if (firstDates.length === 0) {
    report('rrule', `yields no dates from ${schedule.first}${schedule.until ? ` to ${schedule.until}` : ''}`);
  } else if (firstDates[0] !== schedule.first) {
    report('first', `${schedule.first} is not a date of the rule; its first date from there is ${firstDates[0]}`);
  }
  schedule.skip.forEach((date, index) => {
    if (!ruleDates(schedule.rrule, schedule.first, date, 100_000).includes(date)) {
      report(`skip[${index}]`, `${date} is not a date of the series`);
    }
  });
  schedule.moved.forEach(({ from }, index) => {
    if (!ruleDates(schedule.rrule, schedule.first, from, 100_000).includes(from)) {
      report(`moved[${index}].from`, `${from} is not a date of the series`);
    }
  });
}

function checkReport(entry: Report, systems: Map<string, System>, broken: Set<string>, problems: Problem[]): void {
  const report = (field: string, message: string) => problems.push({ file: entry.file, field, message });
  const seen = new Set<string>();
  entry.availability.forEach((row, index) => {
    const system = systems.get(row.system);
    if (!system) {
      if (!broken.has(row.system)) report(`availability[${index}].system`, `unknown system "${row.system}"`);
      return;
    }
    if (row.environment !== undefined && !system.environments.some((e) => e.id === row.environment)) {
      report(`availability[${index}].environment`, `unknown environment "${row.environment}" of ${row.system}`);
    }
    const key = [row.system, row.environment ?? primaryEnvironment(system), row.cause ?? '', row.month ?? entry.month].join('|');
    if (seen.has(key)) report(`availability[${index}]`, 'repeats a figure given above for the same system, environment, cause and month');
    seen.add(key);
  });
  const names = new Set([...systems.keys(), ...broken, ...[...systems.values()].flatMap((s) => (s.group ? [s.group] : []))]);
  for (const field of ['changes', 'serviceWindows', 'requests'] as const) {
    const value = entry[field];
    if (typeof value !== 'object' || broken.size > 0) continue;
    for (const [key, counts] of Object.entries(value)) {
      if (!names.has(key)) report(`${field}.${key}`, 'is neither a system id nor a group name');
      if (typeof counts !== 'object') continue;
      for (const month of Object.keys(counts)) {
        const parsed = parseMonth(month);
        if (!parsed.ok) report(`${field}.${key}.${month}`, parsed.error);
      }
    }
  }
}

/** Whether two instants are the same to the second, the precision of an update's link (see `updateAnchor`). */
function sameSecond(a: Instant, b: Instant): boolean {
  return Math.floor(a / 1000) === Math.floor(b / 1000);
}
