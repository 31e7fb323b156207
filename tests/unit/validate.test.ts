import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/data/read.ts';
import type { Kind } from '../../src/lib/content/files.ts';
import { formatProblem } from '../../src/lib/content/problem.ts';
import { validateContent, type SourceFile } from '../../src/lib/content/validate.ts';
import { localize } from '../../src/lib/localize.ts';
import { expandSchedule } from '../../src/lib/schedules.ts';

const base: Record<string, { kind: Kind; text: string }> = {
  'site.yaml': {
    kind: 'site',
    text: 'title: T\nurl: https://status.example.org/\ntimezone: Europe/Stockholm\nlocale: sv\nlocales: [sv, en]\n',
  },
  'systems/app.yaml': { kind: 'system', text: 'name: App\nsla: 99.5\nenvironments: [production, test]\n' },
  'systems/api.yaml': { kind: 'system', text: 'name: API\n' },
  'incidents/2024/x.md': {
    kind: 'incident',
    text: [
      '---',
      'title: Login fails',
      'systems: [app]',
      'environments: [production]',
      'impact: outage',
      'cause: application',
      'start: 2024-03-06 05:30',
      'end: 2024-03-06 07:00',
      'updates:',
      '  - at: 2024-03-06 05:40',
      '    status: investigating',
      '    text: Looking.',
      '  - at: 2024-03-06 07:05',
      '    status: resolved',
      '    text: Fixed.',
      '---',
      'Body.',
      '',
    ].join('\n'),
  },
  'maintenance/w.md': {
    kind: 'maintenance',
    text: '---\ntitle: Upgrade\nkind: upgrade\nsystems: app\nstart: 2024-03-13 05:30\nend: 2024-03-13 09:00\n---\n',
  },
  'schedules/train.yaml': {
    kind: 'schedule',
    text: [
      'title: Upgrade',
      'rrule: FREQ=WEEKLY;INTERVAL=2;BYDAY=MO',
      'first: 2024-01-08',
      'systems: [app]',
      'steps:',
      '  - { day: 0, environments: [test], start: 05:30, end: 11:00 }',
      '  - { day: 2, systems: [app, api], environments: [production], start: 05:30, end: 09:00 }',
      'skip: [2024-01-22]',
      '',
    ].join('\n'),
  },
  'reports/2024-01.md': {
    kind: 'report',
    text: '---\navailability:\n  - { system: app, value: 99.82 }\nchanges: { app: 3 }\n---\nAll well.\n',
  },
};

function files(changes: Record<string, string | null> = {}, extra: Record<string, { kind: Kind; text: string }> = {}): SourceFile[] {
  const all = { ...base, ...extra };
  return Object.entries(all).flatMap(([name, { kind, text }]) => {
    const changed = name in changes ? changes[name] : text;
    if (changed === null || changed === undefined) return [];
    const slug = path.basename(name).replace(/\.(md|ya?ml)$/, '');
    return [{ file: `content/${name}`, kind, slug, text: changed }];
  });
}

/** Five lines of YAML that expand to 9^6 values: the "billion laughs" attack in small. */
const aliasBomb = ['a', 'b', 'c', 'd', 'e']
  .map((name, index, names) => `${name}: &${name} [${Array(9).fill(index === 0 ? '"x"' : `*${names[index - 1]}`).join(', ')}]`)
  .concat(`f: [${Array(9).fill('*e').join(', ')}]`)
  .join('\n');

// Without the line number: the cases below are about the fields and messages; lines are tested on their own.
const lines = (input: SourceFile[]) => validateContent(input).problems.map((p) => formatProblem({ ...p, line: 0 }).replace(/:0: /, ': '));
const edit = (name: string, from: string | RegExp, to: string) => ({ [name]: (base[name]?.text ?? '').replace(from, to) });

