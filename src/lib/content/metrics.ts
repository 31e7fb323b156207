/**
 * Usage metrics: `content/metrics/<id>.csv`, a header line `timestamp,<what is measured>` and then one
 * `timestamp,value` line per sample. Timestamps follow the front-matter rules (site time zone unless
 * an offset is given); values are numbers with a decimal point.
 */
import type { Metric } from '../model.ts';
import { parseDateTime } from '../time.ts';
import { forbiddenCharacter } from './characters.ts';
import type { Problem } from './problem.ts';

/** At most this many problems are listed per file; the rest are counted. */
const MAX_LISTED = 20;

export function parseMetric(file: string, slug: string, text: string, timeZone: string): { metric?: Metric; problems: Problem[] } {
  const problems: Problem[] = [];
  const lines = text.split(/\r?\n/);
  const header = (lines[0] ?? '').split(',').map((cell) => cell.trim());
  if (header.length !== 2 || header[0]?.toLowerCase() !== 'timestamp' || !header[1]) {
    return { problems: [{ file, line: 1, field: 'header', message: 'must be `timestamp,<what is measured>`, e.g. timestamp,Unique users per 10 minutes' }] };
  }
  const inLabel = forbiddenCharacter(header[1]);
  if (inLabel) return { problems: [{ file, line: 1, field: 'header', message: inLabel.message }] };
  const samples: Metric['samples'] = [];
  let unlisted = 0;
  const report = (line: number, field: string, message: string) => {
    if (problems.length < MAX_LISTED) problems.push({ file, line, field, message });
    else unlisted += 1;
  };
  lines.slice(1).forEach((line, index) => {
    if (line.trim() === '') return;
    const number = index + 2;
    const cells = line.split(',');
    if (cells.length !== 2) return report(number, 'line', `must be \`timestamp,value\` (found ${cells.length} fields)`);
    const at = parseDateTime(cells[0] ?? '', timeZone);
    const value = Number((cells[1] ?? '').trim());
    if (!at.ok) return report(number, 'timestamp', at.error);
    if ((cells[1] ?? '').trim() === '' || !Number.isFinite(value)) {
      return report(number, 'value', `"${(cells[1] ?? '').trim()}" is not a number (write decimals with a point)`);
    }
    samples.push({ at: at.value, value });
  });
  if (unlisted > 0) problems.push({ file, field: 'file', message: `and ${unlisted} more lines with problems` });
  if (problems.length === 0 && samples.length === 0) problems.push({ file, field: 'file', message: 'has no samples below the header' });
  if (problems.length > 0) return { problems };
  return { metric: { slug, file, label: header[1], samples: samples.sort((a, b) => a.at - b.at) }, problems };
}
