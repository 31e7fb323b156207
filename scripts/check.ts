/**
 * `npm run check [-- --strict] [-- --format json]`: validates the content folder without building.
 * Prints one `path:line: field: message` line per problem and exits 1 when there is any; warnings are
 * printed too and fail only with --strict. `--format json` prints one JSON array of
 * `{ file, line, field, message, severity }` instead, for CI annotations.
 */
import { formatWarning, loadOrStop, problemsFound, warningsOf } from '../src/data/load.ts';
import type { Problem } from '../src/lib/content/problem.ts';
import { parseFlags, usageError } from './lib/args.ts';

const USAGE = 'Usage: npm run check [-- --strict] [-- --format text|json]';
const FORMATS = ['text', 'json'];
const { values } = parseFlags({ options: { strict: { type: 'boolean', default: false }, format: { type: 'string', default: 'text' } } }, USAGE);
if (!FORMATS.includes(values.format)) usageError(`--format: "${values.format}" is not one of ${FORMATS.join(', ')}`, USAGE);
const json = values.format === 'json';
/** One JSON array of every problem and warning, each with a line, for CI annotations. */
const printJson = (errors: readonly Problem[], warnings: readonly Problem[]) => {
  const all = [...errors.map((p) => ({ ...p, severity: 'error' })), ...warnings.map((p) => ({ ...p, severity: 'warning' }))];
  process.stdout.write(`${JSON.stringify(all.map((p) => ({ ...p, line: p.line ?? 1 })), null, 2)}\n`);
};
const loaded = loadOrStop(json ? { print: (errors) => printJson(errors, []) } : {});
const { dir } = loaded;
const { content } = loaded.validated;
const warnings = warningsOf(loaded);
const failing = values.strict ? warnings.length : 0;

if (json) {
  printJson([], warnings);
  process.exit(failing > 0 ? 1 : 0);
}

if (warnings.length > 0) process.stderr.write(`${warnings.map(formatWarning).join('\n')}\n`);
if (failing > 0) {
  process.stderr.write(`${problemsFound(failing)}.\n`);
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
