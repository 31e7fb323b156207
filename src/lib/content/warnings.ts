/**
 * Things worth an editor's attention that do not stop the build (unless `npm run check --strict`).
 */
import { formatDuration } from '../format.ts';
import type { Content } from '../model.ts';
import { noticeGiven } from '../notice.ts';
import type { Problem } from './problem.ts';

export function contentWarnings(content: Pick<Content, 'site' | 'maintenance'>): Problem[] {
  const { site } = content;
  return content.maintenance.flatMap((window) => {
    const given = noticeGiven(window, site);
    if (!given?.short) return [];
    const when = given.notice < 0 ? 'after the start' : `${formatDuration(given.notice, 'en')} before the start`;
    return [{ file: window.file, field: 'announced', message: `short notice: announced ${when}; the site asks for at least ${site.notice.minimumDays} days` }];
  });
}
