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
    const longEnd = incident({ file: 'l.md', start: at('2026-03-20 08:00'), end: at('2062-03-20 09:00'), updates: [{ at: at('2026-03-20 08:10'), status: 'investigating', text: 'x' }] });
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