describe('validateContent', () => {
  it('accepts the valid corpus and converts its times in the site zone', () => {
    const { content, problems } = validateContent(files());
    expect(problems).toEqual([]);
    expect(content.incidents[0]?.start).toBe(Date.parse('2024-03-06T04:30:00Z'));
    expect(content.maintenance[0]?.downtime).toBe(true);
    expect(content.systems.find((s) => s.id === 'api')?.environments).toEqual([{ id: 'production' }]);
    expect(content.reports[0]?.month).toBe('2024-01');
  });

  const cases: [string, Record<string, string | null>, string][] = [
    ['end before start', edit('incidents/2024/x.md', 'end: 2024-03-06 07:00', 'end: 2024-03-05 07:00'),
      'content/incidents/2024/x.md: end: 2024-03-05 07:00 is before start 2024-03-06 05:30'],
    ['unknown system', edit('incidents/2024/x.md', 'systems: [app]', 'systems: [app, nope]'),
      'content/incidents/2024/x.md: systems[1]: unknown system "nope"'],
    ['unknown environment', edit('incidents/2024/x.md', 'environments: [production]', 'environments: [prod]'),
      'content/incidents/2024/x.md: environments[0]: unknown environment "prod"'],
    ['update before start', edit('incidents/2024/x.md', 'at: 2024-03-06 05:40', 'at: 2024-03-06 05:20'),
      'content/incidents/2024/x.md: updates[0].at: 2024-03-06 05:20 is before the incident\'s start'],
    ['updates out of order', edit('incidents/2024/x.md', 'at: 2024-03-06 07:05', 'at: 2024-03-06 05:35'),
      'content/incidents/2024/x.md: updates[1].at: 2024-03-06 05:35 is before the update above it'],
    ['resolved without end', edit('incidents/2024/x.md', 'end: 2024-03-06 07:00\n', ''),
      'content/incidents/2024/x.md: end: is missing, but the last update says resolved'],
    ['impossible date', edit('incidents/2024/x.md', 'start: 2024-03-06 05:30', 'start: 2024-02-30 05:30'),
      'content/incidents/2024/x.md: start: 2024-02-30 is not a date'],
    ['time in the DST gap', edit('maintenance/w.md', 'start: 2024-03-13 05:30', 'start: 2024-03-31 02:30'),
      'content/maintenance/w.md: start: 2024-03-31 02:30 does not exist in Europe/Stockholm'],
    ['24:00', edit('maintenance/w.md', 'end: 2024-03-13 09:00', 'end: 2024-03-13 24:00'),
      'content/maintenance/w.md: end: 24:00 is not a time of day'],
    ['unknown enum value', edit('incidents/2024/x.md', 'impact: outage', 'impact: down'),
      'content/incidents/2024/x.md: impact: must be one of degraded, outage, not "down"'],
    ['missing required field', edit('incidents/2024/x.md', 'title: Login fails\n', ''),
      'content/incidents/2024/x.md: title: is required'],
    ['misspelt field', edit('incidents/2024/x.md', 'cause: application', 'cuase: application'),
      'content/incidents/2024/x.md: cuase: is not a known field'],
    ['wrong type', edit('systems/app.yaml', 'sla: 99.5', 'sla: high'),
      'content/systems/app.yaml: sla: must be a number, not "high"'],
    ['decimal comma', edit('systems/app.yaml', 'sla: 99.5', 'sla: 99,5'),
      'content/systems/app.yaml: sla: must be a number written with a decimal point, e.g. 99.5'],
    ['broken YAML', edit('systems/app.yaml', 'environments: [production, test]', 'environments: [production, test'),
      'content/systems/app.yaml: yaml: '],
    ['tab indentation', edit('systems/app.yaml', 'sla: 99.5', '\tsla: 99.5'),
      'content/systems/app.yaml: yaml: Tabs are not allowed'],
    ['missing front matter', { 'maintenance/w.md': 'Just text.\n' },
      'content/maintenance/w.md: front matter: is missing'],
    ['empty file', { 'maintenance/w.md': '' }, 'content/maintenance/w.md: file: is empty'],
    ['bad time zone', edit('site.yaml', 'Europe/Stockholm', 'Europe/Stokholm'),
      'content/site.yaml: timezone: is not an IANA time zone'],
    ['default locale not built', edit('site.yaml', 'locales: [sv, en]', 'locales: [en]'),
      'content/site.yaml: locales: must include the default locale "sv"'],
    ['missing site.yaml', { 'site.yaml': null }, 'content/site.yaml: file: is missing'],
    ['invalid RRULE', edit('schedules/train.yaml', 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO', 'FREQ=SOMETIMES'),
      'content/schedules/train.yaml: rrule: needs a valid FREQ'],
    ['RRULE yielding nothing', edit('schedules/train.yaml', 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO', 'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30'),
      'content/schedules/train.yaml: rrule: yields no dates from 2024-01-08'],
    ['first not on the rule', edit('schedules/train.yaml', 'first: 2024-01-08', 'first: 2024-01-09'),
      'content/schedules/train.yaml: first: 2024-01-09 is not a date of the rule'],
    ['skip not on the series', edit('schedules/train.yaml', 'skip: [2024-01-22]', 'skip: [2024-01-15]'),
      'content/schedules/train.yaml: skip[0]: 2024-01-15 is not a date of the series'],
    ['unknown step environment', edit('schedules/train.yaml', 'environments: [test]', 'environments: [tst]'),
      'content/schedules/train.yaml: steps[0].environments[0]: unknown environment "tst"'],
    ['report figure for an unknown system', edit('reports/2024-01.md', 'system: app', 'system: ap'),
      'content/reports/2024-01.md: availability[0].system: unknown system "ap"'],
    ['report count for an unknown group', edit('reports/2024-01.md', 'app: 3', 'Ap: 3'),
      'content/reports/2024-01.md: changes.Ap: is neither a system id nor a group name'],
    ['two updates at the same time', edit('incidents/2024/x.md', 'at: 2024-03-06 07:05', 'at: 2024-03-06 05:40'),
      'content/incidents/2024/x.md: updates[1].at: must be later than the previous update (also 2024-03-06 05:40)'],
    ['two updates in the same second', edit('incidents/2024/x.md', /at: 2024-03-06 0\d:\d\d/g, 'at: 2024-03-06 05:40:10.5'),
      'content/incidents/2024/x.md: updates[1].at: must be later than the previous update'],
    ['a control character in a title', edit('incidents/2024/x.md', 'title: Login fails', 'title: Login\u000bfails'),
      'content/incidents/2024/x.md: title: contains a control character (U+000B)'],
    ['an escaped control character in an update', edit('incidents/2024/x.md', 'text: Fixed.', 'text: "Fixed\\e[0m."'),
      'content/incidents/2024/x.md: updates[1].text: contains a control character (U+001B)'],
    ['a control character in the body', edit('incidents/2024/x.md', 'Body.', 'Body\u0007.'),
      'content/incidents/2024/x.md: body: contains a control character (U+0007)'],
    ['a non-character in a system name', edit('systems/app.yaml', 'name: App', 'name: "App\\uFFFF"'),
      'content/systems/app.yaml: name: contains the non-character U+FFFF'],
    ['a lone surrogate in the site title', edit('site.yaml', 'title: T', 'title: "T\\uD800"'),
      'content/site.yaml: title: contains half of a character (U+D800)'],
    ['too many YAML aliases', edit('systems/app.yaml', 'sla: 99.5', `sla: 99.5\n${aliasBomb}`),
      'content/systems/app.yaml: yaml: uses aliases (*name) so often'],
  ];

  it.each(cases)('reports %s with a path: field: message line', (_, changes, expected) => {
    const found = lines(files(changes));
    expect(found.some((line) => line.startsWith(expected)), found.join('\n')).toBe(true);
  });

  it('reports an invalid report month from the file name', () => {
    const found = lines(files({}, { 'reports/2024-13.md': { kind: 'report', text: '---\ntitle: X\n---\n' } }));
    expect(found).toEqual([expect.stringMatching(/^content\/reports\/2024-13\.md: file name: "2024-13" is not a month/)]);
  });

  it('reports duplicate slugs across folders', () => {
    const found = lines(files({}, { 'incidents/2025/x.md': base['incidents/2024/x.md']! }));
    expect(found).toEqual(['content/incidents/2025/x.md: file name: incident slug "x" is already used by content/incidents/2024/x.md']);
  });

  it('lists every problem in every file at once, sorted by file', () => {
    const found = lines(
      files({
        ...edit('incidents/2024/x.md', 'impact: outage', 'impact: down'),
        ...edit('maintenance/w.md', 'end: 2024-03-13 09:00', 'end: 2024-03-13 04:00'),
        ...edit('systems/app.yaml', 'sla: 99.5', 'sla: 200'),
      }),
    );
    expect(found.map((line) => line.split(': ').slice(0, 2).join(': '))).toEqual([
      'content/incidents/2024/x.md: impact',
      'content/maintenance/w.md: end',
      'content/systems/app.yaml: sla',
    ]);
  });

  it('gives each problem the line of its field, for editors to jump to', () => {
    const found = validateContent(
      files({
        ...edit('incidents/2024/x.md', 'at: 2024-03-06 07:05', 'at: 2024-03-06 05:35'),
        ...edit('maintenance/w.md', 'systems: app', 'systems: [app, nope]'),
        ...edit('systems/app.yaml', 'sla: 99.5', 'sla: 99.5\nsal: 3'),
        ...edit('schedules/train.yaml', 'first: 2024-01-08', 'first: 2024-01-09'),
      }),
    ).problems.map(formatProblem);
    expect(found).toEqual([
      'content/incidents/2024/x.md:13: updates[1].at: 2024-03-06 05:35 is before the update above it; list updates oldest first',
      'content/maintenance/w.md:4: systems[1]: unknown system "nope" (no systems/nope.yaml in the content folder)',
      'content/schedules/train.yaml:3: first: 2024-01-09 is not a date of the rule; its first date from there is 2024-01-22',
      'content/systems/app.yaml:3: sal: is not a known field (check the spelling)',
    ]);
  });

  it('reports a character no text may hold once, at its line', () => {
    const found = validateContent(
      files({
        'incidents/2024/x.md': (base['incidents/2024/x.md']?.text ?? '').replace('title: Login fails', 'title: Login\u001bfails').replace('Body.', 'Body.\n\nMore\u000c.'),
        ...edit('maintenance/w.md', 'systems: app', 'systems: "app\\v"'),
      }),
    ).problems.map(formatProblem);
    expect(found).toEqual([
      expect.stringMatching(/^content\/incidents\/2024\/x\.md:2: title: contains a control character \(U\+001B\)/),
      expect.stringMatching(/^content\/incidents\/2024\/x\.md:19: body: contains a control character \(U\+000C\)/),
      expect.stringMatching(/^content\/maintenance\/w\.md:4: systems\[0\]: contains a control character \(U\+000B\)/),
    ]);
  });

  it('reports such a character in the label of a metric', () => {
    const metric = { 'metrics/users.csv': { kind: 'metric' as Kind, text: 'timestamp,Users\u0000\n2024-01-08 07:00,5\n' } };
    expect(validateContent(files({}, metric)).problems.map(formatProblem)).toEqual([
      expect.stringMatching(/^content\/metrics\/users\.csv:1: header: contains a control character \(U\+0000\)/),
    ]);
  });

  it('finds the bundled example content and the Danish fixture valid', () => {
    for (const dir of ['content', 'tests/fixtures/danish', 'tests/fixtures/mini']) {
      expect(loadContent(path.resolve(dir)).problems.map(formatProblem), dir).toEqual([]);
    }
  });
});

describe('translations', () => {
  const translation = (name: string, text: string) => ({ [name]: { kind: 'incident' as Kind, text } });
  const withLocale = (input: SourceFile[]) =>
    input.map((f) => {
      const match = /^(.+)\.(sv|da|en)$/.exec(f.slug);
      return match ? { ...f, slug: match[1] ?? f.slug, locale: match[2] as 'sv' | 'da' | 'en' } : f;
    });

  it('attaches a translation to its entry', () => {
    const { content, problems } = validateContent(
      withLocale(files({}, translation('incidents/2024/x.en.md', '---\ntitle: Login fails\nupdates:\n  - text: Looking.\n---\nBody.\n'))),
    );
    expect(problems).toEqual([]);
    expect(content.incidents[0]?.translations.en).toMatchObject({ title: 'Login fails', body: 'Body.\n' });
  });

  it.each([
    ['a translation of a missing entry', 'incidents/2024/nope.en.md', '---\ntitle: X\n---\n', 'file name: translates "nope", but there is no incident'],
    ['a translation into the default language', 'incidents/2024/x.sv.md', '---\ntitle: X\n---\n', `file name: "sv" is the site's default language`],
    ['a translation into a language not built', 'incidents/2024/x.da.md', '---\ntitle: X\n---\n', 'file name: the site is not built in "da"'],
    ['more updates than the original', 'incidents/2024/x.en.md', '---\ntitle: X\nupdates:\n  - text: a\n  - text: b\n  - text: c\n---\n', 'updates[2]: has no counterpart: the original has 2 updates'],
    ['an update paired with the wrong time', 'incidents/2024/x.en.md', '---\ntitle: X\nupdates:\n  - at: 2024-03-06 05:41\n    text: a\n---\n', 'updates[0].at: 2024-03-06 05:41 does not match'],
  ])('reports %s', (_, name, text, expected) => {
    const found = lines(withLocale(files({}, translation(name, text))));
    expect(found, found.join('\n')).toEqual([expect.stringContaining(`content/${name}: ${expected}`)]);
  });
});

describe('schedule overrides', () => {
  it.each([
    ['an unknown schedule', 'overrides: { schedule: nope, date: 2024-01-10 }', 'overrides.schedule: unknown schedule "nope"'],
    ['a date without a window', 'overrides: { schedule: train, date: 2024-01-11 }', 'overrides.date: schedule train has no window on 2024-01-11'],
  ])('reports %s', (_, line, expected) => {
    const found = lines(files(edit('maintenance/w.md', 'kind: upgrade', `kind: upgrade\n${line}`)));
    expect(found).toEqual([expect.stringContaining(`content/maintenance/w.md: ${expected}`)]);
  });

  it('accepts an override of a date the schedule has windows on', () => {
    expect(lines(files(edit('maintenance/w.md', 'kind: upgrade', 'kind: upgrade\noverrides: { schedule: train, date: 2024-01-10 }')))).toEqual([]);
  });

  it('keeps file names of schedule windows for the schedule', () => {
    const found = lines(files({}, { 'maintenance/train-2024-01-10-x.md': base['maintenance/w.md']! }));
    expect(found).toEqual([expect.stringContaining('content/maintenance/train-2024-01-10-x.md: file name: names like "train-<date>-…"')]);
  });
});

describe('schedule translations', () => {
  const translated = (lines: string) => files(edit('schedules/train.yaml', 'skip: [2024-01-22]', `skip: [2024-01-22]\ndescription: Ny version.\n${lines}`));

  it('give every window of the schedule its title and description in that language', () => {
    const { content, problems } = validateContent(translated('translations:\n  en: { title: Planned upgrade, description: New version. }'));
    expect(problems).toEqual([]);
    const windows = content.schedules.flatMap((s) => expandSchedule(s, 'Europe/Stockholm', { from: '2024-01-08', to: '2024-02-10' }));
    expect(windows.length).toBeGreaterThan(2);
    for (const window of windows) {
      expect(localize(window, 'en', 'sv')).toMatchObject({ title: 'Planned upgrade', body: 'New version.', untranslated: false });
      expect(localize(window, 'sv', 'sv')).toMatchObject({ title: 'Upgrade', body: 'Ny version.' });
    }
  });

  it('keep the original description when the translation gives none', () => {
    const { content } = validateContent(translated('translations: { en: { title: Planned upgrade } }'));
    const [window] = content.schedules.flatMap((s) => expandSchedule(s, 'Europe/Stockholm', { from: '2024-01-08', to: '2024-01-08' }));
    expect(window && localize(window, 'en', 'sv')).toMatchObject({ title: 'Planned upgrade', body: 'Ny version.' });
  });

  it.each([
    ['the default language', 'translations: { sv: { title: X } }', `translations.sv: "sv" is the site's default language`],
    ['a language the site is not built in', 'translations: { da: { title: X } }', 'translations.da: the site is not built in "da"'],
    ['an unknown language', 'translations: { fr: { title: X } }', 'translations.fr: the site is not built in "fr"'],
    ['a translation without a title', 'translations: { en: { description: X } }', 'translations.en.title: is required'],
  ])('report %s', (_, line, expected) => {
    expect(lines(translated(line))).toEqual([expect.stringContaining(`content/schedules/train.yaml: ${expected}`)]);
  });
});

describe('file order', () => {
  it('does not change the result: the same content whatever order the files are read in', () => {
    const input = files({}, { 'incidents/2025/y.md': base['incidents/2024/x.md']!, 'incidents/2023/z.md': base['incidents/2024/x.md']! });
    const reversed = [...input].reverse();
    const shuffled = [...input.slice(3), ...input.slice(0, 3)];
    const result = JSON.stringify(validateContent(input).content);
    expect(JSON.stringify(validateContent(reversed).content)).toBe(result);
    expect(JSON.stringify(validateContent(shuffled).content)).toBe(result);
    expect(validateContent(reversed).problems).toEqual(validateContent(input).problems);
  });
});

describe('single values without brackets', () => {
  it('are accepted wherever the guide promises a list', () => {
    const { content, problems } = validateContent(
      files({
        'systems/api.yaml': 'name: API\nenvironments: production\n',
        ...edit('site.yaml', 'locales: [sv, en]', 'locales: sv'),
        ...edit('schedules/train.yaml', 'skip: [2024-01-22]', 'skip: 2024-01-22'),
      }),
    );
    expect(problems).toEqual([]);
    expect(content.systems.find((s) => s.id === 'api')?.environments).toEqual([{ id: 'production' }]);
    expect(content.site.locales).toEqual(['sv']);
    expect(content.schedules[0]?.skip).toEqual(['2024-01-22']);
  });
});

describe('reading a content folder', () => {
  it('skips an editor\'s lock file that links to nothing, and reports any other such link', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'driftstatus-links-'));
    try {
      cpSync('tests/fixtures/mini', dir, { recursive: true });
      // Emacs marks a file being edited with a link like this one, whose target does not exist.
      symlinkSync('editor@host.4711:1773136200', path.join(dir, 'incidents/.#app-down.md'));
      symlinkSync('nowhere.md', path.join(dir, 'incidents/_draft.md'));
      symlinkSync('nowhere.md', path.join(dir, 'incidents/gone.md'));
      const { content, problems } = loadContent(dir);
      expect(problems.map(formatProblem)).toEqual([
        `${dir}/incidents/gone.md:1: file: cannot be read: it is a link to a file that does not exist; remove it`,
      ]);
      expect(content.incidents.map((i) => i.slug)).toEqual(['app-down']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
