/**
 * `npm run next-changes [-- --count N]`: the next instants at which the built site's state changes —
 * planned windows starting or ending — so a CI schedule can rebuild then. One line each:
 * `<ISO instant>  <start|end>  <window>`.
 */
import { buildNow, contentDir, loadContent } from '../src/data/read.ts';
import { formatProblem } from '../src/lib/content/problem.ts';
import { plannedWindows } from '../src/lib/schedules.ts';
import { nextChanges } from '../src/lib/changes.ts';
import { toIso } from '../src/lib/time.ts';

const countFlag = process.argv.indexOf('--count');
const count = countFlag >= 0 ? Number(process.argv[countFlag + 1]) : 10;
const { content, problems } = loadContent(contentDir());
const now = buildNow();
if (problems.length > 0 || !now.ok || !Number.isInteger(count) || count < 1) {
  const lines = problems.map(formatProblem);
  if (!now.ok) lines.push(`DRIFTSTATUS_NOW: ${now.error}`);
  if (!Number.isInteger(count) || count < 1) lines.push('--count: must be a whole number of at least 1');
  process.stderr.write(`${lines.join('\n')}\n`);
  process.exit(1);
}
const windows = plannedWindows(content, now.value);
for (const change of nextChanges(windows, now.value, count)) {
  process.stdout.write(`${toIso(change.at)}  ${change.edge.padEnd(5)}  ${change.window.slug}  ${change.window.title}\n`);
}
