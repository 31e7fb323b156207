/**
 * The validators behind validateContent (src/lib/content/validate/), each on its own over a shared
 * context: what each kind checks, and what it leaves to the others.
 */
import { describe, expect, it } from 'vitest';
import type { Kind } from '../../src/lib/content/files.ts';
import type { Problem } from '../../src/lib/content/problem.ts';
import { schemasFor } from '../../src/lib/content/schemas.ts';
import { checkOrder, createContext, unique, type EntryContext, type SourceFile } from '../../src/lib/content/validate/context.ts';
import { localDateTimeText } from '../../src/lib/time.ts';
import { validateIncidents } from '../../src/lib/content/validate/incidents.ts';
import { checkOverrides, validateMaintenance } from '../../src/lib/content/validate/maintenance.ts';
import { validateMetrics } from '../../src/lib/content/validate/metrics.ts';
import { checkRawReferences, checkReferences } from '../../src/lib/content/validate/references.ts';
import { validateReports } from '../../src/lib/content/validate/reports.ts';
import { validateSchedules } from '../../src/lib/content/validate/schedules.ts';
import { placeholderSite, validateSite } from '../../src/lib/content/validate/site.ts';
import { validateStrings } from '../../src/lib/content/validate/strings.ts';
import { validateSystems } from '../../src/lib/content/validate/systems.ts';
import { validateTranslations } from '../../src/lib/content/validate/translations.ts';

const TZ = 'Europe/Stockholm';
const SITE = `title: T\nurl: https://status.example.org/\ntimezone: ${TZ}\nlocale: sv\nlocales: [sv, en]\n`;

function source(file: string, kind: Kind, text: string, locale?: 'sv' | 'en' | 'da'): SourceFile {
  const slug = file.split('/').at(-1)?.replace(/\.(ya?ml|md|csv)$/, '').replace(/\.(sv|en|da)$/, '') ?? '';
  return locale ? { file: `content/${file}`, kind, slug, locale, text } : { file: `content/${file}`, kind, slug, text };
}

const SYSTEMS = [source('systems/app.yaml', 'system', 'name: App\nenvironments: [production, test]\n')];

/** A context as validateContent builds it, with the site and the systems above already validated. */
function entryContext(files: SourceFile[]): EntryContext {
  const all = [source('site.yaml', 'site', SITE), ...SYSTEMS, ...files];
  const base = createContext(all, 'content', []);
  const site = validateSite(base);
  const { systems, broken } = validateSystems(base);
  return { ...base, site, timeZone: TZ, schemas: schemasFor(TZ), systemById: new Map(systems.map((s) => [s.id, s])), brokenSystems: broken };
}

/** The problems recorded so far, as `field: message`. */
const messages = (ctx: { problems: readonly Problem[] }) => ctx.problems.map((p) => `${p.field}: ${p.message}`);

