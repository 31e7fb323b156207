/**
 * Things worth an editor's attention that do not stop the build (unless `npm run check -- --strict`):
 * short notice, an incident without updates, an incident open for more than a week, no report for last
 * month (on a site that writes reports), a translation older than its original.
 */
import { formatDuration } from '../format.ts';
import type { Content, FileHistory } from '../model.ts';
import { noticeGiven } from '../notice.ts';
import { addMonths, localMonth, type Instant } from '../time.ts';
import type { Problem } from './problem.ts';

/** An incident still open after this long is probably missing its `end`. */
export const STALE_INCIDENT_DAYS = 7;
const DAY = 86_400_000;

export function contentWarnings(
  content: Pick<Content, 'site' | 'maintenance' | 'incidents' | 'reports'>,
  now: Instant,
  historyOf: (file: string) => FileHistory | undefined = () => undefined,
): Problem[] {
  const { site } = content;
  const warnings: Problem[] = [];
  const warn = (file: string, field: string, message: string) => warnings.push({ file, field, message });

  for (const window of content.maintenance) {
    const given = noticeGiven(window, site);
    if (!given?.short) continue;
    const when = given.notice < 0 ? 'after the start' : `${formatDuration(given.notice, 'en')} before the start`;
    warn(window.file, 'announced', `short notice: announced ${when}; the site asks for at least ${site.notice.minimumDays} days`);
  }

  for (const incident of content.incidents) {
    if (incident.updates.length === 0) warn(incident.file, 'updates', 'none yet: readers see no words from you about this incident');
    if (incident.end === undefined && now - incident.start > STALE_INCIDENT_DAYS * DAY) {
      warn(incident.file, 'end', `the incident has been open for ${formatDuration(now - incident.start, 'en')}: is it over?`);
    }
  }

  if (content.reports.length > 0) {
    const lastMonth = addMonths(localMonth(now, site.timezone), -1);
    const folder = content.reports[0]?.file.replace(/\/[^/]*$/, '') ?? 'reports';
    if (!content.reports.some((r) => r.month === lastMonth)) {
      warn(`${folder}/${lastMonth}.md`, 'file', `the report for ${lastMonth} is missing (npm run new -- report)`);
    }
  }

  for (const entry of [...content.incidents, ...content.maintenance, ...content.reports]) {
    const original = historyOf(entry.file);
    for (const translation of Object.values(entry.translations)) {
      const translated = historyOf(translation.file);
      if (original && translated && translated.lastCommitted < original.lastCommitted) {
        warn(translation.file, 'file', `is older than ${entry.file}, which changed after it was translated`);
      }
    }
  }
  return warnings;
}
