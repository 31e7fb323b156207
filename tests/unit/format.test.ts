/**
 * The content format (src/lib/content/format.ts): absent means 1; content newer than the engine is
 * refused with one line naming the format and the engine's version; an older format gets the hints of
 * every migration since, and a folder already at the current format none.
 */
import { describe, expect, it } from 'vitest';
import { CONTENT_FORMAT, declaredFormat, ENGINE_VERSION, formatProblems, type Migration } from '../../src/lib/content/format.ts';
import { formatProblem } from '../../src/lib/content/problem.ts';
import { validateContent, type SourceFile } from '../../src/lib/content/validate.ts';
import engine from '../../package.json' with { type: 'json' };

const site = (head: string): SourceFile => ({
  file: 'content/site.yaml',
  kind: 'site',
  slug: 'site',
  text: `# The site.\n${head}title: T\nurl: https://s.example.org/\ntimezone: UTC\nlocale: en\n`,
});
const system: SourceFile = { file: 'content/systems/web.yaml', kind: 'system', slug: 'web', text: 'name: Web\nowner: ops\n' };

/** A made-up format 2 that renamed a system's `owner` to `team`, for the mechanism's sake. */
const renamed: Migration = {
  to: 2,
  since: '9.0.0',
  hints: (files) =>
    files
      .filter((f) => f.kind === 'system' && /^owner:/m.test(f.text))
      .map((f) => ({ file: f.file, line: f.text.split('\n').findIndex((l) => l.startsWith('owner:')) + 1, field: 'owner', message: 'is now called team: write team: instead' })),
};

describe('the content format', () => {
  it('is 1 when site.yaml does not say, and the engine reads it', () => {
    expect(declaredFormat(site(''))).toEqual({ format: 1 });
    expect(CONTENT_FORMAT).toBe(1);
    expect(formatProblems([site('')])).toEqual({ tooNew: false, problems: [] });
    expect(validateContent([site('format: 1\n')]).problems).toEqual([]);
  });

  it('is read with its line, also quoted, with a comment, after a BOM and with CRLF', () => {
    expect(declaredFormat(site('format: 3 # after the upgrade\n'))).toEqual({ format: 3, line: 2 });
    expect(declaredFormat({ ...site('format: "2"\n'), text: `\uFEFF${site('format: "2"\n').text.replace(/\n/g, '\r\n')}` })).toEqual({ format: 2, line: 2 });
  });

  it('newer than the engine stops everything else with one line naming the engine version', () => {
    // The misspelt `titel` would be a problem of its own; content of a newer format is not read at all.
    const newer = { ...site('format: 2\n'), text: site('format: 2\n').text.replace('title:', 'titel:') };
    const { problems } = validateContent([newer, system]);
    expect(ENGINE_VERSION).toBe(engine.version);
    expect(problems.map(formatProblem)).toEqual([
      `content/site.yaml:2: format: the content is written in format 2, and driftstatus ${engine.version} reads format 1: install the driftstatus version that brought format 2 or a later one (its CHANGELOG says which), e.g. npm install driftstatus@latest`,
    ]);
  });

  it('older than the engine gets each migration since as path:line: field: what to change', () => {
    const options = { current: 2, migrations: [renamed], version: '9.0.0' };
    expect(formatProblems([site(''), system], options).problems.map(formatProblem)).toEqual([
      'content/systems/web.yaml:2: owner: is now called team: write team: instead (format 2, driftstatus 9.0.0; then write format: 2 in site.yaml)',
    ]);
    expect(formatProblems([site('format: 2\n'), system], options).problems).toEqual([]);
  });

  it('is a whole number', () => {
    expect(validateContent([site('format: one\n')]).problems.map(formatProblem)).toEqual(['content/site.yaml:2: format: must be a number, not "one"']);
  });
});
