/**
 * `npm run update -- <file> …`: changes an existing entry in place, editing its YAML as a document so
 * that comments, order and formatting survive. The file is checked before the change is kept.
 *
 *   npm run update -- <incident.md> --status identified --text "Orsaken är hittad." [--at "…"]
 *   npm run update -- <incident.md> --resolve ["2026-11-21 09:05"] [--text "Löst."]
 *   npm run update -- <window.md> --finished ["2026-12-09 07:48"]   |   --cancel
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { isMap, parseDocument, YAMLSeq, type Pair } from 'yaml';
import { translator } from '../src/i18n/index.ts';
import { UPDATE_STATUSES } from '../src/lib/content/schemas.ts';
import { localDateTimeText } from '../src/lib/time.ts';
import { fail, shown, time, workspace, writeChecked } from './lib/cli.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    status: { type: 'string' },
    text: { type: 'string' },
    at: { type: 'string' },
    resolve: { type: 'boolean', default: false },
    finished: { type: 'boolean', default: false },
    cancel: { type: 'boolean', default: false },
  },
});

const [target, when] = positionals;
if (!target) fail('Usage: npm run update -- <file> --status <status> --text "…" | --resolve [time] | --finished [time] | --cancel');
const file = path.resolve(target);
let previous: string;
try {
  previous = readFileSync(file, 'utf8');
} catch {
  fail(`${target}: no such file`);
}
const match = /^(---[ \t]*\r?\n)([\s\S]*?\r?\n)(---[ \t]*(?:\r?\n|$))([\s\S]*)$/.exec(previous);
if (!match) fail(`${target}: front matter: is missing or has no closing --- line`);
const [, open = '', yaml = '', close = '', body = ''] = match;
const doc = parseDocument(yaml);
if (doc.errors.length > 0) fail(`${target}: yaml: ${doc.errors[0]?.message.split('\n')[0]} (run npm run check)`);

const ws = workspace();
const t = translator(ws.validated.content.site.locale);
const local = (instant: number) => localDateTimeText(instant, ws.timeZone);
// An update is published `--at` (default now); `--resolve`/`--finished` may name when it was over.
const at = local(time(values.at, 'at', ws));
const over = local(time(when ?? values.at, when ? 'time' : 'at', ws));
const isIncident = doc.has('impact');

if (values.resolve || values.status === 'resolved') {
  if (!isIncident) fail(`${target}: --resolve is for incidents`);
  addUpdate('resolved', values.text ?? `${t('update.resolved')}.`);
  setAfter('end', over, 'start');
} else if (values.status !== undefined) {
  if (!isIncident) fail(`${target}: --status is for incidents`);
  if (!UPDATE_STATUSES.includes(values.status as never)) fail(`--status: "${values.status}" is not one of ${UPDATE_STATUSES.join(', ')}`);
  if (!values.text) fail('--text is required with --status: what should readers be told?');
  addUpdate(values.status, values.text);
} else if (values.finished) {
  if (isIncident) fail(`${target}: --finished is for planned windows`);
  setAfter('finished', over, 'end');
} else if (values.cancel) {
  if (isIncident) fail(`${target}: --cancel is for planned windows`);
  doc.set('cancelled', true);
} else {
  fail('Nothing to do: give --status and --text, --resolve, --finished or --cancel.');
}

/** Sets `key`, placing a new one right after `after` (where editors look for it), not at the end. */
function setAfter(key: string, value: unknown, after: string): void {
  const map = doc.contents;
  if (doc.has(key) || !isMap(map)) {
    doc.set(key, value);
    return;
  }
  // A new pair is not a parsed node, which the parsed map's type insists on; the document accepts it.
  const items = map.items as unknown as Pair[];
  const index = items.findIndex((pair) => String((pair.key as { value?: unknown })?.value ?? pair.key) === after);
  items.splice(index < 0 ? items.length : index + 1, 0, doc.createPair(key, value));
}

function addUpdate(status: string, text: string): void {
  const update = doc.createNode({ at, status, text });
  const updates = doc.get('updates', true);
  if (updates instanceof YAMLSeq) updates.items.push(update);
  else doc.set('updates', doc.createNode([{ at, status, text }]));
}

writeChecked(file, `${open}${doc.toString({ lineWidth: 0 })}${close}${body}`, previous, ws);
process.stdout.write(`${shown(file)}\n`);
