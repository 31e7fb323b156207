/**
 * `npm run next-changes [-- --count N]`: the next instants at which the built site's state changes —
 * planned windows starting or ending — so a CI schedule can rebuild then. One line each:
 * `<ISO instant>  <start|end>  <window>`.
 */
import { loadOrStop } from '../src/data/load.ts';
import { plannedWindows } from '../src/lib/schedules.ts';
import { nextChanges } from '../src/lib/changes.ts';
import { toIso } from '../src/lib/time.ts';
import { parseFlags, usageError } from './lib/args.ts';

const USAGE = 'Usage: npm run next-changes [-- --count N]';
const { values } = parseFlags({ options: { count: { type: 'string', default: '10' } } }, USAGE);
const count = Number(values.count);
if (!Number.isInteger(count) || count < 1) usageError('--count: must be a whole number of at least 1', USAGE);
const { validated, now } = loadOrStop();
const windows = plannedWindows(validated.content, now);
for (const change of nextChanges(windows, now, count)) {
  process.stdout.write(`${toIso(change.at)}  ${change.edge.padEnd(5)}  ${change.window.slug}  ${change.window.title}\n`);
}
