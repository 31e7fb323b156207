/**
 * Things worth an editor's attention that do not stop the build (unless `npm run check -- --strict`):
 * short notice, an incident without updates, an open incident silent for longer than the site's
 * first-update target, an incident open for more than a week, an update long after
 * its incident's end, no report for last month (on a site that writes reports), a report for a month
 * not over yet, a translation older than its original, a time without offset in the hour that happens twice,
 * a schedule's window on a public holiday.
 */
import { formatDuration } from '../format.ts';
import type { Content, FileHistory } from '../model.ts';
import { noticeGiven } from '../notice.ts';
import { silenceOverTarget, targetsFor } from '../response-times.ts';
import { addMonths, localDateTimeText, localMonth, monthInterval, type Instant } from '../time.ts';
import { holidayWarnings } from './holiday-warnings.ts';
import { absurdYear } from './plausible.ts';
import type { Problem } from './problem.ts';

/** An incident still open after this long is probably missing its `end`. */
export const STALE_INCIDENT_DAYS = 7;
/** A planned window longer than this is more likely a typo than a plan. */
export const LONG_WINDOW_DAYS = 7;
/** An update this long after the incident's end is more likely a typo than a late word. */
export const LATE_UPDATE_DAYS = 1;
const DAY = 86_400_000;

export function contentWarnings(
  content: Pick<Content, 'site' | 'maintenance' | 'incidents' | 'reports'> & Partial<Pick<Content, 'schedules'>>,
  now: Instant,
  historyOf: (file: string) => FileHistory | undefined = () => undefined,
): Problem[] {
  const { site } = content;
  const warnings: Problem[] = [];
  const warn = (file: string, field: string, message: string) => warnings.push({ file, field, message });

  for (const window of content.maintenance) {
    if (window.end - window.start > LONG_WINDOW_DAYS * DAY) {
      warn(window.file, 'end', `the window lasts ${formatDuration(window.end - window.start, 'en')}: check the dates`);
    }
    const given = noticeGiven(window, site);
    if (!given?.short) continue;
    const when = given.notice < 0 ? 'after the start' : `${formatDuration(given.notice, 'en')} before the start`;
    warn(window.file, 'announced', `short notice: announced ${when}; the site asks for at least ${site.notice.minimumDays} days`);
  }

  for (const incident of content.incidents) {
    if (incident.updates.length === 0) warn(incident.file, 'updates', 'none yet: readers see no words from you about this incident');
    // A year or month typed wrong moves an incident into the future, where it is not shown as having happened.
    // A year far off is warned about with its reason by `plausibilityWarnings`.
    const plausible = (instant: Instant) => absurdYear(instant, now, site.timezone) === undefined;
    if (incident.start > now) {
      if (plausible(incident.start)) warn(incident.file, 'start', 'is in the future: check the date');
    } else if (incident.end !== undefined && incident.end > now + DAY && plausible(incident.end)) {
      warn(incident.file, 'end', 'is in the future: check the date');
    }
    if (incident.end === undefined && now - incident.start > STALE_INCIDENT_DAYS * DAY) {
      warn(incident.file, 'end', `the incident has been open for ${formatDuration(now - incident.start, 'en')}: is it over?`);
    }
    const silence = silenceOverTarget(incident, targetsFor(site, incident.impact), now);
    if (silence !== undefined) {
      const target = formatDuration((targetsFor(site, incident.impact).firstUpdate ?? 0) * 60_000, 'en');
      warn(incident.file, 'updates', `no update for ${formatDuration(silence, 'en')}, longer than the site's target of ${target} for ${incident.impact === 'outage' ? 'an outage' : 'a degraded incident'}: tell readers where things stand`);
    }
    const { end } = incident;
    // The resolved note usually follows the end by minutes; a day or more is more likely a mistyped date.
    incident.updates.forEach((update, index) => {
      if (end !== undefined && update.at - end > LATE_UPDATE_DAYS * DAY) {
        warn(incident.file, `updates[${index}].at`, `is ${formatDuration(update.at - end, 'en')} after the incident's end: check the date`);
      }
    });
  }

  if (content.reports.length > 0) {
    const lastMonth = addMonths(localMonth(now, site.timezone), -1);
    const folder = content.reports[0]?.file.replace(/\/[^/]*$/, '') ?? 'reports';
    if (!content.reports.some((r) => r.month === lastMonth)) {
      warn(`${folder}/${lastMonth}.md`, 'file', `the report for ${lastMonth} is missing (npm run new -- report)`);
    }
  }

  for (const report of content.reports) {
    const { start: monthStart, end: monthEnd } = monthInterval(report.month, site.timezone);
    // A month not begun is an error (validate/at.ts).
    if (monthStart > now) continue;
    if (monthEnd > now) {
      warn(report.file, 'file name', `${report.month} has not ended yet: check the month, or write the report once the month is over`);
    } else if (report.published !== undefined && report.published < monthEnd) {
      warn(report.file, 'published', `is before the end of ${report.month}, the month the report is about`);
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
  warnings.push(...ambiguousTimeWarnings(content));
  warnings.push(...holidayWarnings({ site, schedules: content.schedules ?? [] }, now));
  return warnings;
}

/**
 * A time without offset in the hour that happens twice: it is read as the first occurrence, and the
 * warning says so and how to write either one so that it means exactly that.
 * @example
 * // start: 2026-10-25 02:30 on a site in Europe/Stockholm:
 * // '2026-10-25 02:30 happens twice in Europe/Stockholm (the clocks go back): taken as the first,
 * //  2026-10-25 02:30+02:00; write 2026-10-25 02:30+01:00 for the second, or add +02:00 to keep the first'
 */
export function ambiguousTimeWarnings(content: Pick<Content, 'site' | 'maintenance' | 'incidents' | 'reports'>): Problem[] {
  const { site } = content;
  const ambiguousTimes = [...content.incidents, ...content.maintenance, ...content.reports].flatMap((e) => e.ambiguousTimes ?? []);
  return ambiguousTimes.map(({ file, field, text, taken, other }) => {
    const seconds = /\d:\d{2}:\d{2}/.test(text);
    const first = localDateTimeText(taken, site.timezone, { seconds });
    const second = localDateTimeText(other, site.timezone, { seconds });
    const keep = first.slice(first.length - 6);
    return {
      file,
      field,
      message:
        `${text} happens twice in ${site.timezone} (the clocks go back): taken as the first, ${first}; ` +
        `write ${second} for the second, or add ${keep} to keep the first`,
    };
  });
}
