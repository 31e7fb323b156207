/**
 * `npm run new -- <incident|maintenance|report> [flags]`: writes a correctly named content file from a
 * template, times in the site's zone and "now" by default. Every field has a flag, so it runs in
 * scripts and CI; on a terminal, missing fields are asked for. The file is checked before it is kept.
 *
 *   npm run new -- incident --system ladok --title "Inloggningen fungerar inte" --impact outage \
 *     [--environment production] [--cause application] [--start "2026-11-21 06:00"] \
 *     [--status investigating] [--text "Vi felsöker."] [--end "2026-11-21 07:02"] [--slug …]
 *   npm run new -- maintenance --kind upgrade --system ladok --title "…" --start "…" --end "…" \
 *     [--environment production] [--announced now] [--no-downtime]
 *   npm run new -- report [--month 2026-10] [--title "…"]
 */
import path from 'node:path';
import { CAUSES, IMPACTS, MAINTENANCE_KINDS, SLUG, UPDATE_STATUSES } from '../src/lib/content/schemas.ts';
import { addMonths, localDateTimeText, localMonth, parseMonth, type Instant } from '../src/lib/time.ts';
import { onlyFlags, parseFlags, usageError } from './lib/args.ts';
import { ask, askMany, createChecked, fail, frontMatter, resolvedText, shown, slugify, time, timeText, workspace, type Workspace } from './lib/cli.ts';

const USAGE = 'Usage: npm run new -- <incident|maintenance|report> [--flags]   (see the editors\' guide, content/README.md)';
const { values, positionals } = parseFlags(
  {
    allowPositionals: true,
    options: {
      system: { type: 'string', multiple: true },
      environment: { type: 'string', multiple: true },
      title: { type: 'string' },
      impact: { type: 'string' },
      cause: { type: 'string' },
      start: { type: 'string' },
      end: { type: 'string' },
      status: { type: 'string' },
      text: { type: 'string' },
      kind: { type: 'string' },
      announced: { type: 'string' },
      'no-downtime': { type: 'boolean' },
      month: { type: 'string' },
      slug: { type: 'string' },
    },
  },
  USAGE,
);

/** The flags each kind uses; any other flag given is a mistake, not something to ignore. */
const FLAGS = {
  incident: ['system', 'environment', 'title', 'impact', 'cause', 'start', 'end', 'status', 'text', 'slug'],
  maintenance: ['kind', 'system', 'environment', 'title', 'start', 'end', 'announced', 'no-downtime', 'slug'],
  report: ['month', 'title'],
} as const;
const [chosen, ...extra] = positionals;
if (chosen !== 'incident' && chosen !== 'maintenance' && chosen !== 'report') usageError(chosen ? `Unknown kind "${chosen}"` : 'Which kind of file?', USAGE);
if (extra.length > 0) usageError(`Unexpected argument '${extra[0]}'`, USAGE);
onlyFlags(values, FLAGS[chosen], `new ${chosen}`, USAGE);
if (values.slug !== undefined && !SLUG.test(values.slug)) fail(`--slug: "${values.slug}" must be lowercase letters a-z, digits and hyphens`);

const ws = workspace();
const { content } = ws.validated;
const local = (instant: number) => localDateTimeText(instant, ws.timeZone);
const choices = (list: readonly string[]) => list.map((value) => ({ value }));

function oneOf(value: string | undefined, list: readonly string[], flag: string): void {
  if (value !== undefined && !list.includes(value)) fail(`--${flag}: "${value}" is not one of ${list.join(', ')}`);
}

async function systemsAndEnvironments(): Promise<{ systems: string[]; environments: string[] | undefined }> {
  const systems = await askMany(values.system, 'system', 'Which systems?', content.systems.map((s) => ({ value: s.id, label: s.name })));
  for (const id of systems) {
    if (!content.systems.some((s) => s.id === id)) fail(`--system: unknown system "${id}" (known: ${content.systems.map((s) => s.id).join(', ')})`);
  }
  const chosen = content.systems.filter((s) => systems.includes(s.id));
  const known = chosen.flatMap((s) => s.environments.map((e) => e.id));
  // On a terminal, the environments of the chosen systems are offered; none chosen means all of them.
  const offered = [...new Map(chosen.flatMap((s) => s.environments.map((e) => [e.id, { value: e.id, label: `${e.name} (${e.id})` }]))).values()];
  const environments = await askMany(values.environment, 'environment', 'Which environments (none chosen: all)?', offered, { optional: true });
  for (const id of environments) if (!known.includes(id)) fail(`--environment: unknown environment "${id}" (known: ${[...new Set(known)].join(', ')})`);
  return { systems, environments: environments.length > 0 ? environments : undefined };
}

