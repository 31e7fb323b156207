/** Validates site.yaml, which every content folder has exactly one of. */
import type { Site } from '../../model.ts';
import { siteSchema } from '../schemas.ts';
import type { Context } from './context.ts';

/** The site's settings; undefined when site.yaml is missing or invalid (the problems are recorded). */
export function validateSite(ctx: Context): Site | undefined {
  const [file, ...extra] = ctx.byKind('site');
  if (!file) ctx.report(`${ctx.root}/site.yaml`, 'file', 'is missing: every content folder needs one');
  for (const duplicate of extra) ctx.report(duplicate.file, 'file', `duplicates ${file?.file}`);
  if (!file) return undefined;
  const { data } = ctx.parse(file, siteSchema);
  if (!data) return undefined;
  const locales = data.locales ?? [data.locale];
  if (!locales.includes(data.locale)) ctx.report(file.file, 'locales', `must include the default locale "${data.locale}"`);
  return { ...data, locales };
}

/** Stands in for an invalid site.yaml so that the other files can still be checked. */
export const placeholderSite: Site = {
  ...siteSchema.parse({ title: '-', url: 'http://localhost/', timezone: 'UTC', locale: 'en' }),
  locales: ['en'],
};
