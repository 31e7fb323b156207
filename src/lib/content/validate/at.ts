/**
 * The checks that depend on the build's "now", run where now is known (`loadOrStop`), after the
 * checks of `validateContent`, which are the same at any time.
 */
import type { Content } from '../../model.ts';
import { monthInterval, type Instant } from '../../time.ts';
import type { Problem } from '../problem.ts';

/**
 * A report for a month that has not begun: its figures cannot exist yet, so the month is mistyped.
 * (A report for the current month is a warning: it may be a draft.)
 */
export function problemsAt(content: Pick<Content, 'site' | 'reports'>, now: Instant): Problem[] {
  return content.reports.flatMap((report) =>
    monthInterval(report.month, content.site.timezone).start > now
      ? [{ file: report.file, line: 1, field: 'file name', message: `${report.month} has not begun yet: check the month in the file name (a report is written once its month is over)` }]
      : [],
  );
}
