/**
 * The time mistakes of the bad-input suite (tests/fixtures/bad/2[01]x-*.yaml, issue 14 item 2), checked
 * in-process with their exact lines until tests/build/bad-input.test.ts reads `expect` and `warning`:
 * each case is refused (or, with `warning: true`, warned about while the folder stays valid) with
 * exactly its `expect` line, and undoing it leaves a valid folder without warnings. Also the case that
 * is no mistake: a time with an offset in the repeated hour is accepted as written.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadContent } from '../../src/data/read.ts';
import { formatProblem } from '../../src/lib/content/problem.ts';
import { contentWarnings } from '../../src/lib/content/warnings.ts';

const mini = 'tests/fixtures/mini';
const casesDir = 'tests/fixtures/bad';
// The bad-input suite's "now".
const now = Date.parse('2026-03-10T10:30:00+01:00');

interface TimeCase {
  mistake: string;
  file: string;
  replace?: Record<string, string>;
  write?: string;
  field: string;
  line: number;
  expect: string;
  warning?: true;
}

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** Errors and warnings of the folder, as `check` prints them but without the folder's path. */
function lines(dir: string): { errors: string[]; warnings: string[] } {
  const { content, problems, withLine } = loadContent(dir);
  const strip = (line: string) => (line.startsWith(`${dir}/`) ? line.slice(dir.length + 1) : line);
  const warnings = problems.length > 0 ? [] : contentWarnings(content, now).map(withLine).map(formatProblem);
  return { errors: problems.map(formatProblem).map(strip), warnings: warnings.map(strip) };
}

function copyOfMini(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'driftstatus-times-'));
  made.push(dir);
  cpSync(mini, dir, { recursive: true });
  return dir;
}

const cases = readdirSync(casesDir)
  .filter((name) => /^2[01]\d-.*\.yaml$/.test(name))
  .sort()
  .map((name): [string, TimeCase] => [name, parse(readFileSync(path.join(casesDir, name), 'utf8')) as TimeCase]);

describe('time mistakes, each with its exact line', () => {
  it('has cases for the repeated hour, the spring gap and the zone forms', () => {
    expect(cases.length).toBeGreaterThanOrEqual(15);
  });

  it('starts from a folder with neither problems nor warnings', () => {
    expect(lines(copyOfMini())).toEqual({ errors: [], warnings: [] });
  });

  it.each(cases)('%s', (_, c) => {
    expect(c.expect.startsWith(`${c.file}:${c.line}: ${c.field}: `), 'expect names file, line and field').toBe(true);
    const dir = copyOfMini();
    const target = path.join(dir, c.file);
    const original = readFileSync(target, 'utf8');
    let text = c.write ?? original;
    for (const [from, to] of Object.entries(c.replace ?? {})) {
      expect(text.split(from).length - 1, `${from} found once`).toBe(1);
      text = text.replace(from, () => to);
    }
    writeFileSync(target, text);
    expect(lines(dir)).toEqual(c.warning ? { errors: [], warnings: [c.expect] } : { errors: [c.expect], warnings: [] });
    writeFileSync(target, original);
    expect(lines(dir)).toEqual({ errors: [], warnings: [] });
  });
});

describe('a time with an offset that contradicts nothing', () => {
  it('is accepted without a warning and means the instant written, the second pass of the repeated hour too', () => {
    const dir = copyOfMini();
    const target = path.join(dir, 'incidents/app-down.md');
    const text = readFileSync(target, 'utf8')
      .replace('start: 2026-03-10 10:00', 'start: 2025-10-26 02:30+01:00')
      .replace('end: 2026-03-10 12:00', 'end: 2025-10-26 02:50+01:00')
      .replace('at: 2026-03-10 10:10', 'at: 2025-10-26 02:40 +01:00')
      .replace('at: 2026-03-10 12:05', 'at: 2025-10-26T01:55Z');
    writeFileSync(target, text);
    expect(lines(dir)).toEqual({ errors: [], warnings: [] });
    const [incident] = loadContent(dir).content.incidents;
    // 02:30+01:00 is 01:30Z, the second 02:30 of the night; the incident lasts 20 minutes, not 80.
    expect(incident?.start).toBe(Date.UTC(2025, 9, 26, 1, 30));
    expect(incident?.end).toBe(Date.UTC(2025, 9, 26, 1, 50));
    expect(incident?.updates.map((u) => u.at)).toEqual([Date.UTC(2025, 9, 26, 1, 40), Date.UTC(2025, 9, 26, 1, 55)]);
  });
});
