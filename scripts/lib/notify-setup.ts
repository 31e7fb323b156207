/**
 * What a notify run works from: the recipients with their secrets read from the environment, and,
 * per language, the words, addresses and localized content the messages are made of. Secrets are
 * collected so that everything printed can be cleaned of them (src/lib/notify/redact.ts).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { affectedText, environmentName, translator } from '../../src/i18n/index.ts';
import type { NotifyData, NotifyRecipientData } from '../../src/lib/content/schemas/notify.ts';
import type { Validated } from '../../src/lib/content/validate.ts';
import type { FeedContext } from '../../src/lib/feeds.ts';
import { absoluteUrls, renderMarkdown } from '../../src/lib/markdown.ts';
import type { Content, FileHistory, Locale } from '../../src/lib/model.ts';
import { notifyEvents, type NotifyEvent } from '../../src/lib/notify/events.ts';
import type { MessageContext } from '../../src/lib/notify/message.ts';
import { siteRoot } from '../../src/lib/site-url.ts';
import type { StatuspageContext } from '../../src/lib/statuspage/page.ts';
import { inLocale } from '../../src/lib/translated-content.ts';
import type { Instant } from '../../src/lib/time.ts';
import type { WindowRevision } from '../../src/lib/window-updates.ts';

export type Recipient = NotifyRecipientData & { locale: Locale; url?: string; addresses?: string[] };

/**
 * The recipients with their secrets, and one problem line per variable that is not set (with the
 * line of site.yaml that names it).
 */
export function resolveRecipients(notify: NotifyData, content: Content, validated: Validated, env: NodeJS.ProcessEnv, siteFile: string) {
  const secrets: Record<string, string> = {};
  const problems: string[] = [];
  const read = (name: string, field: string): string | undefined => {
    const value = env[name];
    if (value) {
      secrets[name] = value;
      return value;
    }
    const { line } = validated.withLine({ file: siteFile, field, message: '' });
    problems.push(`${siteFile}${line ? `:${line}` : ''}: ${field}: the environment variable ${name} is not set (set it in the CI's secrets)`);
    return undefined;
  };
  const recipients: Recipient[] = notify.recipients.map((recipient, index) => {
    const field = (name: string) => `notify.recipients[${index}].${name}`;
    const resolved: Recipient = { ...recipient, locale: recipient.locale ?? content.site.locale };
    if (recipient.urlEnv) {
      const url = read(recipient.urlEnv, field('urlEnv'));
      if (url) resolved.url = url;
    }
    const listed = recipient.toEnv ? read(recipient.toEnv, field('toEnv')) : undefined;
    const addresses = [...(recipient.to ?? []), ...(listed?.split(',').map((a) => a.trim()).filter(Boolean) ?? [])];
    if (addresses.length > 0) resolved.addresses = addresses;
    return resolved;
  });
  const smtp = notify.email;
  const credentials = {
    user: smtp?.userEnv ? read(smtp.userEnv, 'notify.email.userEnv') : undefined,
    password: smtp?.passwordEnv ? read(smtp.passwordEnv, 'notify.email.passwordEnv') : undefined,
  };
  return { recipients, secrets, problems, credentials };
}

/** site.yaml's path as the editor knows it (the file every notify problem is in), for the content folder `dir`. */
export function siteFileOf(dir: string): string {
  const relative = path.relative(process.cwd(), dir);
  const shown = (relative && !relative.startsWith('..') ? relative : dir).split(path.sep).join('/');
  return existsSync(path.join(dir, 'site.yml')) && !existsSync(path.join(dir, 'site.yaml')) ? `${shown}/site.yml` : `${shown}/site.yaml`;
}

export interface History {
  historyOf: (file: string) => FileHistory | undefined;
  revisionsOf: (file: string) => readonly WindowRevision[] | undefined;
}

/** A run's content and settings in one language: what messages, the Statuspage JSON and the events are made from. */
export interface InLocale {
  message: MessageContext;
  statuspage: StatuspageContext;
  content: Content;
  events: Map<string, NotifyEvent>;
}

/** The material in each language, made the first time a language is asked for. */
export function localeMaterial(content: Content, now: Instant, history: History, eventRules: Omit<Parameters<typeof notifyEvents>[1], 'now' | keyof History>) {
  const made = new Map<Locale, InLocale>();
  const systemById = new Map(content.systems.map((system) => [system.id, system]));
  return (locale: Locale): InLocale => {
    let material = made.get(locale);
    if (!material) {
      // The site's pages in `locale`: no prefix for the default language, `/en/` for the others.
      const siteUrl = new URL(locale === content.site.locale ? '' : `${locale}/`, siteRoot(content.site.url)).href;
      const translated = { ...content, ...inLocale(content, locale, content.site.locale) };
      const feed: FeedContext = {
        siteUrl,
        timeZone: content.site.timezone,
        locale,
        now,
        t: translator(locale),
        systems: systemById,
        ...history,
        markdown: (text) => absoluteUrls(renderMarkdown(text, content.site.markdown), content.site.url),
        affected: (entry) => affectedText(entry, systemById, locale),
        environmentName: (environment) => environmentName(environment, locale),
      };
      const events = notifyEvents(translated, { ...eventRules, ...history, now });
      material = {
        message: { siteUrl, siteTitle: content.site.title, timeZone: content.site.timezone, locale, t: translator(locale), affected: feed.affected },
        statuspage: { ...feed, siteTitle: content.site.title },
        content: translated,
        events: new Map(events.map((event) => [event.id, event])),
      };
      made.set(locale, material);
    }
    return material;
  };
}

/** History lookups by a file's path as in `Source.file`. */
export function historyLookups(history: Map<string, FileHistory>, revisions: Map<string, WindowRevision[]>): History {
  return { historyOf: (file) => history.get(path.resolve(file)), revisionsOf: (file) => revisions.get(path.resolve(file)) };
}
