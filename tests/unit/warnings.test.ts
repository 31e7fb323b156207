import { describe, expect, it } from 'vitest';
import { contentWarnings } from '../../src/lib/content/warnings.ts';
import type { FileHistory, Report } from '../../src/lib/model.ts';
import { at, incident, plannedWindow, site } from './helpers.ts';

const report = (month: string): Report => ({ slug: month, month, file: `content/reports/${month}.md`, body: '', translations: {}, availability: [] });
const now = at('2026-03-20 12:00');

describe('contentWarnings', () => {
  it('flags an incident without updates and one open for more than a week', () => {
    const warnings = contentWarnings(
      {
        site: site(),
        maintenance: [],
        reports: [],
        incidents: [
          incident({ file: 'a.md', start: at('2026-03-20 08:00'), end: at('2026-03-20 09:00') }),
          incident({ file: 'b.md', start: at('2026-03-10 08:00'), updates: [{ at: at('2026-03-10 08:10'), status: 'investigating', text: 'x' }] }),
          incident({ file: 'c.md', start: at('2026-03-15 08:00'), updates: [{ at: at('2026-03-15 08:10'), status: 'investigating', text: 'x' }] }),
        ],
      },
      now,
    );
    expect(warnings.map((w) => `${w.file}: ${w.field}: ${w.message}`)).toEqual([
      'a.md: updates: none yet: readers see no words from you about this incident',
      'b.md: end: the incident has been open for 10 days, 4 hrs: is it over?',
    ]);
  });

  it('misses last month\'s report only on a site that writes reports', () => {
    const base = { site: site(), maintenance: [], incidents: [] };
    expect(contentWarnings({ ...base, reports: [] }, now)).toEqual([]);
    expect(contentWarnings({ ...base, reports: [report('2026-02')] }, now)).toEqual([]);
    expect(contentWarnings({ ...base, reports: [report('2026-01')] }, now)).toEqual([
      { file: 'content/reports/2026-02.md', field: 'file', message: 'the report for 2026-02 is missing (npm run new -- report)' },
    ]);
  });

  it('flags a translation committed before its original last changed', () => {
    const translated = incident({
      file: 'x.md',
      start: at('2026-03-19 08:00'),
      end: at('2026-03-19 09:00'),
      updates: [{ at: at('2026-03-19 08:10'), status: 'resolved', text: 'x' }],
      translations: { en: { file: 'x.en.md', title: 'X', body: '' } },
    });
    const history = (times: Record<string, number>) => (file: string): FileHistory | undefined =>
      times[file] === undefined ? undefined : { firstCommitted: 0, lastCommitted: times[file] as number, commits: 1 };
    const run = (times: Record<string, number>) => contentWarnings({ site: site(), maintenance: [], reports: [], incidents: [translated] }, now, history(times));
    expect(run({ 'x.md': 2, 'x.en.md': 1 })).toEqual([{ file: 'x.en.md', field: 'file', message: 'is older than x.md, which changed after it was translated' }]);
    expect(run({ 'x.md': 1, 'x.en.md': 2 })).toEqual([]);
    expect(run({})).toEqual([]);
  });
});

describe('dates that are probably mistyped', () => {
  it('flags incidents in the future, windows over a week long and reports published before their month ended', () => {
    const future = incident({ file: 'f.md', start: at('2027-03-20 08:00'), end: at('2027-03-20 09:00'), updates: [{ at: at('2027-03-20 08:10'), status: 'resolved', text: 'x' }] });
    const longEnd = incident({ file: 'l.md', start: at('2026-03-20 08:00'), end: at('2027-03-20 09:00'), updates: [{ at: at('2026-03-20 08:10'), status: 'investigating', text: 'x' }] });
    const warnings = contentWarnings(
      {
        site: site(),
        incidents: [future, longEnd],
        maintenance: [plannedWindow({ file: 'w.md', start: at('2026-03-10 05:30'), end: at('2027-03-10 09:00') })],
        reports: [{ ...report('2026-02'), published: at('2026-02-15 10:00') }],
      },
      now,
    );
    expect(warnings.map((w) => `${w.file}: ${w.field}`)).toEqual(['w.md: end', 'f.md: start', 'l.md: end', 'content/reports/2026-02.md: published']);
  });
});

describe('dates that cannot be right yet', () => {
  const base = { site: site(), maintenance: [], incidents: [] };

  // A report for a month not begun is an error (tests/unit/plausible.test.ts), not a warning.
  it('flags a report for the current month, but not for one just over or one not begun', () => {
    const warnings = contentWarnings({ ...base, reports: [report('2026-02'), report('2026-03'), report('2026-04')] }, now);
    expect(warnings.map((w) => `${w.file}: ${w.field}: ${w.message}`)).toEqual([
      'content/reports/2026-03.md: file name: 2026-03 has not ended yet: check the month, or write the report once the month is over',
    ]);
    // The month ends at local midnight, not at midnight UTC.
    const justOver = at('2026-04-01 00:30');
    expect(contentWarnings({ ...base, reports: [report('2026-03')] }, justOver)).toEqual([]);
    const lastEvening = contentWarnings({ ...base, reports: [report('2026-03')] }, at('2026-03-31 23:30'));
    expect(lastEvening.filter((w) => w.file === 'content/reports/2026-03.md')).toHaveLength(1);
  });

  it('flags an update a day or more after the incident ended, not the resolved note soon after the end', () => {
    const updates = [
      { at: at('2026-03-10 08:10'), status: 'investigating' as const, text: 'x' },
      { at: at('2026-03-10 09:20'), status: 'resolved' as const, text: 'x' },
      { at: at('2026-03-12 09:00'), status: 'resolved' as const, text: 'x' },
    ];
    const warnings = contentWarnings(
      { ...base, reports: [], incidents: [incident({ file: 'i.md', start: at('2026-03-10 08:00'), end: at('2026-03-10 09:00'), updates })] },
      now,
    );
    expect(warnings).toEqual([{ file: 'i.md', field: 'updates[2].at', message: "is 2 days after the incident's end: check the date" }]);
  });
  it('flags an open incident silent for longer than the site\'s first-update target, on a site that sets one', () => {
    // now 12:00; last update 10:15 → 1 h 45 min without a word, over the 60-minute target for an outage.
    const silent = incident({ file: 's.md', start: at('2026-03-20 10:00'), updates: [{ at: at('2026-03-20 10:15'), status: 'identified', text: 'x' }] });
    // Updated 11:30, 30 min ago: within the target.
    const fresh = incident({ file: 'f.md', start: at('2026-03-20 10:00'), updates: [{ at: at('2026-03-20 11:30'), status: 'identified', text: 'x' }] });
    // Degraded: the site sets no target for it.
    const degraded = incident({ file: 'd.md', impact: 'degraded', start: at('2026-03-20 08:00'), updates: [{ at: at('2026-03-20 08:15'), status: 'identified', text: 'x' }] });
    const incidents = [silent, fresh, degraded];
    const withTargets = site({ responseTargets: { outage: { firstUpdate: 60, resolution: 120 } } });
    const warnings = contentWarnings({ site: withTargets, maintenance: [], reports: [], incidents }, now);
    expect(warnings.map((w) => `${w.file}: ${w.field}: ${w.message}`)).toEqual([
      "s.md: updates: no update for 1 hr, 45 mins, longer than the site's target of 1 hr for an outage: tell readers where things stand",
    ]);
    expect(contentWarnings({ site: site(), maintenance: [], reports: [], incidents }, now)).toEqual([]);
  });
});
