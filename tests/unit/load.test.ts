/**
 * loadOrStop (src/data/load.ts), where every command and the build start: the content and "now", or
 * the problems on stderr, a closing line and exit status 1.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadOrStop, problemsFound } from '../../src/data/load.ts';
import { loadContent } from '../../src/data/read.ts';
import type { Problem } from '../../src/lib/content/problem.ts';

const MINI = 'tests/fixtures/mini';
const BROKEN = 'tests/fixtures/broken';

let stderr: string;
beforeEach(() => {
  stderr = '';
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    stderr += String(chunk);
    return true;
  });
  vi.spyOn(process, 'exit').mockImplementation((code) => {
    throw new Error(`exit ${String(code)}`);
  });
  vi.stubEnv('DRIFTSTATUS_NOW', '2026-03-10T10:30:00+01:00');
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

describe('loadOrStop', () => {
  it('returns valid content and the pinned now', () => {
    const { dir, validated, now } = loadOrStop({ dir: MINI });
    expect(dir).toBe(MINI);
    expect(validated.problems).toEqual([]);
    expect(validated.content.systems.map((s) => s.id).sort()).toEqual(['api', 'app']);
    expect(now).toBe(Date.parse('2026-03-10T10:30:00+01:00'));
    expect(stderr).toBe('');
  });

  it('prints every problem as path:line: field: message, then the count, and exits 1', () => {
    const { problems } = loadContent(BROKEN);
    expect(() => loadOrStop({ dir: BROKEN })).toThrow('exit 1');
    const lines = stderr.trimEnd().split('\n');
    expect(lines.at(-1)).toBe(`${problemsFound(problems.length)}.`);
    expect(lines).toContain('tests/fixtures/broken/incidents/app-down.md:7: end: 2026-03-09 12:00 is before start 2026-03-10 10:00');
    expect(lines).toHaveLength(problems.length + 1);
  });

  it('adds an invalid DRIFTSTATUS_NOW to the lines and the count', () => {
    vi.stubEnv('DRIFTSTATUS_NOW', 'tomorrow');
    expect(() => loadOrStop({ dir: MINI, after: ({ total }) => `${problemsFound(total)}; nothing was built.` })).toThrow('exit 1');
    expect(stderr).toBe('DRIFTSTATUS_NOW: "tomorrow" is not an ISO 8601 instant with an offset, e.g. 2024-03-06T05:30:00+01:00\n1 problem found; nothing was built.\n');
  });

  it('stops only for the problems chosen, undoing first, with the closing line asked for', () => {
    const undo = vi.fn();
    const site = (p: Problem) => p.file.endsWith('site.yaml');
    expect(loadOrStop({ dir: BROKEN, stopsFor: site }).validated.problems.length).toBeGreaterThan(0);
    expect(() => loadOrStop({ dir: BROKEN, stopsFor: (p) => p.field === 'end', undo, after: ({ content }) => `${content} end` })).toThrow('exit 1');
    expect(undo).toHaveBeenCalledOnce();
    expect(stderr.trimEnd().split('\n').at(-1)).toMatch(/^\d+ end$/);
    expect(stderr.trimEnd().split('\n').slice(0, -1).every((line) => /: end: /.test(line))).toBe(true);
  });

  it('hands the problems to print instead, an invalid now as a problem of DRIFTSTATUS_NOW', () => {
    vi.stubEnv('DRIFTSTATUS_NOW', 'tomorrow');
    const printed: Problem[] = [];
    expect(() => loadOrStop({ dir: MINI, print: (problems) => printed.push(...problems) })).toThrow('exit 1');
    expect(stderr).toBe('');
    expect(printed).toEqual([{ file: 'DRIFTSTATUS_NOW', field: 'environment', message: expect.stringContaining('"tomorrow"') }]);
  });

  it('uses content validated already instead of reading the folder', () => {
    const validated = loadContent(MINI);
    expect(loadOrStop({ dir: 'tests/fixtures/nowhere', validated }).validated).toBe(validated);
  });
});

describe('problemsFound', () => {
  it('counts in words', () => {
    expect(problemsFound(1)).toBe('1 problem found');
    expect(problemsFound(3)).toBe('3 problems found');
  });
});