describe('the shared context', () => {
  it('lists the files of a kind in path order, translations left out', () => {
    const ctx = createContext([source('systems/b.yaml', 'system', ''), source('systems/a.yaml', 'system', ''), source('incidents/x.en.md', 'incident', '', 'en')], 'content', []);
    expect(ctx.byKind('system').map((f) => f.slug)).toEqual(['a', 'b']);
    expect(ctx.byKind('incident')).toEqual([]);
  });

  it('starts from the problems found while reading, and gives a problem the line of its field once the file is parsed', () => {
    const earlier = [{ file: 'content/x', field: 'file', message: 'is not UTF-8 text' }];
    const ctx = createContext([], 'content', earlier);
    expect(ctx.problems).toEqual(earlier);
    const file = source('site.yaml', 'site', SITE);
    ctx.parse(file, schemasFor(TZ).translation);
    expect(ctx.withLine({ file: file.file, field: 'timezone', message: 'x' }).line).toBe(3);
    expect(ctx.withLine({ file: file.file, field: 'timezone', message: 'x', line: 9 }).line).toBe(9);
    expect(ctx.withLine({ file: 'content/other.yaml', field: 'timezone', message: 'x' }).line).toBeUndefined();
  });

  it('keeps the first file of a slug and reports the others', () => {
    const ctx = createContext([], 'content', []);
    const files = [source('incidents/2024/a.md', 'incident', ''), source('incidents/2025/a.md', 'incident', '')];
    expect(unique(ctx, files, 'incident slug')).toEqual([files[0]]);
    expect(ctx.problems).toEqual([{ file: 'content/incidents/2025/a.md', field: 'file name', message: 'incident slug "a" is already used by content/incidents/2024/a.md' }]);
  });

  it('shows instants in the site time zone and refuses an end not after the start', () => {
    const start = Date.UTC(2024, 2, 6, 4, 30);
    expect(localDateTimeText(start, TZ)).toBe('2024-03-06 05:30');
    const ctx = entryContext([]);
    checkOrder(ctx, 'f', 'end', start, start);
    checkOrder(ctx, 'f', 'end', start, start - 60_000);
    checkOrder(ctx, 'f', 'end', start, start + 60_000);
    checkOrder(ctx, 'f', 'end', start, undefined);
    expect(messages(ctx)).toEqual(['end: 2024-03-06 05:30 is the same as start 2024-03-06 05:30', 'end: 2024-03-06 05:29 is before start 2024-03-06 05:30']);
  });
});

