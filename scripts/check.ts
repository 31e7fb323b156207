/**
 * `npm run check`: validates the content folder without building. Prints one `path: field: message`
 * line per problem and exits 1 when there is any.
 */
import { buildNow, contentDir, loadContent } from '../src/data/read.ts';
import { formatProblem } from '../src/lib/content/problem.ts';

const dir = contentDir();
const { content, problems } = loadContent(dir);
const now = buildNow();
const lines = problems.map(formatProblem);
if (!now.ok) lines.push(`DRIFTSTATUS_NOW: ${now.error}`);

if (lines.length > 0) {
  process.stderr.write(`${lines.join('\n')}\n${lines.length} problem${lines.length === 1 ? '' : 's'} found.\n`);
  process.exit(1);
}
const counts = [
  `${content.systems.length} systems`,
  `${content.incidents.length} incidents`,
  `${content.maintenance.length} planned windows`,
  `${content.schedules.length} schedules`,
  `${content.reports.length} reports`,
  `${[...content.incidents, ...content.maintenance, ...content.reports].reduce((n, e) => n + Object.keys(e.translations).length, 0)} translations`,
];
process.stdout.write(`${dir}: ${counts.join(', ')}: no problems.\n`);
