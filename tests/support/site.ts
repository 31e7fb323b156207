/** Helpers for tests that build the site: run the real CLI, then read what it wrote. */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { inject } from 'vitest';
import { withAstro } from './astro-lock.ts';

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * The environment a user's shell would give: without the test runner's NODE_ENV=test and VITEST
 * variables (which change how Vite builds and serves), with Astro's telemetry off.
 */
export function userEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => key !== 'NODE_ENV' && !key.startsWith('VITEST')));
  return { ...env, ASTRO_TELEMETRY_DISABLED: '1', ...extra };
}

/** Runs a command with the Node running the tests (Node 24 from the `node` package). */
function run(script: string, args: string[], env: Record<string, string>): Run {
  const result = spawnSync(process.execPath, [path.resolve(script), ...args], { encoding: 'utf8', env: userEnv(env) });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** `astro build` of `content` at the pinned `now` into a fresh folder; the caller holds the Astro lock. */
function spawnBuild(content: string, now: string, env: Record<string, string>): Run & { outDir: string } {
  const outDir = mkdtempSync(path.join(tmpdir(), 'driftstatus-dist-'));
  const result = run('node_modules/.bin/astro', ['build', '--outDir', outDir], { DRIFTSTATUS_CONTENT: content, DRIFTSTATUS_NOW: now, ...env });
  return { ...result, outDir };
}

/** `astro build` of `content` at the pinned `now` into a fresh folder, which the caller owns. */
export function buildSite(content: string, now: string, env: Record<string, string> = {}): Run & { outDir: string } {
  return withAstro(() => spawnBuild(content, now, env));
}

/**
 * What a build's output depends on: every file below `content` (names, link targets, bytes), `now`
 * and the extra environment. Two folders with the same files give the same key wherever they are.
 */
export function buildKey(content: string, now: string, env: Record<string, string> = {}): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ now, env: Object.entries(env).sort() }));
  for (const entry of readdirSync(content, { recursive: true, encoding: 'utf8' }).sort()) {
    const full = path.join(content, entry);
    const stats = lstatSync(full);
    hash.update(`\0${entry}\0`);
    if (stats.isSymbolicLink()) hash.update(`link:${readlinkSync(full)}`);
    else if (stats.isFile()) hash.update(readFileSync(full));
    else hash.update('(folder)');
  }
  return hash.digest('hex');
}

/**
 * `buildSite`, but each `(content, now, env)` is built once per test run and shared by every test
 * file that asks for it: the caller must only read the folder. Only successful builds are kept; a
 * failing one is returned as it is (in a folder of its own).
 */
export function sharedBuild(content: string, now: string, env: Record<string, string> = {}): Run & { outDir: string } {
  // Provided by tests/support/global-setup.ts; absent when a file runs under another configuration.
  const cache = inject('buildCache') as string | undefined;
  if (!cache) return buildSite(content, now, env);
  const outDir = path.join(cache, buildKey(content, now, env));
  const record = `${outDir}.json`;
  const kept = (): (Run & { outDir: string }) | undefined =>
    existsSync(record) ? { ...(JSON.parse(readFileSync(record, 'utf8')) as Run), outDir } : undefined;
  // Looked up again once the lock is held: another file may have built the same while this one waited.
  return (
    kept() ??
    withAstro(() => {
      const earlier = kept();
      if (earlier) return earlier;
      const build = spawnBuild(content, now, env);
      if (build.status !== 0) return build;
      renameSync(build.outDir, outDir);
      const result: Run = { status: build.status, stdout: build.stdout, stderr: build.stderr };
      writeFileSync(record, JSON.stringify(result));
      return { ...result, outDir };
    })
  );
}

/** `npm run check` on `content`. */
export function checkContent(content: string): Run {
  return run('scripts/check.ts', [], { DRIFTSTATUS_CONTENT: content });
}

/** A built page, parsed. */
export function readPage(outDir: string, page = 'index.html'): HTMLElement {
  return parse(readFileSync(path.join(outDir, page), 'utf8'));
}

/** True when output looks like a stack trace rather than an editor's message. */
export function hasStackTrace(output: string): boolean {
  return /^\s+at .+[:(]\d+/m.test(output) || /\b(TypeError|ReferenceError|ZodError)\b/.test(output);
}
