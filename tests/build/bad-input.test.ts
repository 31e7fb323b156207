/**
 * Editors' mistakes: one file per mistake in tests/fixtures/bad/, each applied to a fresh copy of the
 * valid tests/fixtures/mini. `npm run check` and `astro build` must both refuse it with a
 * `path:line: field: message` line and no stack trace, and undoing the mistake must make the folder
 * valid again.
 *
 * Both commands refuse content through `loadOrStop` (src/data/load.ts: `loadContent`, then the checks
 * that need "now"): the check prints its problems, the build's integration prints the same and stops;
 * both print the warnings of `warningsOf`, which only `check --strict` fails on. So every case runs
 * through the same functions in this process, and a few (END_TO_END) also through the real commands,
 * to prove that wiring.
 *
 * A case file says what the mistake is, which file it breaks or adds, and how, in exactly one form:
 *
 *   mistake: an incident ends before it starts     # for people
 *   file: incidents/app-down.md                    # path inside the content folder
 *   replace: { "end: …12:00": "end: …09:00" }      # exact text replacements, each found exactly once
 *   write: |                                       # or: the whole file (added, or replacing the original)
 *   bytes: "2d 2d 2d 0a …"                         # or: raw bytes, in hex
 *   repeat: { text: "…\n", times: 25000 }          # or: the file is `text` repeated
 *   delete: true                                   # or: the file is removed
 *   link: ../elsewhere.md                          # or: the file is a symbolic link to this path
 *   also: { "schedules/weekly.yaml": "…" }          # optional: further new files the mistake needs
 *   reported: incidents/other.md                   # optional: the file the line names, when not `file`
 *   field: end                                     # the field the line names (optional with expect)
 *   line: 7                                        # optional: the line it names
 *   says: is before start                          # optional: words of the message
 *   expect: "incidents/app-down.md:7: end: …"      # optional: the exact line, the folder's path left out
 *   warning: true                                  # optional: a plausibility warning, not an error:
 *                                                  #   no problem, and `expect` is among the warnings
 *
 * A file ending in `.yaml.pending` is a mistake the tools do not yet report as they should; it says
 * why at its top and is not run until it is renamed to `.yaml`.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { spawnSync } from 'node:child_process';
import { warningsOf } from '../../src/data/load.ts';
import { loadContent } from '../../src/data/read.ts';
import { formatProblem } from '../../src/lib/content/problem.ts';
import { problemsAt } from '../../src/lib/content/validate/at.ts';
import { buildSite, checkContent, hasStackTrace, sharedBuild, userEnv } from '../support/site.ts';

const mini = 'tests/fixtures/mini';
const casesDir = 'tests/fixtures/bad';
const now = '2026-03-10T10:30:00+01:00';
const nowInstant = Date.parse(now);

/**
 * Cases also run through `npm run check` and `astro build` as processes: one of each way a mistake is
 * found (the YAML parser, a check across files, reading the bytes) and the site.yaml mistakes, whose
 * values astro.config.mjs uses before the integration can speak.
 */
const END_TO_END = new Set(['01-yaml-unclosed-bracket', '41-duplicate-slug', '62-not-utf8', '68-site-locales-without-default', '71-site-invalid-url']);
/** Warnings run through `npm run check` (passes), `check --strict` (fails) and the build (prints it, builds). */
const END_TO_END_WARNINGS = new Set(['158-warning-same-outage-twice']);

interface Mistake {
  mistake: string;
  file: string;
  also?: Record<string, string>;
  reported?: string;
  replace?: Record<string, string>;
  write?: string;
  bytes?: string;
  repeat?: { text: string; times: number };
  delete?: true;
  link?: string;
  field?: string;
  line?: number;
  says?: string;
  expect?: string;
  warning?: true;
}

const FORMS = ['replace', 'write', 'bytes', 'repeat', 'delete', 'link'] as const;

