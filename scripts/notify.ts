/**
 * `npm run notify [-- --dry-run] [--ledger FILE] [--now ISO]`: after a deploy (and on the schedule),
 * tells the recipients of site.yaml's `notify:` section what is new since the last run — incidents
 * opened, updated and resolved; planned work announced, moved, cancelled, reminded of, started and
 * ended — each event once per recipient. What was sent is kept in a ledger (default
 * `.driftstatus/notify-ledger.json`), written after each accepted message; see src/lib/notify/plan.ts.
 *
 * Exit status: 0 when everything due was sent (or there was nothing), 1 when a message failed (it is
 * tried again next run) or the configuration is incomplete, 2 for a wrongly called command.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { loadOrStop } from '../src/data/load.ts';
import { gitHistory } from '../src/data/history.ts';
import { windowFileRevisions } from '../src/data/revisions.ts';
import { redactor } from '../src/lib/notify/redact.ts';
import { plannedWindows } from '../src/lib/schedules.ts';
import { parseInstant, type Instant } from '../src/lib/time.ts';
import { DEFAULT_LEDGER, withLedgerLock } from './lib/notify-ledger.ts';
import { sendDue } from './lib/notify-run.ts';
import { DEFAULT_RETRY, type Retry } from './lib/notify-send.ts';
import { historyLookups, localeMaterial, resolveRecipients, siteFileOf } from './lib/notify-setup.ts';
import { Busy } from './lib/safe-write.ts';

const USAGE = 'Usage: npm run notify [-- --dry-run] [--ledger FILE] [--now 2026-03-10T10:00:00Z] [--content DIR]';

export interface Output {
  out: (line: string) => void;
  err: (line: string) => void;
}

const processOutput: Output = { out: (line) => process.stdout.write(`${line}\n`), err: (line) => process.stderr.write(`${line}\n`) };

/**
 * The command; returns its exit status. `env` supplies the secrets, DRIFTSTATUS_CONTENT,
 * DRIFTSTATUS_NOW (unless --now is given) and DRIFTSTATUS_NOTIFY_LEDGER; paths are relative to `cwd`.
 * Content with problems stops the process as every command does (`loadOrStop`).
 */
export async function main(argv: string[], env: NodeJS.ProcessEnv = process.env, cwd = process.cwd(), output: Output = processOutput): Promise<number> {
  let flags;
  try {
    flags = parseArgs({
      args: argv,
      options: { 'dry-run': { type: 'boolean' }, ledger: { type: 'string' }, now: { type: 'string' }, content: { type: 'string' }, help: { type: 'boolean' } },
      strict: true,
    }).values;
  } catch (error) {
    output.err(`${String((error as Error).message).replace(/\. [\s\S]*$/, '')}\n${USAGE}`);
    return 2;
  }
  if (flags.help) {
    output.out(USAGE);
    return 0;
  }
  const dir = path.resolve(cwd, flags.content ?? env['DRIFTSTATUS_CONTENT'] ?? 'content');
  const loaded = loadOrStop({ dir });
  let now: Instant = loaded.now;
  const pinned = flags.now ?? env['DRIFTSTATUS_NOW'];
  if (pinned) {
    const parsed = parseInstant(pinned);
    if (!parsed.ok) {
      output.err(`${flags.now ? '--now' : 'DRIFTSTATUS_NOW'}: ${parsed.error}\n${USAGE}`);
      return 2;
    }
    now = parsed.value;
  }
  const stored = loaded.validated.content;
  const notify = stored.site.notify;
  if (!notify) {
    output.out('site.yaml has no `notify:` section: nobody to tell (see "Notifications" in the README).');
    return 0;
  }
  const content = { ...stored, maintenance: plannedWindows(stored, now) };
  const dryRun = flags['dry-run'] ?? false;
  const { recipients, secrets, problems, credentials } = resolveRecipients(notify, content, loaded.validated, env, siteFileOf(dir));
  const redact = redactor(secrets);
  const say = (line: string) => output.out(redact(line));
  const warn = (line: string) => output.err(redact(line));
  if (problems.length > 0) {
    for (const problem of problems) warn(problem);
    if (!dryRun) {
      warn('Nothing was sent: set the variables, then run again.');
      return 1;
    }
  }
  const history = historyLookups(gitHistory(dir), windowFileRevisions(dir, content.site.timezone));
  const material = localeMaterial(content, now, history, { reminders: notify.reminders, minimumDays: content.site.notice.minimumDays });
  const ledgerFile = path.resolve(cwd, flags.ledger ?? env['DRIFTSTATUS_NOTIFY_LEDGER'] ?? DEFAULT_LEDGER);
  const run = () => sendDue({ ledgerFile, dryRun, material, content, recipients, now, notify, credentials, retry: retryFrom(env), say, warn });
  if (dryRun) return run();
  try {
    return await withLedgerLock(ledgerFile, run);
  } catch (error) {
    if (error instanceof Busy) {
      warn(`${ledgerFile}: another npm run notify is still running: this one sent nothing.`);
      return 1;
    }
    throw error;
  }
}

/** DRIFTSTATUS_NOTIFY_RETRY_MS sets the first pause between attempts (the tests make it short). */
function retryFrom(env: NodeJS.ProcessEnv): Retry {
  const first = Number(env['DRIFTSTATUS_NOTIFY_RETRY_MS']);
  return Number.isFinite(first) && first >= 0 && env['DRIFTSTATUS_NOTIFY_RETRY_MS'] ? { ...DEFAULT_RETRY, firstDelayMs: first } : DEFAULT_RETRY;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = await main(process.argv.slice(2));
}
