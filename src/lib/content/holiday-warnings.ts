/**
 * `npm run check` warns of a schedule's window that falls on a public holiday of the site's country
 * (site.yaml `holidays`), from now to the end of the site's horizon, unless the schedule skips holidays
 * (`skip: holidays`): on such a day nobody may be at work to do it, or to notice that it went wrong.
 */
import { holidayOn } from '../holidays.ts';
import type { Content } from '../model.ts';
import { occurrences } from '../schedules.ts';
import { addDays, localDate, type Instant } from '../time.ts';
import type { Problem } from './problem.ts';

export function holidayWarnings(content: Pick<Content, 'site' | 'schedules'>, now: Instant): Problem[] {
  const { site } = content;
  const country = site.holidays;
  if (country === undefined) return [];
  const today = localDate(now, site.timezone);
  const last = addDays(today, site.schedules.futureDays);
  return content.schedules.flatMap((schedule) => {
    if (schedule.skipHolidays !== undefined) return [];
    const steps = schedule.steps ?? [{ day: 0 }];
    return occurrences(schedule, last).flatMap(({ date: occurrence }) =>
      steps.flatMap((step, index) => {
        const date = addDays(occurrence, step.day);
        const holiday = date >= today && date <= last ? holidayOn(country, date) : undefined;
        if (holiday === undefined) return [];
        const field = schedule.steps ? `steps[${index}]` : 'rrule';
        const message = `its window of ${date} falls on a public holiday in ${country} (${holiday}): add \`holidays\` to skip, or move or cancel that date (npm run update -- ${schedule.file} --cancel ${date})`;
        return [{ file: schedule.file, field, message }];
      }),
    );
  });
}
