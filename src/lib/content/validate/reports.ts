/** Validates the monthly reports: their file name, schema, and the systems their figures are for. */
import type { Report } from '../../model.ts';
import { primaryEnvironment } from '../../model.ts';
import { parseMonth } from '../../time.ts';
import type { EntryContext } from './context.ts';

/** The valid reports, without translations yet. */
export function validateReports(ctx: EntryContext): Report[] {
  return ctx.byKind('report').flatMap((file) => {
    const month = parseMonth(file.slug);
    if (!month.ok) {
      ctx.report(file.file, 'file name', `${month.error}: name a report after its month, e.g. reports/2024-01.md`);
      return [];
    }
    const { data, body } = ctx.parse(file, ctx.schemas.report);
    if (!data) return [];
    const entry: Report = { ...data, month: month.value, slug: file.slug, file: file.file, body, translations: {} };
    checkFigures(ctx, entry);
    checkCounts(ctx, entry);
    return [entry];
  });
}

/** Each reported figure is for a known system and environment, and given once. */
function checkFigures(ctx: EntryContext, entry: Report): void {
  const seen = new Set<string>();
  entry.availability.forEach((row, index) => {
    const field = `availability[${index}]`;
    const system = ctx.systemById.get(row.system);
    if (!system) {
      if (!ctx.brokenSystems.has(row.system)) ctx.report(entry.file, `${field}.system`, `unknown system "${row.system}"`);
      return;
    }
    if (row.environment !== undefined && !system.environments.some((e) => e.id === row.environment)) {
      ctx.report(entry.file, `${field}.environment`, `unknown environment "${row.environment}" of ${row.system}`);
    }
    const key = [row.system, row.environment ?? primaryEnvironment(system), row.cause ?? '', row.month ?? entry.month].join('|');
    if (seen.has(key)) ctx.report(entry.file, field, 'repeats a figure given above for the same system, environment, cause and month');
    seen.add(key);
  });
}

/**
 * Counts per system or group are keyed by a known system id or group name, and months by a valid
 * month. Left out while a system file is invalid: its id or group might be the key.
 */
function checkCounts(ctx: EntryContext, entry: Report): void {
  if (ctx.brokenSystems.size > 0) return;
  const systems = [...ctx.systemById.values()];
  const names = new Set([...ctx.systemById.keys(), ...systems.flatMap((s) => (s.group ? [s.group] : []))]);
  for (const field of ['changes', 'serviceWindows', 'requests'] as const) {
    const value = entry[field];
    if (typeof value !== 'object') continue;
    for (const [key, counts] of Object.entries(value)) {
      if (!names.has(key)) ctx.report(entry.file, `${field}.${key}`, 'is neither a system id nor a group name');
      if (typeof counts !== 'object') continue;
      for (const month of Object.keys(counts)) {
        const parsed = parseMonth(month);
        if (!parsed.ok) ctx.report(entry.file, `${field}.${key}.${month}`, parsed.error);
      }
    }
  }
}
