/**
 * One notify run once its settings are known: reads the ledger, plans what is due (src/lib/notify/
 * plan.ts), sends each message and records it as soon as it was accepted. Returns the exit status.
 */
import type { NotifyData } from '../../src/lib/content/schemas/notify.ts';
import type { Content, Locale } from '../../src/lib/model.ts';
import { planDeliveries, recordSent, type Ledger } from '../../src/lib/notify/plan.ts';
import type { Instant } from '../../src/lib/time.ts';
import { deliver, describe, type Delivery } from './notify-deliver.ts';
import { readLedger, writeLedger } from './notify-ledger.ts';
import type { Retry } from './notify-send.ts';
import type { InLocale, Recipient } from './notify-setup.ts';

export interface Job {
  ledgerFile: string;
  dryRun: boolean;
  material: (locale: Locale) => InLocale;
  content: Content;
  recipients: Recipient[];
  now: Instant;
  notify: NotifyData;
  credentials: { user?: string | undefined; password?: string | undefined };
  retry: Retry;
  /** Print a line (already cleaned of secrets). */
  say: (line: string) => void;
  warn: (line: string) => void;
}

export async function sendDue(job: Job): Promise<number> {
  const { ledgerFile, dryRun, material, content, recipients, now, notify, credentials, retry, say, warn } = job;
  const previous = readLedger(ledgerFile);
  if (previous && 'error' in previous) {
    warn(`${ledgerFile}: ${previous.error}. Nothing was sent: move the file away to start again from the present state (nothing old is then sent).`);
    return 1;
  }
  const events = [...material(content.site.locale).events.values()];
  const plan = planDeliveries(events, recipients, previous ?? { version: 1, recipients: {} }, now);
  for (const recipient of plan.baselined) {
    const count = Object.keys(plan.ledger.recipients[recipient.id]?.events ?? {}).length;
    say(`${recipient.id}: first run for this recipient: its ${count} present events are the baseline${dryRun ? ' (not recorded in a dry run)' : ', recorded as sent'}; nothing old is sent.`);
  }
  if (plan.stale > 0) say(`${plan.stale} events too old to be news were recorded without sending.`);
  let ledger: Ledger = plan.ledger;
  if (!dryRun && (plan.baselined.length > 0 || plan.stale > 0)) writeLedger(ledgerFile, ledger);
  let failed = 0;
  for (const { recipient, event } of plan.deliveries) {
    const delivery: Delivery = { recipient, event: material(recipient.locale).events.get(event.id) ?? event, material: material(recipient.locale) };
    if (dryRun) {
      say(`would send ${describe(delivery)}`);
      continue;
    }
    try {
      await deliver(delivery, { notify, credentials, content, retry, onRetry: (error, wait) => warn(`${recipient.id}: ${event.id}: ${error.message}; trying again in ${wait} ms`) });
      ledger = recordSent(ledger, recipient.id, event.id, Date.now());
      writeLedger(ledgerFile, ledger);
      say(`sent ${describe(delivery)}`);
    } catch (error) {
      failed += 1;
      warn(`${recipient.id}: ${event.id}: not sent: ${(error as Error).message}. It is tried again on the next run.`);
    }
  }
  const sent = plan.deliveries.length - failed;
  say(dryRun ? `Dry run: ${plan.deliveries.length} messages would be sent; nothing was sent or recorded.` : `${sent} messages sent${failed ? `, ${failed} failed` : ''}.`);
  return failed > 0 ? 1 : 0;
}
