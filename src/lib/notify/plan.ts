/**
 * Who gets which event, and what was sent already. The ledger records, per recipient, every event it
 * was sent (or that was there before it started getting messages); `planDeliveries` compares it with the
 * events now and returns what is new. Pure: the script reads and writes the ledger file (scripts/lib/).
 *
 * - A recipient the ledger does not know (the first run on a site, or a recipient just added) gets
 *   nothing old: every present event is recorded as its baseline and none is sent.
 * - A stale event (events.ts) is recorded without being sent.
 * - Every other event not in the ledger is a delivery; the script records each once the server has
 *   accepted it, so a run that fails midway leaves the rest for the next run.
 */
import type { NotifyRecipientData } from '../content/schemas/notify.ts';
import type { Affecting } from '../model.ts';
import { toIso, type Instant } from '../time.ts';
import { eventCategory, type NotifyEvent } from './events.ts';

/** How an event came to be in the ledger. */
export type Recorded = { at: string; as: 'sent' | 'baseline' | 'stale' };

export interface Ledger {
  version: 1;
  recipients: Record<string, { since: string; events: Record<string, Recorded> }>;
}

export type Recipient = Pick<NotifyRecipientData, 'id' | 'systems' | 'environments' | 'kinds'>;

export interface Plan<R extends Recipient> {
  deliveries: { recipient: R; event: NotifyEvent }[];
  /** The ledger with the baselines and stale events recorded (the deliveries are recorded as they are accepted). */
  ledger: Ledger;
  /** Recipients seen for the first time, whose present events became their baseline. */
  baselined: R[];
  /** How many events were recorded as stale, without sending. */
  stale: number;
}

export const emptyLedger = (): Ledger => ({ version: 1, recipients: {} });

/** Whether `recipient` wants `event`: its kinds, and its systems and environments (an entry that names none touches all). */
export function wants(recipient: Recipient, event: NotifyEvent): boolean {
  if (recipient.kinds && !recipient.kinds.includes(eventCategory(event))) return false;
  const entry: Affecting = 'incident' in event ? event.incident : event.window;
  if (recipient.systems && !entry.systems.some((system) => recipient.systems!.includes(system))) return false;
  if (recipient.environments && entry.environments && !entry.environments.some((env) => recipient.environments!.includes(env))) return false;
  return true;
}

/** The deliveries due at `now` (see the header), in the order of the events. */
export function planDeliveries<R extends Recipient>(events: readonly NotifyEvent[], recipients: readonly R[], previous: Ledger, now: Instant): Plan<R> {
  const ledger: Ledger = structuredClone(previous);
  const stamp = toIso(now);
  const deliveries: Plan<R>['deliveries'] = [];
  const baselined: R[] = [];
  let stale = 0;
  for (const recipient of recipients) {
    let entry = ledger.recipients[recipient.id];
    const first = entry === undefined;
    entry ??= ledger.recipients[recipient.id] = { since: stamp, events: {} };
    if (first) baselined.push(recipient);
    for (const event of events) {
      if (!wants(recipient, event) || entry.events[event.id]) continue;
      if (first || event.stale) {
        entry.events[event.id] = { at: stamp, as: first ? 'baseline' : 'stale' };
        if (!first) stale += 1;
      } else deliveries.push({ recipient, event });
    }
  }
  return { deliveries, ledger, baselined, stale };
}

/** `ledger` with `eventId` recorded as sent to `recipient` at `now`. */
export function recordSent(ledger: Ledger, recipient: string, eventId: string, now: Instant): Ledger {
  const entry = ledger.recipients[recipient] ?? { since: toIso(now), events: {} };
  return { ...ledger, recipients: { ...ledger.recipients, [recipient]: { ...entry, events: { ...entry.events, [eventId]: { at: toIso(now), as: 'sent' } } } } };
}

/**
 * A ledger read from its file, checked: undefined for no file, an error message for one that is not a
 * ledger (then nothing is sent: a lost ledger would otherwise look like a first run, or resend all).
 */
export function parseLedger(text: string | undefined): Ledger | undefined | { error: string } {
  if (text === undefined) return undefined;
  try {
    const data = JSON.parse(text) as Ledger;
    if (data?.version !== 1 || typeof data.recipients !== 'object' || data.recipients === null) return { error: 'is not a notification ledger (version 1)' };
    return data;
  } catch (error) {
    return { error: `is not valid JSON (${(error as Error).message})` };
  }
}
