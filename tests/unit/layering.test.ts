/**
 * The code's shape, as issue 12 set it: `src/lib/` is pure domain logic (nothing from `src/i18n/` or
 * `astro:*`), and no file or function grows past what a reader can hold.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const MAX_FILE_LINES = 300;
const MAX_FUNCTION_LINES = 80;

function filesBelow(dir: string, endings: string[]): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => endings.some((ending) => file.endsWith(ending)))
    .map((file) => path.join(dir, file).split(path.sep).join('/'))
    .sort();
}

/** Every function, method and arrow function in a TypeScript file longer than `limit` lines. */
function longFunctions(file: string, limit: number): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const first = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const last = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      if (last - first + 1 > limit) found.push(`${file}:${first + 1}: ${last - first + 1} lines`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('code shape', () => {
  it('src/lib/ imports nothing from src/i18n/ or astro:*', () => {
    const offending = filesBelow('src/lib', ['.ts']).flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .map((line, index) => ({ line, index }))
        .filter(({ line }) => /^\s*(import|export)\b.*from\s+['"](astro:|[./]+\/i18n\b)/.test(line))
        .map(({ index, line }) => `${file}:${index + 1}: ${line.trim()}`),
    );
    expect(offending).toEqual([]);
  });

  it(`has no file in src/ over ${MAX_FILE_LINES} lines`, () => {
    const long = filesBelow('src', ['.ts', '.astro', '.css'])
      .map((file) => ({ file, lines: readFileSync(file, 'utf8').split('\n').length }))
      .filter(({ lines }) => lines > MAX_FILE_LINES)
      .map(({ file, lines }) => `${file}: ${lines} lines`);
    expect(long).toEqual([]);
  });

  it(`has no function in src/ over ${MAX_FUNCTION_LINES} lines`, () => {
    expect(filesBelow('src', ['.ts']).flatMap((file) => longFunctions(file, MAX_FUNCTION_LINES))).toEqual([]);
  });
});
