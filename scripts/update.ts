/**
 * `npm run update -- <file> …`: changes an existing entry in place. Only the added or changed lines are
 * written (scripts/lib/yaml-edit.ts), so comments, order, formatting and line endings survive. The file
 * is changed holding its lock and checked before the change is kept (scripts/lib/cli.ts, `changeFile`).
 * On a terminal, what is not given as a flag is asked for.
 *
 *   npm run update -- <incident.md> --status identified --text "Orsaken är hittad." [--at "…"]
 *   npm run update -- <incident.md> --resolve ["2026-11-21 09:05"] [--text "Löst."] [--force]
 *   npm run update -- <window.md> --finished ["2026-12-09 07:48"]   |   --cancel
 *   npm run update -- <schedule.yaml> --cancel 2026-12-16   |   --move 2026-12-16 --to "2026-12-17 05:30"
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isMap, isScalar, isSeq, parseDocument, type Document, type Node } from 'yaml';
import { classify } from '../src/lib/content/files.ts';
import { splitFrontMatter } from '../src/lib/content/parse.ts';
import { UPDATE_STATUSES } from '../src/lib/content/schemas.ts';
import { addDays, localDate, localDateTimeText, MINUTE, parseDateTime, parseLocalDate } from '../src/lib/time.ts';
import { onlyFlags, parseFlags, usageError } from './lib/args.ts';
import { ask, changeFile, createChecked, fail, frontMatter, fromCaller, interactive, resolvedText, shown, slugify, time, timeText, workspace } from './lib/cli.ts';
import { overrideFor, windowsOn } from './lib/override.ts';
import { appendItem, lineAt, setField, type Edited } from './lib/yaml-edit.ts';

const USAGE =
  'Usage: npm run update -- <file> --status <status> --text "…" | --resolve [time] [--force] | --finished [time] | --cancel [date] | --move <date> --to "<date time>"';
const { values, positionals } = parseFlags(
  {
    allowPositionals: true,
    options: {
      status: { type: 'string' },
      text: { type: 'string' },
      at: { type: 'string' },
      resolve: { type: 'boolean' },
      force: { type: 'boolean' },
      finished: { type: 'boolean' },
      cancel: { type: 'boolean' },
      move: { type: 'string' },
      to: { type: 'string' },
    },
  },
  USAGE,
);

const [target, when, ...extra] = positionals;
if (!target) usageError('Which file?', USAGE);
if (extra.length > 0) usageError(`Unexpected argument '${extra[0]}'`, USAGE);
const file = fromCaller(target);
if (!existsSync(file)) fail(`${target}: no such file`);

const ws = workspace();
const local = (instant: number) => localDateTimeText(instant, ws.timeZone);
const classified = classify(path.relative(ws.dir, file).split(path.sep).join('/'));
const kind = classified.type === 'content' ? classified.kind : undefined;


type Action =
  | { kind: 'status'; status: string; text: string }
  | { kind: 'resolve'; text: string | undefined }
  | { kind: 'finished' }
  | { kind: 'cancel' };

/** An incident or a planned window: what to do is decided (asked, on a terminal) first, then applied holding the lock. */
async function entry(): Promise<void> {
  if (values.move !== undefined || values.to !== undefined) fail(`${target}: --move and --to are for schedules; for a planned window, edit its start and end`);
  const first = frontOf(readFileSync(file, 'utf8'));
  const isIncident = first.doc.has('impact');
  const action = isIncident ? await incidentAction() : await windowAction();
  await changeFile(file, (previous) => apply(previous, isIncident, action), ws);
}

async function incidentAction(): Promise<Action> {
  const resolving = values.resolve || values.status === 'resolved';
  if (!resolving && values.status === undefined && (values.finished || values.cancel)) fail(`${target}: --${values.finished ? 'finished' : 'cancel'} is for planned windows`);
  if (!values.resolve && values.status === undefined && !interactive) {
    usageError('Nothing to do: give --status and --text, --resolve, --finished or --cancel.', USAGE);
  }
  const statuses = UPDATE_STATUSES.map((value) => ({ value, label: STATUS_LABELS[value] ?? value }));
  const status = values.resolve ? 'resolved' : await ask(values.status, 'status', { message: 'What is the news?', options: statuses });
  if (status === 'resolved') {
    onlyFlags(values, ['resolve', 'text', 'at', 'force', ...(values.status === 'resolved' ? ['status'] : [])], '--resolve', USAGE);
    const text = await ask(values.text, 'text', { message: `What should readers be told (empty for "${resolvedText(ws)}")?`, optional: true });
    return { kind: 'resolve', text };
  }
  onlyFlags(values, ['status', 'text', 'at'], '--status', USAGE);
  if (when) usageError(`Unexpected argument '${when}': use --at for the time of the update`, USAGE);
  if (!UPDATE_STATUSES.includes(status as never)) fail(`--status: "${status}" is not one of ${UPDATE_STATUSES.join(', ')}`);
  const text = values.text || (interactive ? await ask(undefined, 'text', { message: 'What should readers be told?' }) : undefined);
  if (!text) fail('--text is required with --status: what should readers be told?');
  return { kind: 'status', status: status as string, text };
}

