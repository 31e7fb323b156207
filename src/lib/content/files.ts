/**
 * Which kind of content a path inside the content folder holds. Pure: the reader (src/data/read.ts)
 * walks the disk and asks here, so every file is either a known kind, a draft, ignored, or a problem —
 * never silently dropped.
 */
import { LOCALE, SLUG } from './schemas.ts';

type Locale = string;

export type Kind = 'site' | 'system' | 'incident' | 'maintenance' | 'schedule' | 'report' | 'metric' | 'strings';

export type Classified =
  /** `locale` is set for a translation `<slug>.<locale>.md` of an incident, window or report. */
  | { type: 'content'; kind: Kind; slug: string; locale?: Locale }
  | { type: 'draft' }
  /** A file of `public/`, copied to the site as it is (a logo, an image, a style sheet). */
  | { type: 'asset'; path: string }
  | { type: 'ignored' }
  | { type: 'problem'; message: string };

const FOLDERS: Record<string, { kind: Kind; extension: RegExp; nested: boolean; translated: boolean; example: string }> = {
  systems: { kind: 'system', extension: /\.ya?ml$/, nested: false, translated: false, example: 'systems/ladok.yaml' },
  incidents: { kind: 'incident', extension: /\.md$/, nested: true, translated: true, example: 'incidents/2024/login-down.md' },
  maintenance: { kind: 'maintenance', extension: /\.md$/, nested: true, translated: true, example: 'maintenance/2024/upgrade.md' },
  schedules: { kind: 'schedule', extension: /\.ya?ml$/, nested: false, translated: false, example: 'schedules/release-train.yaml' },
  reports: { kind: 'report', extension: /\.md$/, nested: false, translated: true, example: 'reports/2024-01.md' },
  metrics: { kind: 'metric', extension: /\.csv$/, nested: false, translated: false, example: 'metrics/employees.csv' },
  i18n: { kind: 'strings', extension: /\.json$/, nested: false, translated: false, example: 'i18n/nb.json' },
};

const TRANSLATION = new RegExp(`^(.+)\\.(${LOCALE.source.slice(1, -1)})$`);

const TOP_LEVEL = `site.yaml and the folders ${Object.keys(FOLDERS).join('/, ')}/`;

/**
 * Classifies a path relative to the content folder, with `/` separators.
 * @example classify('incidents/2024/login-down.md') // { type: 'content', kind: 'incident', slug: 'login-down' }
 * @example classify('incidents/_draft.md') // { type: 'draft' }
 */
export function classify(relativePath: string): Classified {
  const parts = relativePath.split('/');
  const name = parts.at(-1) ?? '';
  if (parts.some((part) => part.startsWith('.'))) return { type: 'ignored' };
  if (parts.length === 1) {
    if (name === 'site.yaml' || name === 'site.yml') return { type: 'content', kind: 'site', slug: 'site' };
    if (/^readme(\.md)?$/i.test(name)) return { type: 'ignored' };
    return { type: 'problem', message: `is not a content file: the content folder holds ${TOP_LEVEL}` };
  }
  // Files served as they are (images, a logo): copied to the site by the build, not read as content.
  if (parts[0] === 'public') return { type: 'asset', path: parts.slice(1).join('/') };
  const folder = FOLDERS[parts[0] ?? ''];
  if (!folder) return { type: 'problem', message: `is in an unknown folder: the content folder holds ${TOP_LEVEL}` };
  if (name.startsWith('_')) return { type: 'draft' };
  if (!folder.nested && parts.length > 2) {
    return { type: 'problem', message: `must not be in a subfolder, e.g. ${folder.example}` };
  }
  if (!folder.extension.test(name)) {
    return { type: 'problem', message: `has the wrong file type for ${parts[0]}/, e.g. ${folder.example}` };
  }
  const stem = name.replace(folder.extension, '');
  const translation = folder.translated ? TRANSLATION.exec(stem) : null;
  const slug = translation?.[1] ?? stem;
  if (!SLUG.test(slug)) {
    return { type: 'problem', message: `name "${slug}" must be lowercase letters a-z, digits and hyphens, e.g. ${folder.example}` };
  }
  const locale = translation?.[2] as Locale | undefined;
  return locale ? { type: 'content', kind: folder.kind, slug, locale } : { type: 'content', kind: folder.kind, slug };
}
