/**
 * `npm run check [-- --strict]`: validates the content folder without building. Prints one
 * `path: field: message` line per problem and exits 1 when there is any; warnings (such as short
 * notice) are printed too and fail only with --strict.
 */
import { buildNow, contentDir, loadContent } from '../src/data/read.ts';
import { formatProblem } from '../src/lib/content/problem.ts';
import { contentWarnings } from '../src/lib/content/warnings.ts';

const strict = process.argv.includes('--strict');
const dir = contentDir();
const { content, problems } = loadContent(dir);
const now = buildNow();
const errors = problems.map(formatProblem);
if (!now.ok) errors.push(`DRIFTSTATUS_NOW: ${now.error}`);
const warnings = errors.length === 0 ? contentWarnings(content).map((w) => `${formatProblem(w)} (warning)`) : [];

const lines = [...errors, ...warnings];
if (lines.length > 0) process.stderr.write(`${lines.join('\n')}\n`);
if (errors.length > 0 || (strict && warnings.length > 0)) {
  const count = errors.length + (strict ? warnings.length : 0);
  process.stderr.write(`${count} problem${count === 1 ? '' : 's'} found.\n`);
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
process.stdout.write(`${dir}: ${counts.join(', ')}: no problems${warnings.length ? `, ${warnings.length} warning${warnings.length === 1 ? '' : 's'}` : ''}.\n`);
