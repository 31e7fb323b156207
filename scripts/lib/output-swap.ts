/**
 * Replacing a build's output folder in one step: the build writes next to it, `<out>.tmp-<pid>`, and
 * only a finished build takes its place. Both folders are siblings, so the renames stay on one file
 * system and each is atomic; between them `<out>` is missing for the time of one system call.
 */
import { existsSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';

/** The folder a build of process `pid` writes to before it replaces `outDir`. */
export function tempFolder(outDir: string, pid: number): string {
  return `${outDir}.tmp-${pid}`;
}

/** Where the previous output waits while the new one takes its place. */
function oldFolder(outDir: string, pid: number): string {
  return `${outDir}.old-${pid}`;
}

/**
 * Removes what builds that were killed left beside `outDir` (their temporary and old folders); folders
 * of a build still running are kept. A build killed between its two renames left no `outDir`: its old
 * folder is put back.
 */
export function cleanStale(outDir: string, alive: (pid: number) => boolean = isAlive): void {
  const parent = path.dirname(outDir);
  const pattern = new RegExp(`^${escapeRegExp(path.basename(outDir))}\\.(tmp|old)-(\\d+)$`);
  let names: string[];
  try {
    names = readdirSync(parent);
  } catch {
    return; // no parent folder yet: nothing was ever built here
  }
  for (const name of names.sort()) {
    const match = pattern.exec(name);
    if (!match || alive(Number(match[2]))) continue;
    const folder = path.join(parent, name);
    if (match[1] === 'old' && !existsSync(outDir)) renameSync(folder, outDir);
    else rmSync(folder, { recursive: true, force: true });
  }
}

/** Puts the finished build in `temp` in the place of `outDir` and removes the previous output. */
export function swapIn(temp: string, outDir: string, pid: number): void {
  const old = oldFolder(outDir, pid);
  const hadOutput = existsSync(outDir);
  if (hadOutput) renameSync(outDir, old);
  renameSync(temp, outDir);
  if (hadOutput) rmSync(old, { recursive: true, force: true });
}

/**
 * True while a process with this id runs (also one of another user, which `kill` may not signal). A
 * process that has ended but was not yet reaped by its parent (a zombie, on Linux) has ended.
 */
export function isAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  try {
    // /proc/<pid>/stat: `pid (name) state …`; the name may hold spaces and parentheses.
    return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ').at(-1)?.[0] !== 'Z';
  } catch {
    return true; // no /proc (macOS): kill() answered
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
