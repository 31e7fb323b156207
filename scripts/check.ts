/**
 * `npm run check [-- --strict] [-- --format json]`: validates the content folder without building.
 * Prints one `path:line: field: message` line per problem and exits 1 when there is any; warnings are
 * printed too and fail only with --strict. `--format json` prints one JSON array of
 * `{ file, line, field, message, severity }` instead, for CI annotations.
 */
import { gitHistory } from '../src/data/history.ts';
import { buildNow, contentDir, loadContent } from '../src/data/read.ts';
import { formatProblem, type Problem } from '../src/lib/content/problem.ts';
import { contentWarnings } from '../src/lib/content/warnings.ts';
import path from 'node:path';
import { parseFlags, usageError } from './lib/args.ts';

const USAGE = 'Usage: npm run check [-- --strict] [-- --format text|json]';
const FORMATS = ['text', 'json'];
const { values } = parseFlags({ options: { strict: { type: 'boolean', default: false }, format: { type: 'string', default: 'text' } } }, USAGE);
if (!FORMATS.includes(values.format)) usageError(`--format: "${values.format}" is not one of ${FORMATS.join(', ')}`, USAGE);
const dir = contentDir();
const { content, problems, withLine } = loadContent(dir);
const now = buildNow();
const errors: Problem[] = [...problems];
if (!now.ok) errors.push({ file: 'DRIFTSTATUS_NOW', field: 'environment', message: now.error });
const history = gitHistory(dir);
const warnings =
  errors.length === 0 && now.ok
    ? contentWarnings(content, now.value, (file) => history.get(path.resolve(file))).map(withLine)
    : [];
const failing = errors.length + (values.strict ? warnings.length : 0);

if (values.format === 'json') {
  const all = [...errors.map((p) => ({ ...p, severity: 'error' })), ...warnings.map((p) => ({ ...p, severity: 'warning' }))];
  process.stdout.write(`${JSON.stringify(all.map((p) => ({ ...p, line: p.line ?? 1 })), null, 2)}\n`);
  process.exit(failing > 0 ? 1 : 0);
}

const lines = [...errors.map(formatProblem), ...warnings.map((w) => `${formatProblem(w)} (warning)`)];
if (lines.length > 0) process.stderr.write(`${lines.join('\n')}\n`);
if (failing > 0) {
  process.stderr.write(`${failing} problem${failing === 1 ? '' : 's'} found.\n`);
  process.exit(1);
}
const translations = [...content.incidents, ...content.maintenance, ...content.reports].reduce(
  (n, e) => n + Object.keys(e.translations).length,
  0,
);
const counts = [
  `${content.systems.length} systems`,
  `${content.incidents.length} incidents`,
  `${content.maintenance.length} planned windows`,
  `${content.schedules.length} schedules`,
  `${content.reports.length} reports`,
  `${translations} translations`,
  `${content.metrics.length} metrics`,
];
const warned = warnings.length ? `, ${warnings.length} warning${warnings.length === 1 ? '' : 's'}` : '';
process.stdout.write(`${dir}: ${counts.join(', ')}: no problems${warned}.\n`);
