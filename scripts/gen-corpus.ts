/**
 * `npm run gen:corpus -- --incidents N --windows M --out DIR [--seed S]`: writes a deterministic,
 * realistic content folder for benchmarks (see scripts/lib/corpus.ts).
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { writeCorpus } from './lib/corpus.ts';

const { values } = parseArgs({
  options: {
    incidents: { type: 'string', default: '1000' },
    windows: { type: 'string', default: '200' },
    out: { type: 'string' },
    seed: { type: 'string', default: '1' },
  },
});
const incidents = Number(values.incidents);
const windows = Number(values.windows);
if (!values.out || !Number.isInteger(incidents) || !Number.isInteger(windows) || incidents < 0 || windows < 0) {
  process.stderr.write('Usage: npm run gen:corpus -- --incidents N --windows M --out DIR [--seed S]\n');
  process.exit(1);
}
const out = path.resolve(values.out);
const files = writeCorpus({ incidents, windows, out, seed: Number(values.seed) });
process.stdout.write(`${out}: ${files} files (${incidents} incidents, ${windows} planned windows)\n`);
