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

/** Runs a command with the Node running the tests (Node 24 from the `node` package). */
function run(script: string, args: string[], env: Record<string, string>): Run {
  const result = spawnSync(process.execPath, [path.resolve(script), ...args], {
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** `astro build` of `content` at the pinned `now` into a fresh folder. */
export function buildSite(content: string, now: string): Run & { outDir: string } {
  const outDir = mkdtempSync(path.join(tmpdir(), 'driftstatus-dist-'));
  const result = run('node_modules/.bin/astro', ['build', '--outDir', outDir], {
    DRIFTSTATUS_CONTENT: content,
    DRIFTSTATUS_NOW: now,
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
