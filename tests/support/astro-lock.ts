/**
 * One Astro process at a time across the test files of a run: every `astro build` and `astro dev`
 * reads and writes the project's caches (.astro/, node_modules/.astro/, node_modules/.vite/), which
 * two processes would overwrite under each other. Files that only read built sites or drive the
 * browser run in parallel meanwhile.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { inject } from 'vitest';

const POLL_MS = 100;

/** The lock folder of this run, or none when the files do not run under tests/support/global-setup.ts. */
function lockDir(): string | undefined {
  const cache = inject('buildCache') as string | undefined;
  return cache && path.join(cache, 'astro.lock');
}

/** Takes the lock if it is free or its holder has died; true when taken. */
function tryLock(dir: string): boolean {
  try {
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'pid'), String(process.pid));
    return true;
  } catch {
    let holder = NaN;
    try {
      holder = Number(readFileSync(path.join(dir, 'pid'), 'utf8'));
    } catch {
      return false; // just made, its pid not yet written
    }
    if (alive(holder)) return false;
    rmSync(dir, { recursive: true, force: true });
    return false;
  }
}

function alive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const release = (dir: string | undefined) => () => {
  if (dir) rmSync(dir, { recursive: true, force: true });
};

/** Runs `work` (which spawns Astro and waits for it) while holding the lock. */
export function withAstro<T>(work: () => T): T {
  const dir = lockDir();
  if (dir) {
    const pause = new Int32Array(new SharedArrayBuffer(4));
    while (!tryLock(dir)) Atomics.wait(pause, 0, 0, POLL_MS);
  }
  try {
    return work();
  } finally {
    release(dir)();
  }
}

/** Waits for the lock without blocking; returns its release, for a process that outlives one call (`astro dev`). */
export async function holdAstro(): Promise<() => void> {
  const dir = lockDir();
  if (dir) while (!tryLock(dir)) await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  return release(dir);
}

/**
 * Stops an `astro dev` process and waits until it has exited — with SIGKILL after 15 s — so that the
 * next Astro process of the run never finds it still running (Astro 7 refuses a second dev server).
 */
export async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill();
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(timer);
}
