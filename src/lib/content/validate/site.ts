/** Validates site.yaml, which every content folder has exactly one of. */
import type { Metric, Site, System } from '../../model.ts';
import { brandColorProblem } from '../../brand.ts';
import { closest } from '../../closest.ts';
import { siteRoot } from '../../site-url.ts';
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
  if (hasUiStrings(ctx, file.file, data.locale, locales) && !locales.includes(data.locale)) {
    ctx.report(file.file, 'locales', `must include the default locale "${data.locale}"`);
  }
  checkBrand(ctx, file.file, data.brand);
  const urlProblem = siteUrlProblem(data.url);
  if (urlProblem) ctx.report(file.file, 'url', urlProblem);
  return { ...data, locales };
}

/**
 * Whether the default language has UI strings (one file per language in src/i18n/); records each
 * language built without them. The default one is reported once, under `locale`.
 */
function hasUiStrings(ctx: Context, file: string, locale: string, locales: readonly string[]): boolean {
  const known = ctx.uiLocales;
  if (!known) return true;
  const available = `the languages available are ${known.join(', ')}; another needs its file i18n/<code>.json in the content folder`;
  locales.forEach((code, index) => {
    if (code !== locale && !known.includes(code)) ctx.report(file, `locales[${index}]`, `"${code}" has no UI strings: ${available}`);
  });
  if (known.includes(locale)) return true;
  ctx.report(file, 'locale', `"${locale}" has no UI strings: ${available}`);
  return false;
}

/** The brand's files exist in public/, and white text on its colour meets WCAG AA. */
function checkBrand(ctx: Context, file: string, brand: Site['brand']): void {
  if (!brand) return;
  const colorProblem = brand.color === undefined ? undefined : brandColorProblem(brand.color);
  if (colorProblem) ctx.report(file, 'brand.color', colorProblem);
  const { assets } = ctx;
  if (!assets) return;
  for (const field of ['logo', 'logoDark', 'favicon', 'css'] as const) {
    const asset = brand[field];
    if (asset === undefined || assets.includes(asset)) continue;
    const near = closest(asset, assets.map((id) => ({ id })));
    ctx.report(file, `brand.${field}`, `there is no file ${ctx.root}/public/${asset}${near ? `: did you mean ${near.id}?` : ': put it in the public/ folder'}`);
  }
}

/**
 * The names site.yaml translates must exist: a group some system file names, a metric file's name.
 * A misspelt key would otherwise leave the name untranslated without a word.
 */
export function checkNameTranslations(ctx: Context, site: Site | undefined, systems: readonly System[], metrics: readonly Metric[]): void {
  const file = ctx.byKind('site')[0]?.file;
  if (!site || !file) return;
  const groups = [...new Set(systems.flatMap((s) => (s.group ? [s.group] : [])))];
  const known = (names: string[]) => (names.length > 0 ? names.map((n) => `"${n}"`).join(', ') : 'none');
  for (const group of Object.keys(site.translations.groups ?? {})) {
    if (!groups.includes(group)) {
      ctx.report(file, `translations.groups.${group}`, `no system has the group "${group}": write the group as the system files do (${known(groups)})`);
    }
  }
  const slugs = metrics.map((m) => m.slug);
  for (const metric of Object.keys(site.translations.metrics ?? {})) {
    if (!slugs.includes(metric)) {
      ctx.report(file, `translations.metrics.${metric}`, `there is no metrics/${metric}.csv: write the name of a metric file without .csv (${known(slugs)})`);
    }
  }
  // A name translated into a language the site is not built in would never be shown.
  const unbuilt = (at: string, field: string, names: Record<string, unknown> | undefined) => {
    for (const code of Object.keys(names ?? {})) {
      if (!site.locales.includes(code)) ctx.report(at, `${field}.${code}`, `the site is not built in "${code}" (add it to locales in site.yaml)`);
    }
  };
  for (const [kind, names] of Object.entries(site.translations)) {
    for (const [name, translated] of Object.entries(names ?? {})) unbuilt(file, `translations.${kind}.${name}`, translated);
  }
  for (const system of systems) {
    system.environments.forEach((environment, index) => unbuilt(system.file, `environments[${index}].translations`, environment.translations));
  }
}

/**
 * What is wrong with the site's address as a base for every page, if anything: a path must end in `/`
 * (`https://org.github.io/status` names a file `status` at the host's root), and a query or fragment
 * would end up in the middle of every address.
 */
export function siteUrlProblem(url: string): string | undefined {
  const parsed = new URL(url);
  if (parsed.search || parsed.hash) return `must not have a query or fragment: write ${siteRoot(url)}`;
  if (parsed.pathname.endsWith('/')) return undefined;
  // `…/status/index.html` means the folder; `…/status` the folder the editor forgot the slash of.
  const folder = /\/[^/]*\.html?$/i.test(parsed.pathname) ? new URL('./', parsed).href : siteRoot(url);
  return `a site under a path ends in "/": write ${folder}`;
}

/** Stands in for an invalid site.yaml so that the other files can still be checked. */
export const placeholderSite: Site = {
  ...siteSchema.parse({ title: '-', url: 'http://localhost/', timezone: 'UTC', locale: 'en' }),
  locales: ['en'],
};
