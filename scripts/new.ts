/**
 * `npm run new -- <incident|maintenance|report> [flags]`: writes a correctly named content file from a
 * template, times in the site's zone and "now" by default. Every field has a flag, so it runs in
 * scripts and CI; on a terminal, missing fields are asked for. The file is checked before it is kept.
 *
 *   npm run new -- incident --system ladok --title "Inloggningen fungerar inte" --impact outage \
 *     [--environment production] [--cause application] [--start "2026-11-21 06:00"] \
 *     [--status investigating] [--text "Vi felsöker."]
 *   npm run new -- maintenance --kind upgrade --system ladok --title "…" --start "…" --end "…" \
 *     [--environment production] [--announced now] [--no-downtime]
 *   npm run new -- report [--month 2026-10] [--title "…"]
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Document } from 'yaml';
import { CAUSES, IMPACTS, MAINTENANCE_KINDS, UPDATE_STATUSES } from '../src/lib/content/schemas.ts';
import { addMonths, localDateTimeText, localMonth, parseMonth } from '../src/lib/time.ts';
import { ask, askMany, fail, freePath, shown, slugify, time, workspace, writeChecked, type Workspace } from './lib/cli.ts';

const { values, positionals } = parseArgs({
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
    'no-downtime': { type: 'boolean', default: false },
    month: { type: 'string' },
    slug: { type: 'string' },
  },
});

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
  const environments = (values.environment ?? []).flatMap((e) => e.split(',')).map((e) => e.trim()).filter(Boolean);
  const known = content.systems.filter((s) => systems.includes(s.id)).flatMap((s) => s.environments.map((e) => e.id));
  for (const id of environments) if (!known.includes(id)) fail(`--environment: unknown environment "${id}" (known: ${[...new Set(known)].join(', ')})`);
  return { systems, environments: environments.length > 0 ? environments : undefined };
}

function frontMatter(fields: Record<string, unknown>, body = ''): string {
  const defined = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
  return `---\n${new Document(defined).toString({ lineWidth: 0 })}---\n${body}`;
}

async function incident(ws: Workspace): Promise<string> {
  const title = await ask(values.title, 'title', { message: 'Title (what readers see)?' });
  const { systems, environments } = await systemsAndEnvironments();
  const impact = await ask(values.impact, 'impact', { message: 'Impact?', options: choices(IMPACTS) });
  oneOf(impact, IMPACTS, 'impact');
  const cause = await ask(values.cause, 'cause', { message: 'Cause (leave empty if unknown)?', options: [{ value: '', label: 'unknown' }, ...choices(CAUSES)], optional: true });
  oneOf(cause || undefined, CAUSES, 'cause');
  const start = time(values.start, 'start', ws);
  const text = await ask(values.text, 'text', { message: 'First update for readers (empty for none)?', optional: true });
  const status = values.status ?? 'investigating';
  oneOf(status, UPDATE_STATUSES, 'status');
  const slug = values.slug ?? `${local(start).slice(0, 10)}-${slugify(title ?? '')}`;
  const file = freePath(path.join(ws.dir, 'incidents', local(start).slice(0, 4), slug), '.md');
  return writeEntry(file, {
    title,
    systems,
    environments,
    impact,
    cause: cause || undefined,
    start: local(start),
    updates: text ? [{ at: local(ws.now > start ? ws.now : start), status, text }] : undefined,
  });
}

async function maintenance(ws: Workspace): Promise<string> {
  const title = await ask(values.title, 'title', { message: 'Title (what readers see)?' });
  const kind = await ask(values.kind, 'kind', { message: 'Kind?', options: choices(MAINTENANCE_KINDS) });
  oneOf(kind, MAINTENANCE_KINDS, 'kind');
  const { systems, environments } = await systemsAndEnvironments();
  const start = time(await ask(values.start, 'start', { message: 'Start (e.g. 2026-12-09 05:30)?' }), 'start', ws);
  const end = time(await ask(values.end, 'end', { message: 'End (e.g. 2026-12-09 09:00)?' }), 'end', ws);
  const announced = time(values.announced, 'announced', ws);
  const slug = values.slug ?? `${local(start).slice(0, 10)}-${slugify(title ?? '')}`;
  const file = freePath(path.join(ws.dir, 'maintenance', local(start).slice(0, 4), slug), '.md');
  const downtime = values['no-downtime'] ? false : kind === 'hotfix' ? true : undefined;
  return writeEntry(file, { title, kind, systems, environments, start: local(start), end: local(end), announced: local(announced), downtime });
}

async function report(ws: Workspace): Promise<string> {
  const month = values.month ?? addMonths(localMonth(ws.now, ws.timeZone), -1);
  const parsed = parseMonth(month);
  if (!parsed.ok) fail(`--month: ${parsed.error}`);
  const file = path.join(ws.dir, 'reports', `${parsed.value}.md`);
  if (content.reports.some((r) => r.month === parsed.value)) fail(`${shown(file)} exists already: edit it instead.`);
  return writeEntry(file, { title: values.title, published: local(ws.now) }, '\n');
}

function writeEntry(file: string, fields: Record<string, unknown>, body = ''): string {
  mkdirSync(path.dirname(file), { recursive: true });
  writeChecked(file, frontMatter(fields, body), undefined, ws);
  return file;
}

const kinds: Record<string, (ws: Workspace) => Promise<string>> = { incident, maintenance, report };
const make = kinds[positionals[0] ?? ''];
if (!make) fail('Usage: npm run new -- <incident|maintenance|report> [--flags]   (see the README, "Editing from the command line")');
const file = await make(ws);
process.stdout.write(`${shown(file)}\n`);
