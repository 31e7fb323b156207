/**
 * Line endings and byte-order marks across a whole content folder, through `loadContent` as `check`
 * and the build read it: a copy of tests/fixtures/mini with every file rewritten with CRLF, CR, a BOM
 * or mixed endings is valid and reads as the LF original; the cases 220–239 of tests/fixtures/bad
 * (which tests/build/bad-input.test.ts also runs) are each refused with exactly their `expect` line.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/data/read.ts';
import { formatProblem } from '../../src/lib/content/problem.ts';

const MINI = 'tests/fixtures/mini';
const BAD = 'tests/fixtures/bad';

function copy(): string {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'driftstatus-eol-')), 'content');
  cpSync(MINI, dir, { recursive: true });
  return dir;
}

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(path.join(dir, f)).isFile());
}

/** The content as data, with every line ending LF, so that files differing only in line endings compare equal. */
function normalised(dir: string): unknown {
  const { content, problems } = loadContent(dir);
  expect(problems.map(formatProblem)).toEqual([]);
  return JSON.parse(JSON.stringify(content).replaceAll(dir, '<content>').replace(/\\r\\n|\\r/g, '\\n'));
}

describe('a content folder with other line endings', () => {
  const reference = normalised(copy());
  const variants: Record<string, (text: string) => string> = {
    CRLF: (text) => text.replace(/\n/g, '\r\n'),
    'CR only': (text) => text.replace(/\n/g, '\r'),
    'a BOM and CRLF': (text) => `\uFEFF${text.replace(/\n/g, '\r\n')}`,
    'mixed endings': (text) => text.split('\n').reduce((joined, line, i) => (i === 0 ? line : `${joined}${['\n', '\r\n', '\r'][i % 3]}${line}`), ''),
  };
  for (const [name, rewrite] of Object.entries(variants)) {
    it(`is valid and reads as the LF original with ${name} in every file`, () => {
      const dir = copy();
      for (const file of files(dir)) writeFileSync(path.join(dir, file), rewrite(readFileSync(path.join(dir, file), 'utf8')));
      expect(normalised(dir)).toEqual(reference);
      rmSync(path.dirname(dir), { recursive: true });
    });
  }
});

interface Case {
  mistake: string;
  file: string;
  replace?: Record<string, string>;
  write?: string;
  bytes?: string;
  field: string;
  line?: number;
  says?: string;
  expect?: string;
}

const cases = readdirSync(BAD).filter((name) => /^2[23]\d-.*\.yaml$/.test(name)).sort();

describe('cases 220–239: refused with one line', () => {
  it('exist', () => expect(cases.length).toBeGreaterThanOrEqual(5));
  it.each(cases)('%s', (name) => {
    const mistake = parse(readFileSync(path.join(BAD, name), 'utf8')) as Case;
    const dir = copy();
    const target = path.join(dir, mistake.file);
    const original = readFileSync(target);
    if (mistake.replace) {
      let text = original.toString('utf8');
      for (const [from, to] of Object.entries(mistake.replace)) {
        expect(text.split(from).length, from).toBe(2);
        text = text.replace(from, to);
      }
      writeFileSync(target, text);
    } else if (mistake.write !== undefined) {
      writeFileSync(target, mistake.write);
    } else if (mistake.bytes !== undefined) {
      writeFileSync(target, Buffer.from(mistake.bytes.replace(/\s+/g, ''), 'hex'));
    }
    const lines = loadContent(dir).problems.map(formatProblem).map((line) => line.slice(dir.length + 1));
    expect(lines).toHaveLength(1);
    const [line = ''] = lines;
    expect(line.startsWith(`${mistake.file}:${mistake.line ?? ''}`)).toBe(true);
    expect(line).toContain(`: ${mistake.field}: `);
    if (mistake.says) expect(line).toContain(mistake.says);
    if (mistake.expect) expect(line).toBe(mistake.expect);
    writeFileSync(target, original);
    expect(loadContent(dir).problems).toEqual([]);
    rmSync(path.dirname(dir), { recursive: true });
  });
});