const STATUS_LABELS: Record<string, string> = {
  investigating: 'investigating: looking for the cause',
  identified: 'identified: the cause is found',
  monitoring: 'monitoring: fixed, watching that it holds',
  resolved: 'resolved: it is over (sets end)',
};

async function windowAction(): Promise<Action> {
  if (values.resolve || values.status !== undefined) {
    // A flag that does not go with --resolve or --status is the first mistake to name, as for incidents.
    onlyFlags(values, values.resolve ? ['resolve', 'text', 'at', 'force'] : ['status', 'text', 'at'], values.resolve ? '--resolve' : '--status', USAGE);
    fail(`${target}: --${values.resolve ? 'resolve' : 'status'} is for incidents`);
  }
  let chosen = values.finished ? 'finished' : values.cancel ? 'cancel' : undefined;
  if (chosen === undefined) {
    if (!interactive) usageError('Nothing to do: give --finished or --cancel for a planned window.', USAGE);
    const options = [
      { value: 'finished', label: 'finished: the work is done (now, or give the time as --finished "…")' },
      { value: 'cancel', label: 'cancel: the work is called off' },
    ];
    chosen = await ask(undefined, 'finished', { message: 'What happened?', options });
  }
  if (chosen === 'finished') {
    onlyFlags(values, ['finished', 'at'], '--finished', USAGE);
    return { kind: 'finished' };
  }
  onlyFlags(values, ['cancel'], '--cancel', USAGE);
  if (when) usageError(`Unexpected argument '${when}'`, USAGE);
  return { kind: 'cancel' };
}

interface Front {
  bom: string;
  open: string;
  front: string;
  close: string;
  body: string;
  doc: Document;
}

function frontOf(text: string): Front {
  const parts = splitFrontMatter(text);
  if (!parts) fail(`${shown(file)}:1: front matter: is missing or has no closing --- line`);
  const doc = parseDocument(parts.front.replace(/\r(?!\n)/g, '\n'));
  const yamlError = doc.errors[0];
  if (yamlError) fail(`${shown(file)}:${(yamlError.linePos?.[0].line ?? 0) + 1}: yaml: ${yamlError.message.split('\n')[0]} (run npm run check)`);
  if (!isMap(doc.contents)) fail(`${shown(file)}:2: front matter: is not a list of fields (name: value)`);
  return { ...parts, doc };
}

/** The file's new text: `action` applied to the file as it is now. */
function apply(previous: string, isIncident: boolean, action: Action): string {
  const { bom, open, front, close, body, doc } = frontOf(previous);
  if (isIncident !== doc.has('impact')) fail(`${shown(file)} was changed by another command while this one asked: run it again.`);
  // An update is published `--at` (default now); `--resolve`/`--finished` may name when it was over.
  const at = values.at === undefined ? nowAfterLastUpdate(doc) : timeText(values.at, 'at', ws);
  const over = timeText(when ?? values.at, when ? 'time' : 'at', ws);
  let yaml = front;
  const edit = (result: Edited) => {
    // Lines count in the file, which has the opening --- line above the fields.
    if (!result.ok) fail(`${shown(file)}:${result.line + 1}: ${result.field}: ${result.message}`);
    yaml = result.text;
  };
  if (action.kind === 'resolve') {
    if (!values.force) refuseIfResolved(doc, front);
    edit(appendItem(yaml, 'updates', { at, status: 'resolved', text: action.text ?? resolvedText(ws) }));
    edit(setField(yaml, 'end', over, 'start'));
  } else if (action.kind === 'status') {
    edit(appendItem(yaml, 'updates', { at, status: action.status, text: action.text }));
  } else if (action.kind === 'finished') {
    edit(setField(yaml, 'finished', over, 'end'));
  } else {
    edit(setField(yaml, 'cancelled', true));
  }
  return `${bom}${open}${yaml}${close}${body}`;
}

/**
 * Now, to the minute as editors write times; to the second when the last update is already in this
 * minute (two updates sent within a minute), since each update needs a later time than the one before.
 * When even that is not later (several in one second, or a clock behind), a second after the last one.
 */
