/** Helpers for tests that build the site: run the real CLI, then read what it wrote. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

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

/** `astro build` of `content` at the pinned `now` into a fresh folder. */
export function buildSite(content: string, now: string, env: Record<string, string> = {}): Run & { outDir: string } {
  const outDir = mkdtempSync(path.join(tmpdir(), 'driftstatus-dist-'));
  const result = run('node_modules/.bin/astro', ['build', '--outDir', outDir], {
    DRIFTSTATUS_CONTENT: content,
    DRIFTSTATUS_NOW: now,
    ...env,
  });
  return { ...result, outDir };
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
