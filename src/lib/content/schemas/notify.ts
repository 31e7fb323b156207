/**
 * The `notify:` section of site.yaml: who `npm run notify` tells about incidents and planned work, and
 * how. It holds no secret: webhook addresses and SMTP credentials are named here by the environment
 * variable that carries them (the CI's secrets), so the file can be committed and the site built from it.
 */
import { z } from 'astro/zod';
import { distinct, idList, idSchema, localeCode, oneOrMany, text } from './fields.ts';

/** The name of an environment variable, e.g. SLACK_WEBHOOK_OPS. */
const envName = z.string().regex(/^[A-Z_][A-Z0-9_]*$/, 'must be the name of an environment variable in capitals, digits and _, e.g. SLACK_WEBHOOK_OPS');

/** What a recipient is told about. */
export const NOTIFY_KINDS = ['incidents', 'planned'] as const;
/** Where a message goes: an e-mail, or a webhook in the format of a chat tool or of Statuspage. */
export const NOTIFY_CHANNELS = ['email', 'slack', 'mattermost', 'teams', 'discord', 'statuspage'] as const;

const recipient = z.strictObject({
  /** Name of the recipient in the log and in the ledger of what was sent, e.g. ops-slack. Never change it: a new id gets no old messages, and the old one's are forgotten. */
  id: idSchema,
  /** Where messages go: email, slack, mattermost, teams, discord, or statuspage (JSON as Statuspage's webhooks send it). */
  channel: z.enum(NOTIFY_CHANNELS),
  /** For a webhook: the environment variable that holds its address (the address is a secret: whoever knows it can post). */
  urlEnv: envName.optional(),
  /** For e-mail: the addresses to send to, e.g. [drift@example.se]. */
  to: oneOrMany(distinct(z.array(z.email('is not an e-mail address')).min(1))).optional(),
  /** For e-mail: the environment variable that holds the addresses instead (comma-separated), when they should not be in git. */
  toEnv: envName.optional(),
  /** Language of the messages (sv, da or en). Default: the site's `locale`. */
  locale: localeCode.optional(),
  /** Only about these systems. Default: all. */
  systems: idList.optional(),
  /** Only about these environments of them, e.g. production. Default: all. */
  environments: idList.optional(),
  /** Only about incidents or planned work (`incidents`, `planned`). Default: both. */
  kinds: oneOrMany(distinct(z.array(z.enum(NOTIFY_KINDS)).min(1))).optional(),
});

export const notifySchema = z.strictObject({
  /** How e-mail is sent: needed when a recipient's channel is email. */
  email: z
    .strictObject({
      /** Sender address, e.g. driftstatus@example.se. */
      from: z.email('is not an e-mail address'),
      /** SMTP server host name, e.g. smtp.example.se. */
      host: text,
      /** SMTP port. Default 587 (STARTTLS); 465 for TLS from the start. */
      port: z.number().int().min(1).max(65535).default(587),
      /** true: TLS from the start (port 465); false: STARTTLS when the server offers it. Default: true only on port 465. */
      secure: z.boolean().optional(),
      /** Environment variable with the SMTP user name. Default: no login. */
      userEnv: envName.optional(),
      /** Environment variable with the SMTP password. */
      passwordEnv: envName.optional(),
      /** Where a reader unsubscribes (the List-Unsubscribe header and the footer): a mailto: or https: address. Default: the site's contact e-mail. */
      unsubscribe: z.string().regex(/^(mailto:|https?:\/\/)\S+$/, 'must be a mailto: or https:// address').optional(),
    })
    .optional(),
  /** Reminders of planned work that has been announced. */
  reminders: z
    .strictObject({
      /** A reminder when the site's notice time (`notice.minimumDays`) before the start is reached. Default true. */
      notice: z.boolean().default(true),
      /** Minutes before the start for a last reminder; 0 for none. Default 60. */
      beforeStartMinutes: z.number().int().min(0).max(10080).default(60),
      /** A message when a window starts and when it ends. Default false. */
      startAndEnd: z.boolean().default(false),
    })
    .prefault({}),
  /** Who is told. */
  recipients: z.array(recipient).min(1),
});

export type NotifyData = z.output<typeof notifySchema>;
export type NotifyRecipientData = NotifyData['recipients'][number];
