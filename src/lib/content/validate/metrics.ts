/** Validates the usage metrics (CSV files, read by `parseMetric`). */
import type { Metric } from '../../model.ts';
import { parseMetric } from '../metrics.ts';
import type { EntryContext } from './context.ts';

/** The valid metrics; each file's problems are recorded. */
export function validateMetrics(ctx: EntryContext): Metric[] {
  return ctx.byKind('metric').flatMap((file) => {
    const parsed = parseMetric(file.file, file.slug, file.text, ctx.timeZone);
    ctx.problems.push(...parsed.problems);
    return parsed.metric ? [parsed.metric] : [];
  });
}
