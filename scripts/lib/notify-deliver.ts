/** One event to one recipient: the message in the recipient's language and channel's format, sent. */
import type { NotifyData } from '../../src/lib/content/schemas/notify.ts';
import type { Content } from '../../src/lib/model.ts';
import { discordPayload, slackPayload, teamsPayload } from '../../src/lib/notify/channels.ts';
import { emailOf } from '../../src/lib/notify/email.ts';
import type { NotifyEvent } from '../../src/lib/notify/events.ts';
import { messageOf } from '../../src/lib/notify/message.ts';
import { statuspagePayload } from '../../src/lib/notify/statuspage.ts';
import { mailer, postJson, sendEmail, withRetry, type Mailer, type Retry } from './notify-send.ts';
import type { InLocale, Recipient } from './notify-setup.ts';

export interface Delivery {
  recipient: Recipient;
  event: NotifyEvent;
  material: InLocale;
}

export interface DeliverOptions {
  notify: NotifyData;
  credentials: { user?: string | undefined; password?: string | undefined };
  content: Content;
  retry: Retry;
  onRetry: (error: Error, waitMs: number) => void;
}

/** What the log says of a delivery: recipient, channel, language, event and title (never an address of a webhook). */
export function describe({ recipient, event, material }: Delivery): string {
  const message = messageOf(event, material.message);
  return `${recipient.id} (${recipient.channel}, ${recipient.locale}): ${event.id}: ${message.title} <${message.link}>`;
}

/** The unsubscribe address of e-mails: `notify.email.unsubscribe`, else a mail to the site's contact. */
function unsubscribeOf(notify: NotifyData, content: Content): string {
  return notify.email?.unsubscribe ?? `mailto:${content.site.contact?.email ?? ''}?subject=unsubscribe`;
}

/** The webhook body of a delivery for its channel. */
export function webhookBody({ recipient, event, material }: Delivery, notify: NotifyData): unknown {
  const message = messageOf(event, material.message);
  switch (recipient.channel) {
    case 'slack':
    case 'mattermost':
      return slackPayload(message);
    case 'teams':
      return teamsPayload(message);
    case 'discord':
      return discordPayload(message);
    default:
      return statuspagePayload(event, material.content, material.statuspage, {
        unsubscribe: notify.email?.unsubscribe ?? null,
        documentation: `${material.message.siteUrl}integrations/`,
      });
  }
}

let transport: Mailer | undefined;

/** Sends a delivery, trying again as `options.retry` says; throws when it was not accepted. */
export async function deliver(delivery: Delivery, options: DeliverOptions): Promise<void> {
  const { recipient, event, material } = delivery;
  const { notify, content } = options;
  if (recipient.channel !== 'email') {
    const body = webhookBody(delivery, notify);
    return withRetry(() => postJson(recipient.url!, body, event.id), options.retry, options.onRetry);
  }
  const smtp = notify.email!;
  transport ??= mailer({ host: smtp.host, port: smtp.port, secure: smtp.secure ?? smtp.port === 465, ...options.credentials });
  const message = messageOf(event, material.message);
  const email = emailOf(message, { t: material.message.t, unsubscribe: unsubscribeOf(notify, content), markdown: material.statuspage.markdown });
  const sending = { from: smtp.from, to: recipient.addresses ?? [], key: `${recipient.id} ${event.id}`, domain: new URL(content.site.url).hostname };
  return withRetry(() => sendEmail(transport!, email, sending), options.retry, options.onRetry);
}