async function incident(ws: Workspace): Promise<string> {
  const title = await ask(values.title, 'title', { message: 'Title (what readers see)?' });
  const { systems, environments } = await systemsAndEnvironments();
  const impact = await ask(values.impact, 'impact', { message: 'Impact?', options: choices(IMPACTS), initial: 'outage' });
  oneOf(impact, IMPACTS, 'impact');
  const cause = await ask(values.cause, 'cause', { message: 'Cause (leave empty if unknown)?', options: [{ value: '', label: 'unknown' }, ...choices(CAUSES)], optional: true });
  oneOf(cause || undefined, CAUSES, 'cause');
  const startText = (await ask(values.start, 'start', { message: 'Start (empty for now, e.g. 2026-11-21 06:00)?', placeholder: 'now', optional: true })) || undefined;
  const start = time(startText, 'start', ws);
  // An incident written down once it is over: given an end, it gets the resolved update `update --resolve` writes.
  const end = values.end === undefined ? undefined : time(values.end, 'end', ws);
  const text = await ask(values.text, 'text', { message: 'First update for readers (empty for none)?', optional: true });
  const status = values.status ?? 'investigating';
  oneOf(status, UPDATE_STATUSES, 'status');
  const updates: { at: string; status: string; text: string }[] = [];
  // Written after the fact (now past the end), the first update goes at the start, before the resolved one.
  const first = end !== undefined && ws.now >= end ? start : Math.max(ws.now, start);
  if (text && !(end !== undefined && status === 'resolved')) updates.push({ at: local(first), status, text });
  if (end !== undefined) updates.push({ at: local(end), status: 'resolved', text: status === 'resolved' && text ? text : resolvedText(ws) });
  const file = path.join(ws.dir, 'incidents', local(start).slice(0, 4), slugFor(title, start, 'incident'));
  return writeEntry(file, {
    title,
    systems,
    environments,
    impact,
    cause: cause || undefined,
    // As the editor gave them: an offset written stays (the second 02:30 of an autumn night).
    start: timeText(startText, 'start', ws),
    end: end === undefined ? undefined : timeText(values.end, 'end', ws),
    updates: updates.length > 0 ? updates : undefined,
  });
}

/** `--slug`, else the date and the title's words; a title with none (only emoji, another script) gives the kind. */
function slugFor(title: string | undefined, start: Instant, kind: string): string {
  return values.slug ?? `${local(start).slice(0, 10)}-${slugify(title ?? '') || kind}`;
}

async function maintenance(ws: Workspace): Promise<string> {
  const title = await ask(values.title, 'title', { message: 'Title (what readers see)?' });
  const kind = await ask(values.kind, 'kind', { message: 'Kind?', options: choices(MAINTENANCE_KINDS) });
  oneOf(kind, MAINTENANCE_KINDS, 'kind');
  const { systems, environments } = await systemsAndEnvironments();
  const startText = await ask(values.start, 'start', { message: 'Start (e.g. 2026-12-09 05:30)?' });
  const endText = await ask(values.end, 'end', { message: 'End (e.g. 2026-12-09 09:00)?' });
  const start = time(startText, 'start', ws);
  const file = path.join(ws.dir, 'maintenance', local(start).slice(0, 4), slugFor(title, start, 'maintenance'));
  const downtime = values['no-downtime'] ? false : kind === 'hotfix' ? true : undefined;
  return writeEntry(file, {
    title,
    kind,
    systems,
    environments,
    start: timeText(startText, 'start', ws),
    end: timeText(endText, 'end', ws),
    announced: timeText(values.announced, 'announced', ws),
    downtime,
  });
}

async function report(ws: Workspace): Promise<string> {
  const month = values.month ?? addMonths(localMonth(ws.now, ws.timeZone), -1);
  const parsed = parseMonth(month);
  if (!parsed.ok) fail(`--month: ${parsed.error}`);
  const file = path.join(ws.dir, 'reports', parsed.value);
  if (content.reports.some((r) => r.month === parsed.value)) fail(`${shown(`${file}.md`)} exists already: edit it instead.`);
  return writeEntry(file, { title: values.title, published: local(ws.now) }, '\n', false);
}

/** Writes a new file `<base>.md` (`-2.md`, … when taken; only `<base>.md` unless `numbered`). */
function writeEntry(base: string, fields: Record<string, unknown>, body = '', numbered = true): string {
  return createChecked(base, '.md', frontMatter(fields, body), ws, { numbered });
}

const kinds = { incident, maintenance, report } satisfies Record<keyof typeof FLAGS, (ws: Workspace) => Promise<string>>;
const file = await kinds[chosen](ws);
process.stdout.write(`${shown(file)}\n`);
