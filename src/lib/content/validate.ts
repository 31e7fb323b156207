/**
 * Validates a whole content folder at once: every file against its schema, then the checks across
 * files. Pure: it takes file texts and returns the content and every problem found, so the build,
 * `npm run check` and the tests share it. One validator per kind, in `validate/`, over a shared context.
 */
import type { Content } from '../model.ts';
import { ambiguousTimes, attachAmbiguousTimes } from './ambiguous-times.ts';
import { formatProblems } from './format.ts';
import { sortProblems, type Problem } from './problem.ts';
import { schemasFor } from './schemas.ts';
import { createContext, type EntryContext, type SourceFile } from './validate/context.ts';
import { validateIncidents } from './validate/incidents.ts';
import { checkOverrides, validateMaintenance } from './validate/maintenance.ts';
import { validateMetrics } from './validate/metrics.ts';
import { validateNotify } from './validate/notify.ts';
import { explainIds } from './validate/references.ts';
import { validateReports } from './validate/reports.ts';
import { validateSchedules } from './validate/schedules.ts';
import { validateStrings, type Strings } from './validate/strings.ts';
import { checkNameTranslations, placeholderSite, validateSite } from './validate/site.ts';
import { validateSystems } from './validate/systems.ts';
import { validateTranslations } from './validate/translations.ts';

export type { SourceFile };

const EMPTY = { systems: [], incidents: [], maintenance: [], schedules: [], reports: [], metrics: [] };

export interface Validated {
  /** The valid entries. When `problems` is not empty the build must stop: nothing is dropped silently. */
  content: Content;
  problems: Problem[];
  /** Gives a problem found later (a warning) the line of its field. */
  withLine: (problem: Problem) => Problem;
}

/**
 * Validates every file and the references between them; returns every problem at once.
 * `root` is the content folder as the editor knows it; `earlier` are problems found while reading;
 * `engineStrings` the UI strings Driftstatus ships, by language (absent: any language code is accepted);
 * `assets` the files of the content folder's `public/` (absent: files named in site.yaml are not checked).
 */
export function validateContent(
  files: readonly SourceFile[],
  {
    root = 'content',
    earlier = [],
    engineStrings,
    assets,
  }: { root?: string; earlier?: readonly Problem[]; engineStrings?: ReadonlyMap<string, Strings>; assets?: readonly string[] } = {},
): Validated {
  // Content written for a newer engine is not read at all: its fields may mean something else now.
  const format = formatProblems(files);
  const base = createContext(files, root, format.tooNew ? [] : [...earlier, ...format.problems]);
  if (format.tooNew) return { content: { ...EMPTY, site: placeholderSite }, problems: format.problems, withLine: (p) => p };
  base.assets = assets;
  // The languages a site can be built in: Driftstatus's own, and the site's own valid files.
  if (engineStrings) base.uiLocales = [...new Set([...engineStrings.keys(), ...validateStrings(base, engineStrings)])].sort();
  // The site's time zone is needed to read every time, and the systems to check every reference.
  const site = validateSite(base);
  const timeZone = site?.timezone ?? 'UTC';
  const { systems, broken } = validateSystems(base);
  const explain = explainIds(systems);
  const ctx: EntryContext = {
    ...base,
    parse: (file, schema) => base.parse(file, schema, explain),
    site,
    timeZone,
    schemas: schemasFor(timeZone),
    systemById: new Map(systems.map((s) => [s.id, s])),
    brokenSystems: broken,
  };
  validateNotify(ctx);
  const incidents = validateIncidents(ctx);
  const maintenance = validateMaintenance(ctx);
  const schedules = validateSchedules(ctx);
  checkOverrides(ctx, maintenance, schedules);
  const reports = validateReports(ctx);
  const metrics = validateMetrics(ctx);
  checkNameTranslations(ctx, site, systems, metrics);
  validateTranslations(ctx, { incidents, maintenance, reports });
  attachAmbiguousTimes([...incidents, ...maintenance, ...reports], ambiguousTimes(files, timeZone));
  return {
    content: { site: site ?? placeholderSite, systems, incidents, maintenance, schedules, reports, metrics },
    problems: sortProblems(ctx.problems.map(ctx.withLine)),
    withLine: ctx.withLine,
  };
}