/** Reads one case file, refusing a malformed one so that a typo in a case cannot pass unnoticed. */
function readCase(name: string): Mistake {
  const data: unknown = parse(readFileSync(path.join(casesDir, name), 'utf8'));
  const fail = (why: string): never => {
    throw new Error(`${casesDir}/${name}: ${why}`);
  };
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return fail('must be a mapping');
  const c = data as Record<string, unknown>;
  const known = new Set<string>(['mistake', 'file', 'also', 'reported', 'field', 'line', 'says', 'expect', 'warning', ...FORMS]);
  for (const key of Object.keys(c)) if (!known.has(key)) fail(`unknown field "${key}"`);
  const needed = c['expect'] === undefined ? (['mistake', 'file', 'field'] as const) : (['mistake', 'file', 'expect'] as const);
  for (const key of needed) if (typeof c[key] !== 'string' || c[key] === '') fail(`needs ${key}`);
  if (c['warning'] !== undefined && (c['warning'] !== true || c['expect'] === undefined)) fail('warning must be true, and needs expect');
  const also = c['also'];
  if (also !== undefined && (typeof also !== 'object' || also === null || !Object.values(also).every((v) => typeof v === 'string'))) {
    fail('also must map paths to file texts');
  }
  const forms = FORMS.filter((form) => c[form] !== undefined);
  if (forms.length !== 1) fail(`needs exactly one of ${FORMS.join(', ')}`);
  const replace = c['replace'];
  if (replace !== undefined && (typeof replace !== 'object' || replace === null || !Object.values(replace).every((v) => typeof v === 'string'))) {
    fail('replace must map text to text');
  }
  if (c['write'] !== undefined && typeof c['write'] !== 'string') fail('write must be text');
  if (c['bytes'] !== undefined && (typeof c['bytes'] !== 'string' || !/^(\s*[0-9a-f]{2})+\s*$/i.test(c['bytes']))) fail('bytes must be hex');
  const repeat = c['repeat'] as { text?: unknown; times?: unknown } | undefined;
  if (repeat !== undefined && (typeof repeat.text !== 'string' || !Number.isInteger(repeat.times))) fail('repeat needs text and times');
  if (c['delete'] !== undefined && c['delete'] !== true) fail('delete must be true');
  if (c['link'] !== undefined && (typeof c['link'] !== 'string' || c['link'] === '')) fail('link must be a path');
  if (c['line'] !== undefined && !Number.isInteger(c['line'])) fail('line must be a number');
  for (const key of ['reported', 'says', 'field'] as const) if (c[key] !== undefined && typeof c[key] !== 'string') fail(`${key} must be text`);
  return c as unknown as Mistake;
}

/** Makes the mistake in the content folder `dir` (its further files first); returns how to undo it. */
function apply(dir: string, c: Mistake): () => void {
  const undoAlso = Object.entries(c.also ?? {}).map(([file, text]) => applyOne(dir, { mistake: c.mistake, file, write: text }));
  const undo = applyOne(dir, c);
  return () => {
    undo();
    for (const undoOne of undoAlso.reverse()) undoOne();
  };
}

/** Makes the change `c` describes to its one file; returns how to undo it. */
function applyOne(dir: string, c: Mistake): () => void {
  const target = path.join(dir, c.file);
  const original = existsSync(target) ? readFileSync(target) : undefined;
  let created: string | undefined;
  const write = (content: string | Buffer) => {
    created = mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, content);
  };
  if (c.replace) {
    if (!original) throw new Error(`${c.file} does not exist in ${mini}, so there is nothing to replace in`);
    let text = original.toString('utf8');
    for (const [from, to] of Object.entries(c.replace)) {
      const found = text.split(from).length - 1;
      if (found !== 1) throw new Error(`${c.file}: ${JSON.stringify(from)} is found ${found} times, not once`);
      text = text.replace(from, () => to);
    }
    write(text);
  } else if (c.write !== undefined) write(c.write);
  else if (c.bytes !== undefined) write(Buffer.from(c.bytes.replace(/\s+/g, ''), 'hex'));
  else if (c.repeat) write(c.repeat.text.repeat(c.repeat.times));
  else if (c.delete) rmSync(target);
  else if (c.link !== undefined) {
    // Made here, not kept in git: a link in the fixtures would not survive every checkout.
    if (original) throw new Error(`${c.file} exists in ${mini}; a link must be a new file`);
    created = mkdirSync(path.dirname(target), { recursive: true });
    symlinkSync(c.link, target);
  }
  return () => {
    if (original) writeFileSync(target, original);
    else rmSync(target);
    if (created) rmSync(created, { recursive: true });
  };
}