function nowAfterLastUpdate(doc: Document): string {
  const minute = local(ws.now);
  const updates = doc.get('updates', true);
  const last = doc.getIn(['updates', isSeq(updates) ? updates.items.length - 1 : -1, 'at']);
  const lastAt = typeof last === 'string' ? parseDateTime(last, ws.timeZone) : undefined;
  const minuteStart = ws.now - (ws.now % MINUTE);
  // Not in this minute: the minute is later; in a later minute: a mistake in the file that the check names.
  if (lastAt?.ok !== true || lastAt.value < minuteStart || lastAt.value >= minuteStart + MINUTE) return minute;
  return localDateTimeText(Math.max(ws.now, lastAt.value + 1000), ws.timeZone, { seconds: true });
}

/** A resolved incident is not resolved again by accident: that would move its end and repeat "resolved". */
function refuseIfResolved(doc: Document, front: string): void {
  const end = doc.get('end', true);
  const updates = doc.get('updates', true);
  const last = isSeq(updates) ? updates.items.length - 1 : -1;
  const status = doc.getIn(['updates', last, 'status'], true);
  const where = (node: Node) => `${shown(file)}:${lineAt(front, node.range?.[0] ?? 0) + 1}`;
  const again = 'edit the file to change it, or add --force if the incident came back and is over again';
  if (isScalar(end) && end.value !== null) fail(`${where(end)}: end: the incident is already resolved (end: ${String(end.value)}): ${again}`);
  if (isScalar(status) && status.value === 'resolved') fail(`${where(status)}: updates[${last}].status: the incident is already resolved: ${again}`);
}

/**
 * A schedule is not changed itself: one date is cancelled or moved by a planned-window file that
 * overrides it, as the guide describes; anything else is edited in the file.
 */
async function schedule(): Promise<string> {
  const series = ws.validated.content.schedules.find((s) => path.resolve(s.file) === file);
  if (!series) fail(`${shown(file)}: is not a schedule of ${shown(ws.dir)}`);
  const next = nextDate(series);
  const example = `npm run update -- ${shown(file)} --cancel ${next}`;
  const canDo = `for a schedule, update cancels one date (${example}) or moves one (--move ${next} --to "${addDays(next, 1)} 05:30"); to change the whole series, edit the file`;
  if (values.status !== undefined || values.resolve || values.finished || values.text !== undefined || values.at !== undefined || values.force) {
    fail(`${shown(file)}: ${canDo}`);
  }
  let action = values.move !== undefined ? 'move' : values.cancel ? 'cancel' : undefined;
  if (action === undefined) {
    if (!interactive) fail(`${shown(file)}: nothing to do: ${canDo}`);
    const options = [
      { value: 'cancel', label: 'cancel one date' },
      { value: 'move', label: 'move one date' },
    ];
    action = (await ask(undefined, 'cancel', { message: `${series.title}: what to do?`, options })) ?? 'cancel';
  }
  if (action === 'move' && values.cancel) usageError('Give either --cancel or --move, not both.', USAGE);
  if (action === 'cancel' && values.to !== undefined) usageError('--to is for --move: where the window goes.', USAGE);
  const given = action === 'move' ? values.move : when;
  if (action === 'move' && when) usageError(`Unexpected argument '${when}'`, USAGE);
  if (given === undefined && !interactive) fail(`--${action}: which date? e.g. ${action === 'move' ? `--move ${next} --to "${addDays(next, 1)} 05:30"` : example}`);
  const dateText = await ask(given, action, { message: `Which date (the day its window is on, e.g. ${next})?`, placeholder: next });
  const date = parseLocalDate(dateText ?? '');
  if (!date.ok) fail(`--${action}: ${date.error}`);
  let change: Parameters<typeof overrideFor>[3] = { cancel: true };
  if (action === 'move') {
    const to = await ask(values.to, 'to', { message: 'Moved to (date and start time, e.g. 2026-12-17 05:30)?' });
    change = { cancel: false, to: time(to, 'to', ws), now: ws.now };
  }
  const override = overrideFor(ws.validated.content, series, date.value, change, local);
  if (!override.ok) fail(`--${action}: ${override.message}`);
  const base = path.join(ws.dir, 'maintenance', override.date.slice(0, 4), `${override.date}-${slugify(series.title) || series.slug}`);
  return createChecked(base, '.md', frontMatter(override.fields, override.body), ws);
}

/** The first date from today on with a window of `series`, for the examples in messages. */
function nextDate(series: (typeof ws.validated.content.schedules)[number]): string {
  const today = localDate(ws.now, ws.timeZone);
  for (let day = 0; day < 62; day += 1) {
    if (windowsOn(series, addDays(today, day), ws.timeZone).length > 0) return addDays(today, day);
  }
  return today;
}

let changed = file;
if (kind === 'schedule') {
  changed = await schedule();
} else if (kind === 'incident' || kind === 'maintenance' || (kind === undefined && file.endsWith('.md'))) {
  await entry();
} else {
  fail(`${shown(file)}: update changes incidents, planned windows and schedules; edit this file directly (see content/README.md)`);
}
process.stdout.write(`${shown(changed)}\n`);
