/**
 * Writes that cannot lose an editor's words. Two commands changing one file at the same moment take
 * turns: each holds the file's lock (proper-lockfile: a lock folder created atomically, taken over
 * when its holder has been killed) from reading the file to writing it back, so the second reads what
 * the first wrote. Every write goes to a temporary file in the same folder and is renamed over the
 * file, so a command killed midway leaves the old file or the new, never half of one. The lock and
 * temporary files start with a dot, which the content reader skips.
 */
import { chmodSync, closeSync, fsyncSync, linkSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import path from 'node:path';
import lockfile from 'proper-lockfile';

/** How long a command waits for another one that is changing the same file, at most: about 30 s. */
const RETRIES = { retries: 100, factor: 1.3, minTimeout: 20, maxTimeout: 300, randomize: true };
/** A lock whose holder has not touched it for this long is taken to be left by a killed command. */
const STALE_MS = 10_000;

/** Thrown when the lock could not be had in time; the message is for the editor. */
export class Busy extends Error {}

function lockPath(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.lock`);
}

/**
 * Runs `action` while holding `file`'s lock (the file need not exist yet; its folder must). Waits
 * while another command holds it; throws `Busy` when that takes too long.
 */
export async function withLock<T>(file: string, action: () => T | Promise<T>): Promise<T> {
  let release: () => Promise<void>;
  try {
    release = await lockfile.lock(file, {
      realpath: false,
      lockfilePath: lockPath(file),
      stale: STALE_MS,
      retries: RETRIES,
      onCompromised: () => {
        // The lock was taken over (this command stalled for longer than STALE_MS): stop rather than write over another's change.
        process.stderr.write(`${file}: another command took over this file while this one was stalled: check the file, then run the command again.\n`);
        process.exit(1);
      },
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOCKED') throw new Busy('another npm run new or npm run update is still changing this file');
    throw error;
  }
  try {
    return await action();
  } finally {
    await release();
  }
}

/** Writes `text` to a new temporary file beside `file`, flushed to disk, and returns its path. */
function temporary(file: string, text: string): string {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  const fd = openSync(temp, 'wx');
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  return temp;
}

/** Replaces `file` with `text` in one step (temporary file + rename), keeping the file's permissions. */
export function replaceAtomically(file: string, text: string): void {
  const temp = temporary(file, text);
  try {
    chmodSync(temp, statSync(file).mode);
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/**
 * Creates `file` with `text` in one step, never over an existing file: false when it exists. A hard
 * link either makes the name or fails because it is taken, so two commands cannot both create it.
 */
export function createAtomically(file: string, text: string): boolean {
  const temp = temporary(file, text);
  try {
    linkSync(temp, file);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    // A file system without hard links: an exclusive create, still never over another file.
    if (code === 'EPERM' || code === 'ENOTSUP' || code === 'ENOSYS') return createExclusively(file, text);
    throw error;
  } finally {
    rmSync(temp, { force: true });
  }
}

function createExclusively(file: string, text: string): boolean {
  let fd: number;
  try {
    fd = openSync(file, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  return true;
}
