/** How scripts/build.ts replaces the output folder, and what it does with what killed builds left. */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { cleanStale, isAlive, swapIn, tempFolder } from '../../scripts/lib/output-swap.ts';

let root: string;
let outDir: string;

/** A folder holding one file `index.html` with `text`. */
function folder(dir: string, text: string): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'index.html'), text);
}
const page = (dir: string) => readFileSync(path.join(dir, 'index.html'), 'utf8');

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'driftstatus-swap-'));
  outDir = path.join(root, 'dist');
});

describe('swapIn', () => {
  it('puts the new build in place of the previous one and removes the previous one', () => {
    folder(outDir, 'old');
    folder(tempFolder(outDir, 42), 'new');
    swapIn(tempFolder(outDir, 42), outDir, 42);
    expect(page(outDir)).toBe('new');
    expect(readdirSync(root)).toEqual(['dist']);
  });

  it('also makes the first output folder', () => {
    folder(tempFolder(outDir, 42), 'new');
    swapIn(tempFolder(outDir, 42), outDir, 42);
    expect(readdirSync(root)).toEqual(['dist']);
  });
});

describe('cleanStale', () => {
  it('removes the folders of builds that have ended and keeps those of builds still running', () => {
    folder(outDir, 'current');
    folder(path.join(root, 'dist.tmp-101'), 'killed');
    folder(path.join(root, 'dist.old-102'), 'killed between its renames, after the first');
    folder(path.join(root, 'dist.tmp-200'), 'running');
    folder(path.join(root, 'dist.tmp-x'), 'not a build’s');
    folder(path.join(root, 'distant.tmp-101'), 'not this output’s');
    cleanStale(outDir, (pid) => pid === 200);
    expect(readdirSync(root).sort()).toEqual(['dist', 'dist.tmp-200', 'dist.tmp-x', 'distant.tmp-101']);
    expect(page(outDir)).toBe('current');
  });

  it('puts the previous output back when a build was killed between its two renames', () => {
    folder(path.join(root, 'dist.old-101'), 'previous');
    folder(path.join(root, 'dist.tmp-101'), 'finished, not yet in place');
    cleanStale(outDir, () => false);
    expect(readdirSync(root)).toEqual(['dist']);
    expect(page(outDir)).toBe('previous');
  });

  it('does nothing where nothing was ever built', () => {
    expect(() => cleanStale(path.join(root, 'missing', 'dist'))).not.toThrow();
  });
});

describe('the build started by scripts/build.ts', () => {
  it('ends when scripts/build.ts is killed with SIGKILL', async () => {
    // A parent that starts a child with the guard preloaded, as scripts/build.ts starts `astro build`;
    // the child would run forever by itself. Killed at once, before the child has even loaded the guard.
    const guard = new URL('../../scripts/lib/exit-with-parent.ts', import.meta.url).href;
    const pidFile = path.join(root, 'child.pid');
    const parentScript = `
      const { spawn } = require('node:child_process');
      const child = spawn(process.execPath, ['--import', ${JSON.stringify(guard)}, '-e', 'setInterval(() => {}, 1000)'], {
        stdio: 'ignore',
        env: { ...process.env, DRIFTSTATUS_BUILD_PARENT: String(process.pid) },
      });
      require('node:fs').writeFileSync(${JSON.stringify(pidFile)}, String(child.pid));
      setInterval(() => {}, 1000);`;
    const parent = spawn(process.execPath, ['-e', parentScript], { stdio: 'ignore' });
    await expect.poll(() => existsSync(pidFile) && readFileSync(pidFile, 'utf8') !== '').toBe(true);
    const child = Number(readFileSync(pidFile, 'utf8'));
    expect(isAlive(child)).toBe(true);
    parent.kill('SIGKILL');
    await expect.poll(() => isAlive(child), { timeout: 5_000 }).toBe(false);
  });
});