describe('the validators', () => {
  it('site: one site.yaml, whose locales include the default', () => {
    const missing = createContext([], 'content', []);
    expect(validateSite(missing)).toBeUndefined();
    expect(messages(missing)).toEqual(['file: is missing: every content folder needs one']);
    const wrong = createContext([source('site.yaml', 'site', SITE.replace('[sv, en]', '[en]'))], 'content', []);
    expect(validateSite(wrong)?.locales).toEqual(['en']);
    expect(messages(wrong)).toEqual(['locales: must include the default locale "sv"']);
    expect(placeholderSite.timezone).toBe('UTC');
  });

  it('site: an address with a path ends in /, and has no query or fragment', () => {
    const problems = (url: string) => {
      const ctx = createContext([source('site.yaml', 'site', SITE.replace('https://status.example.org/', url))], 'content', []);
      validateSite(ctx);
      return messages(ctx);
    };
    expect(problems('https://org.github.io/status/')).toEqual([]);
    expect(problems('https://status.example.org')).toEqual([]);
    expect(problems('https://org.github.io/status')).toEqual(['url: a site under a path ends in "/": write https://org.github.io/status/']);
    expect(problems('https://org.github.io/status/index.html')).toEqual(['url: a site under a path ends in "/": write https://org.github.io/status/']);
    expect(problems('https://org.github.io/status/?ref=x')).toEqual(['url: must not have a query or fragment: write https://org.github.io/status/']);
  });

  it('systems: environments as objects, each once; an invalid file is remembered as broken', () => {
    const ctx = createContext([source('systems/a.yaml', 'system', 'name: A\nenvironments: [test, test]\n'), source('systems/b.yaml', 'system', 'nam: B\n')], 'content', []);
    const { systems, broken } = validateSystems(ctx);
    expect(systems.map((s) => s.environments)).toEqual([[{ id: 'test' }, { id: 'test' }]]);
    expect([...broken]).toEqual(['b']);
    expect(messages(ctx)).toContain('environments[1]: lists "test" twice');
  });

  it('references: unknown systems and environments, but not of broken systems', () => {
    const ctx = entryContext([]);
    checkReferences(ctx, 'f', 'steps[0].', { systems: ['app'], environments: ['prod'] });
    checkReferences(ctx, 'f', '', { systems: ['nope'] });
    expect(checkRawReferences(ctx, 'f', { systems: 'app', environments: 'staging', bogus: 1 })).toEqual([]);
    expect(messages(ctx)).toEqual([
      'steps[0].environments[0]: unknown environment "prod" (the systems have production, test): write production, the closest id',
      'systems[0]: unknown system "nope" (no systems/nope.yaml in the content folder)',
      'environments[0]: unknown environment "staging" (the systems have production, test)',
    ]);
  });

  it('incidents: updates in order and a resolved incident with an end', () => {
    const text = '---\ntitle: X\nsystems: app\nimpact: outage\nstart: 2024-03-06 05:30\nupdates:\n  - { at: 2024-03-06 05:20, status: investigating, text: A }\n  - { at: 2024-03-06 06:00, status: resolved, text: B }\n---\n';
    const ctx = entryContext([source('incidents/2024/x.md', 'incident', text)]);
    expect(validateIncidents(ctx).map((i) => i.slug)).toEqual(['x']);
    expect(messages(ctx)).toEqual([
      "updates[0].at: 2024-03-06 05:20 is before the incident's start 2024-03-06 05:30",
      'end: is missing, but the last update says resolved: give the time the incident was over',
    ]);
  });

  it('maintenance: downtime by kind, finished and cancelled not both; names and overrides against the schedules', () => {
    const window = (slug: string, extra = '') => source(`maintenance/${slug}.md`, 'maintenance', `---\ntitle: W\nkind: hotfix\nsystems: app\nstart: 2024-03-06 05:30\nend: 2024-03-06 06:00\n${extra}---\n`);
    const schedule = source('schedules/train.yaml', 'schedule', 'title: U\nrrule: FREQ=WEEKLY;BYDAY=WE\nfirst: 2024-03-06\nsystems: app\nstart: 05:30\nend: 06:00\n');
    const ctx = entryContext([window('a', 'cancelled: true\nfinished: 2024-03-06 05:50\n'), window('train-2024-03-06-x'), window('b', 'overrides: { schedule: train, date: 2024-03-07 }\n'), schedule]);
    const windows = validateMaintenance(ctx);
    expect(windows.map((w) => w.downtime)).toEqual([false, false, false]);
    checkOverrides(ctx, windows, validateSchedules(ctx));
    expect(messages(ctx)).toEqual([
      'finished: a cancelled window cannot have finished: remove one of the two',
      'overrides.date: schedule train has no window on 2024-03-07: check the date against its rule, FREQ=WEEKLY;BYDAY=WE',
      'file name: names like "train-<date>-…" are used by the windows of schedule content/schedules/train.yaml; choose another',
    ]);
  });

  it('schedules: times for the series or per step, dates of the rule, translations in the other languages', () => {
    const text = 'title: U\nrrule: FREQ=WEEKLY;BYDAY=WE\nfirst: 2024-03-07\nsystems: app\nstart: 05:30\nend: 06:00\nskip: [2024-03-08]\nsteps: [{ start: 05:30, end: 06:00 }]\ntranslations: { sv: { title: X }, da: { title: Y } }\n';
    const ctx = entryContext([source('schedules/s.yaml', 'schedule', text)]);
    expect(validateSchedules(ctx)).toHaveLength(1);
    expect(messages(ctx)).toEqual([
      'start: give start and end either for the whole series or in each step, not both',
      'first: 2024-03-07 is not a date of the rule; its first date from there is 2024-03-13',
      'skip[0]: 2024-03-08 is not a date of the series',
      `translations.sv: "sv" is the site's default language: edit title and description above instead`,
      'translations.da: the site is not built in "da" (add it to locales in site.yaml)',
    ]);
  });

  it('reports: named after a month, figures for known systems, counts by known names', () => {
    const text = '---\navailability:\n  - { system: app, value: 99 }\n  - { system: app, environment: production, value: 98 }\n  - { system: nope, value: 1 }\nchanges: { app: 1, other: 2 }\n---\n';
    const ctx = entryContext([source('reports/2024-01.md', 'report', text), source('reports/january.md', 'report', '---\n---\n')]);
    expect(validateReports(ctx).map((r) => r.month)).toEqual(['2024-01']);
    expect(messages(ctx).map((m) => m.replace(/:.*? name a report/, ': … name a report'))).toEqual([
      'availability[1]: repeats a figure given above for the same system, environment, cause and month',
      'availability[2].system: unknown system "nope"',
      'changes.other: is neither a system id nor a group name',
      'file name: … name a report after its month, e.g. reports/2024-01.md',
    ]);
  });

  it('metrics: read in the site time zone, problems recorded', () => {
    const ctx = entryContext([source('metrics/users.csv', 'metric', 'timestamp,Users\n2024-03-06 05:30,12\n'), source('metrics/bad.csv', 'metric', 'when,what\n')]);
    expect(validateMetrics(ctx).map((m) => [m.slug, m.label, m.samples])).toEqual([['users', 'Users', [{ at: Date.UTC(2024, 2, 6, 4, 30), value: 12 }]]]);
    expect(ctx.problems.map((p) => p.field)).toEqual(['header']);
  });

  it('translations: set on their original, in the site\'s other languages, updates paired', () => {
    const incident = source('incidents/2024/x.md', 'incident', '---\ntitle: X\nsystems: app\nimpact: outage\nstart: 2024-03-06 05:30\nupdates:\n  - { at: 2024-03-06 05:40, status: investigating, text: A }\n---\n');
    const ctx = entryContext([
      incident,
      source('incidents/2024/x.en.md', 'incident', '---\ntitle: X en\nupdates:\n  - { at: 2024-03-06 05:41, text: A }\n  - { text: B }\n---\n', 'en'),
      source('incidents/2024/x.sv.md', 'incident', '---\ntitle: X sv\n---\n', 'sv'),
      source('incidents/2024/y.en.md', 'incident', '---\ntitle: Y\n---\n', 'en'),
    ]);
    const incidents = validateIncidents(ctx);
    validateTranslations(ctx, { incidents, maintenance: [], reports: [] });
    expect(incidents[0]?.translations.en?.title).toBe('X en');
    expect(messages(ctx)).toEqual([
      "updates[0].at: 2024-03-06 05:41 does not match the original's 2024-03-06 05:40",
      'updates[1]: has no counterpart: the original has 1 update',
      `file name: "sv" is the site's default language: edit content/incidents/2024/x.md instead`,
      'file name: translates "y", but there is no incident with that name',
    ]);
  });
});

