/**
 * The ledger of what `npm run notify` has sent, on disk: read once per run, and written again after
 * each message a server accepted, each time to a temporary file that is renamed over the ledger, so a
 * run killed at any moment leaves the ledger as it was after its last accepted message, never half of
 * one. A run holds the ledger's lock (proper-lockfile, as scripts/lib/safe-write.ts does) from reading
 * it to its last write, so two runs at once (a deploy and the schedule) cannot both send a message.
 */
import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { parseLedger, type Ledger } from '../../src/lib/notify/plan.ts';
import { withLock } from './safe-write.ts';

/** Where the ledger is kept unless `--ledger` or DRIFTSTATUS_NOTIFY_LEDGER says otherwise (relative to the working directory). */
export const DEFAULT_LEDGER = '.driftstatus/notify-ledger.json';

/** The ledger at `file`: undefined when there is none yet; an error message when the file is not a ledger. */
export function readLedger(file: string): Ledger | undefined | { error: string } {
  let text: string | undefined;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') return { error: `cannot be read (${(error as NodeJS.ErrnoException).code})` };
  }
  return parseLedger(text);
}

/** Writes `ledger` to `file` in one step: a flushed temporary file beside it, renamed over it. */
export function writeLedger(file: string, ledger: Ledger): void {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  const fd = openSync(temp, 'wx');
  try {
    writeSync(fd, `${JSON.stringify(ledger, null, 2)}\n`);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/** Runs `action` holding the ledger's lock; its folder is made first. */
export async function withLedgerLock<T>(file: string, action: () => Promise<T>): Promise<T> {
  mkdirSync(path.dirname(file), { recursive: true });
  return withLock(file, action);
}
