/** Validates the translation files `<slug>.<locale>.md` and adds each to the entry it translates. */
import { localDateTimeText } from '../../time.ts';
import type { Incident, Locale, PlannedWindow, Report } from '../../model.ts';
import { compareText } from '../../sort.ts';
import type { EntryContext, SourceFile } from './context.ts';

/** The entries that can be translated, as validated so far. */
export interface Translatable {
  incidents: readonly Incident[];
  maintenance: readonly PlannedWindow[];
  reports: readonly Report[];
}

/**
 * Checks every translation against the entry it translates and the site's languages, and sets it in
 * that entry's `translations`. Run last: a translation of an entry whose file is invalid is not
 * reported again.
 */
export function validateTranslations(ctx: EntryContext, { incidents, maintenance, reports }: Translatable): void {
  const translatable: Record<string, Map<string, Incident | PlannedWindow | Report>> = {
    incident: new Map(incidents.map((e) => [e.slug, e])),
    maintenance: new Map(maintenance.map((e) => [e.slug, e])),
    report: new Map(reports.map((e) => [e.slug, e])),
  };
  const broken = new Set(ctx.problems.map((p) => p.file));
  for (const file of ctx.files.filter((f) => f.locale).sort((a, b) => compareText(a.file, b.file))) {
    const original = translatable[file.kind]?.get(file.slug);
    if (!original) {
      const exists = ctx.files.some((f) => f.kind === file.kind && f.slug === file.slug && !f.locale && broken.has(f.file));
      if (!exists) ctx.report(file.file, 'file name', `translates "${file.slug}", but there is no ${file.kind} with that name`);
      continue;
    }
    if (!wrongLanguage(ctx, file, original)) addTranslation(ctx, file, original);
  }
}

/** Whether the translation's language is not one of the site's other languages (and records why). */
function wrongLanguage(ctx: EntryContext, file: SourceFile, original: { file: string }): boolean {
  const { site } = ctx;
  const locale = file.locale as Locale;
  if (site && locale === site.locale) {
    ctx.report(file.file, 'file name', `"${locale}" is the site's default language: edit ${original.file} instead`);
    return true;
  }
  if (site && !site.locales.includes(locale)) {
    ctx.report(file.file, 'file name', `the site is not built in "${locale}" (add it to locales in site.yaml)`);
    return true;
  }
  return false;
}

/** Parses the translation, pairs its updates with the original's, and sets it on the original. */
function addTranslation(ctx: EntryContext, file: SourceFile, original: Incident | PlannedWindow | Report): void {
  const { data, body } = ctx.parse(file, ctx.schemas.translation);
  if (!data) return;
  const updates = 'updates' in original ? original.updates : [];
  data.updates?.forEach((update, index) => {
    const counterpart = updates[index];
    if (!counterpart) {
      ctx.report(file.file, `updates[${index}]`, `has no counterpart: the original has ${updates.length} update${updates.length === 1 ? '' : 's'}`);
    } else if (update.at !== undefined && update.at !== counterpart.at) {
      ctx.report(file.file, `updates[${index}].at`, `${localDateTimeText(update.at, ctx.timeZone)} does not match the original's ${localDateTimeText(counterpart.at, ctx.timeZone)}`);
    }
  });
  original.translations[file.locale as Locale] = { ...data, body, file: file.file };
}