describe('validateStrings', () => {
  const engine = new Map([
    ['en', { 'nav.home': 'Status', 'footer.generatedAt': 'Generated {time}.' }],
    ['sv', { 'nav.home': 'Driftläge', 'footer.generatedAt': 'Skapad {time}.' }],
  ]);
  const file = (code: string, text: string) => ({ file: `content/i18n/${code}.json`, kind: 'strings' as const, slug: code, text });

  it('makes a complete new language available, and a partial file of a shipped one rewords it', () => {
    const ctx = createContext([file('nn', '{ "nav.home": "Driftsstatus", "footer.generatedAt": "Laga {time}." }'), file('sv', '{ "nav.home": "Status" }')], 'content', []);
    expect(validateStrings(ctx, engine)).toEqual(['nn', 'sv']);
    expect(ctx.problems).toEqual([]);
  });

  it('refuses a new language that lacks strings, naming them, with every other problem of the file', () => {
    const ctx = createContext([file('nn', '{\n  "nav.home": "",\n  "nav.hom": "X"\n}')], 'content', []);
    expect(validateStrings(ctx, engine)).toEqual([]);
    expect(ctx.problems.map((p) => `${p.line ?? '-'}: ${p.field}: ${p.message.split(':')[0]}`)).toEqual([
      '2: nav.home: is empty',
      '3: nav.hom: is not a string of Driftstatus',
      '-: file: a new language needs every string; 1 missing',
    ]);
  });
});
