/**
 * `npm run update -- <file> …`: changes an existing entry in place. Only the added or changed lines are
 * written (scripts/lib/yaml-edit.ts), so comments, order, formatting and line endings survive. The file
 * is checked before the change is kept.
 *
 *   npm run update -- <incident.md> --status identified --text "Orsaken är hittad." [--at "…"]
 *   npm run update -- <incident.md> --resolve ["2026-11-21 09:05"] [--text "Löst."] [--force]
 *   npm run update -- <window.md> --finished ["2026-12-09 07:48"]   |   --cancel
 */
import { readFileSync } from 'node:fs';
import { isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import { splitFrontMatter } from '../src/lib/content/parse.ts';
import { UPDATE_STATUSES } from '../src/lib/content/schemas.ts';
import { localDateTimeText, parseDateTime } from '../src/lib/time.ts';
import { onlyFlags, parseFlags, usageError } from './lib/args.ts';
import { fail, fromCaller, resolvedText, shown, time, workspace, writeChecked } from './lib/cli.ts';
import { appendItem, lineAt, setField, type Edited } from './lib/yaml-edit.ts';

const USAGE = 'Usage: npm run update -- <file> --status <status> --text "…" | --resolve [time] [--force] | --finished [time] | --cancel';
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
    },
  },
  USAGE,
);

const [target, when, ...extra] = positionals;
if (!target) usageError('Which file?', USAGE);
if (extra.length > 0) usageError(`Unexpected argument '${extra[0]}'`, USAGE);
const file = fromCaller(target);
let previous: string;
try {
  previous = readFileSync(file, 'utf8');
} catch {
  fail(`${target}: no such file`);
}
const parts = splitFrontMatter(previous);
if (!parts) fail(`${shown(file)}:1: front matter: is missing or has no closing --- line`);
const { bom, open, front, close, body } = parts;
const doc = parseDocument(front);
const yamlError = doc.errors[0];
if (yamlError) fail(`${shown(file)}:${(yamlError.linePos?.[0].line ?? 0) + 1}: yaml: ${yamlError.message.split('\n')[0]} (run npm run check)`);
if (!isMap(doc.contents)) fail(`${shown(file)}:2: front matter: is not a list of fields (name: value)`);

const ws = workspace();
const local = (instant: number) => localDateTimeText(instant, ws.timeZone);
// An update is published `--at` (default now); `--resolve`/`--finished` may name when it was over.
const at = values.at === undefined ? nowAfterLastUpdate() : local(time(values.at, 'at', ws));
const over = local(time(when ?? values.at, when ? 'time' : 'at', ws));
const isIncident = doc.has('impact');
let yaml = front;

if (values.resolve || values.status === 'resolved') {
  onlyFlags(values, ['resolve', 'text', 'at', 'force', ...(values.status === 'resolved' ? ['status'] : [])], '--resolve', USAGE);
  if (!isIncident) fail(`${target}: --resolve is for incidents`);
  if (!values.force) refuseIfResolved();
  edit(appendItem(yaml, 'updates', { at, status: 'resolved', text: values.text ?? resolvedText(ws) }));
  edit(setField(yaml, 'end', over, 'start'));
} else if (values.status !== undefined) {
  onlyFlags(values, ['status', 'text', 'at'], '--status', USAGE);
  if (when) usageError(`Unexpected argument '${when}': use --at for the time of the update`, USAGE);
  if (!isIncident) fail(`${target}: --status is for incidents`);
  if (!UPDATE_STATUSES.includes(values.status as never)) fail(`--status: "${values.status}" is not one of ${UPDATE_STATUSES.join(', ')}`);
  if (!values.text) fail('--text is required with --status: what should readers be told?');
  edit(appendItem(yaml, 'updates', { at, status: values.status, text: values.text }));
} else if (values.finished) {
  onlyFlags(values, ['finished', 'at'], '--finished', USAGE);
  if (isIncident) fail(`${target}: --finished is for planned windows`);
  edit(setField(yaml, 'finished', over, 'end'));
} else if (values.cancel) {
  onlyFlags(values, ['cancel'], '--cancel', USAGE);
  if (when) usageError(`Unexpected argument '${when}'`, USAGE);
  if (isIncident) fail(`${target}: --cancel is for planned windows`);
  edit(setField(yaml, 'cancelled', true));
} else {
  usageError('Nothing to do: give --status and --text, --resolve, --finished or --cancel.', USAGE);
}

/**
 * Now, to the minute as editors write times; to the second when the last update is already in this
 * minute (two updates sent within a minute), since each update needs a later time than the one before.
 */
function nowAfterLastUpdate(): string {
  const minute = local(ws.now);
  const updates = doc.get('updates', true);
  const last = doc.getIn(['updates', isSeq(updates) ? updates.items.length - 1 : -1, 'at']);
  const lastAt = typeof last === 'string' ? parseDateTime(last, ws.timeZone) : undefined;
  const sameMinute = lastAt?.ok === true && local(lastAt.value) === minute;
  return sameMinute ? localDateTimeText(ws.now, ws.timeZone, { seconds: true }) : minute;
}

/** A resolved incident is not resolved again by accident: that would move its end and repeat "resolved". */
function refuseIfResolved(): void {
  const end = doc.get('end', true);
  const updates = doc.get('updates', true);
  const last = isSeq(updates) ? updates.items.length - 1 : -1;
  const status = doc.getIn(['updates', last, 'status'], true);
  const where = (node: Node) => `${shown(file)}:${lineAt(front, node.range?.[0] ?? 0) + 1}`;
  const again = 'edit the file to change it, or add --force if the incident came back and is over again';
  if (isScalar(end) && end.value !== null) fail(`${where(end)}: end: the incident is already resolved (end: ${String(end.value)}): ${again}`);
  if (isScalar(status) && status.value === 'resolved') fail(`${where(status)}: updates[${last}].status: the incident is already resolved: ${again}`);
}

function edit(result: Edited): void {
  // Lines count in the file, which has the opening --- line above the fields.
  if (!result.ok) fail(`${shown(file)}:${result.line + 1}: ${result.field}: ${result.message}`);
  yaml = result.text;
}

writeChecked(file, `${bom}${open}${yaml}${close}${body}`, previous, ws);
process.stdout.write(`${shown(file)}\n`);