/** Every file and folder below `dir`, with the files' contents: to prove an undo restores the copy exactly. */
function snapshot(dir: string): Record<string, string> {
  const entries = readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();
  return Object.fromEntries(
    entries.map((entry) => {
      const full = path.join(dir, entry);
      return [entry, statSync(full).isDirectory() ? '(folder)' : readFileSync(full).toString('base64')];
    }),
  );
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The printed line for the case's problem, if any: `<dir>/` followed by `expect`, else a line
 * `<dir>/<file>:<line>: <field>: …<says>…`.
 */
function problemLine(output: string, dir: string, c: Mistake): string | undefined {
  if (c.expect !== undefined) {
    return output.split('\n').find((line) => [c.expect, `${c.expect} (warning)`].includes(line.replaceAll(`${dir}/`, '')));
  }
  const prefix = new RegExp(`^${escape(`${dir}/${c.reported ?? c.file}`)}:${c.line ?? '\\d+'}: ${escape(c.field ?? '')}: `);
  return output.split('\n').find((line) => prefix.test(line) && (c.says === undefined || line.includes(c.says)));
}

/** What `npm run check` would print of the content in `dir`: its problems, else its warnings, without the folder's path. */
function findings(dir: string): { problems: string[]; warnings: string[] } {
  const validated = loadContent(dir);
  const problems = [...validated.problems, ...problemsAt(validated.content, nowInstant).map(validated.withLine)];
  // The folder's path left out, wherever the line names a file.
  const relative = (line: string) => line.replaceAll(`${dir}/`, '');
  if (problems.length > 0) return { problems: problems.map(formatProblem).map(relative), warnings: [] };
  // A copy outside git has no history: the empty map saves a `git log` per case.
  const warnings = warningsOf({ dir, validated, now: nowInstant }, new Map());
  return { problems: [], warnings: warnings.map(formatProblem).map(relative) };
}

const made: string[] = [];
const fresh = (prefix: string) => {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  made.push(dir);
  return dir;
};
/** A fresh copy of the valid mini site. */
const copyOfMini = () => {
  const dir = fresh('driftstatus-bad-');
  cpSync(mini, dir, { recursive: true });
  return dir;
};

afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

const cases = readdirSync(casesDir)
  .filter((name) => name.endsWith('.yaml'))
  .sort()
  .map((name): [string, Mistake] => [name.replace(/\.yaml$/, ''), readCase(name)]);

/** Each case's line as `<dir>/<file>:<line>: <field>: …<says>…`, for the failure message. */
const expectedLine = (dir: string, c: Mistake) =>
  c.expect !== undefined ? `${dir}/${c.expect}` : `${dir}/${c.reported ?? c.file}:${c.line ?? '<line>'}: ${c.field}:${c.says ? ` …${c.says}…` : ''}`;

/** The warnings of the untouched mini site at `now`: a warning case adds exactly one to them. */
const baseline = findings(copyOfMini());

describe('an editor\'s mistake is found by the validation both commands run, with its file, line and field', () => {
  it.each(cases.filter(([, c]) => !c.warning))('%s', (_, c) => {
    const dir = copyOfMini();
    const before = snapshot(dir);
    const undo = apply(dir, c);

    // What `npm run check` prints to stderr and the build prints before stopping, one line per problem.
    const { problems: lines } = findings(dir);
    const output = lines.map((line) => `${dir}/${line}`).join('\n');
    expect(lines.length, `${c.mistake}: refused`).toBeGreaterThan(0);
    expect(problemLine(output, dir, c), `${c.mistake}: expected ${expectedLine(dir, c)} in\n${output}`).toBeDefined();
    // One mistake, one line: nothing that follows from it is reported again.
    expect(lines, c.mistake).toHaveLength(1);
    expect(hasStackTrace(output), output).toBe(false);

    undo();
    expect(snapshot(dir)).toEqual(before);
    expect(findings(dir).problems).toEqual([]);
  });
});

describe('a plausible slip is warned about, with its file, line, field and reason, and does not stop anything', () => {
  it('the untouched mini site has no problem', () => {
    expect(baseline.problems).toEqual([]);
  });

  it.each(cases.filter(([, c]) => c.warning))('%s', (_, c) => {
    const dir = copyOfMini();
    const before = snapshot(dir);
    const undo = apply(dir, c);

    const { problems, warnings } = findings(dir);
    expect(problems, `${c.mistake}: not an error`).toEqual([]);
    // One slip, one warning: the new warnings are exactly the expected line.
    expect(warnings.filter((w) => !baseline.warnings.includes(w)), c.mistake).toEqual([c.expect]);

    undo();
    expect(snapshot(dir)).toEqual(before);
    expect(findings(dir)).toEqual(baseline);
  });
});

describe('an editor\'s mistake is refused by npm run check and by the build, with its file, line and field', () => {
  it.each(cases.filter(([name]) => END_TO_END.has(name)))('%s', (_, c) => {
    const dir = copyOfMini();
    const before = snapshot(dir);
    const undo = apply(dir, c);
    const expected = expectedLine(dir, c);

    const check = checkContent(dir);
    const checkOutput = check.stderr + check.stdout;
    expect(check.status, `${c.mistake}\n${checkOutput}`).toBe(1);
    expect(problemLine(check.stderr, dir, c), `${c.mistake}: expected ${expected} in\n${checkOutput}`).toBeDefined();
    expect(check.stderr, c.mistake).toMatch(/^1 problem found\.$/m);
    expect(hasStackTrace(check.stdout), checkOutput).toBe(false);
    expect(hasStackTrace(check.stderr), checkOutput).toBe(false);

    const build = buildSite(dir, now);
    made.push(build.outDir);
    const buildOutput = build.stderr + build.stdout;
    expect(build.status, `${c.mistake}\n${buildOutput}`).toBe(1);
    expect(problemLine(build.stderr, dir, c), `${c.mistake}: expected ${expected} in\n${buildOutput}`).toBeDefined();
    expect(hasStackTrace(build.stdout), buildOutput).toBe(false);
    expect(hasStackTrace(build.stderr), buildOutput).toBe(false);
    expect(readdirSync(build.outDir), 'nothing is built').toEqual([]);

    undo();
    expect(snapshot(dir)).toEqual(before);
    const fixed = checkContent(dir);
    expect(fixed.status, fixed.stderr + fixed.stdout).toBe(0);
  }, 60_000);

  it.each(cases.filter(([name]) => END_TO_END_WARNINGS.has(name)))('%s (a warning)', (_, c) => {
    const dir = copyOfMini();
    apply(dir, c);
    const expected = expectedLine(dir, c);
    const check = (...args: string[]) => {
      const result = spawnSync(process.execPath, ['scripts/check.ts', ...args], { encoding: 'utf8', env: userEnv({ DRIFTSTATUS_CONTENT: dir, DRIFTSTATUS_NOW: now }) });
      return { status: result.status, stdout: result.stdout, stderr: result.stderr };
    };
    const plain = check();
    expect(plain.status, plain.stderr + plain.stdout).toBe(0);
    expect(problemLine(plain.stderr, dir, c), `${c.mistake}: expected ${expected} (warning) in\n${plain.stderr}`).toBeDefined();
    const strict = check('--strict');
    expect(strict.status, strict.stderr + strict.stdout).toBe(1);
    expect(problemLine(strict.stderr, dir, c), `${c.mistake}: expected ${expected} (warning) in\n${strict.stderr}`).toBeDefined();

    const build = buildSite(dir, now);
    made.push(build.outDir);
    expect(build.status, build.stderr + build.stdout).toBe(0);
    expect(problemLine(build.stderr, dir, c), `the build prints the warning ${expected} (warning):\n${build.stderr}`).toBeDefined();
    expect(existsSync(path.join(build.outDir, 'index.html'))).toBe(true);
  }, 120_000);

  it('runs every case named to run end to end', () => {
    expect([...END_TO_END, ...END_TO_END_WARNINGS].filter((name) => !cases.some(([id]) => id === name))).toEqual([]);
  });

  // Every case's undo restores exactly this state (the tests above compare the folder with its state
  // before the mistake), so one build of the untouched copy shows that each fixed folder builds. The
  // same files at the same now give the same site wherever they are, so the build is shared.
  it('builds the untouched copy of the mini site', () => {
    const build = sharedBuild(copyOfMini(), now);
    expect(build.status, build.stderr).toBe(0);
    expect(existsSync(path.join(build.outDir, 'index.html'))).toBe(true);
  }, 120_000);
});
