/** Each channel's format of a message: what the tool needs, escaped, within its limits, links absolute under the site's path. */
import { describe, expect, it } from 'vitest';
import { affectedText, translator } from '../../src/i18n/index.ts';
import { clip, discordPayload, slackEscape, slackPayload, teamsPayload } from '../../src/lib/notify/channels.ts';
import { emailOf } from '../../src/lib/notify/email.ts';
import { incidentEvents, windowEvents } from '../../src/lib/notify/events.ts';
import { messageOf, type MessageContext } from '../../src/lib/notify/message.ts';
import { redactor } from '../../src/lib/notify/redact.ts';
import { statuspagePayload } from '../../src/lib/notify/statuspage.ts';
import { at, content, incident, outputContext, plannedWindow, system } from './helpers.ts';

const systems = [system({ id: 'app', name: 'App' })];
const byId = new Map(systems.map((s) => [s.id, s]));
const context = (locale: 'sv' | 'en'): MessageContext => ({
  siteUrl: locale === 'sv' ? 'https://status.example.org/drift/' : 'https://status.example.org/drift/en/',
  siteTitle: 'Drift <IT>',
  timeZone: 'Europe/Stockholm',
  locale,
  t: translator(locale),
  affected: (entry) => affectedText(entry, byId, locale),
});
const down = incident({
  slug: 'app-down',
  title: 'App <down> & out',
  environments: ['production'],
  start: at('2026-03-10 10:00'),
  updates: [{ at: at('2026-03-10 10:10'), status: 'identified', text: 'The *database* <b>is</b> full.' }],
});
const [opened, update] = incidentEvents(down, at('2026-03-10 10:30'));

describe('message', () => {
  it('words an update in the language asked for, with the absolute link to its place on the page', () => {
    const sv = messageOf(update!, context('sv'));
    expect(sv.title).toBe('Orsak identifierad: App <down> & out');
    expect(sv.link).toBe('https://status.example.org/drift/incidents/app-down/#update-20260310T091000Z');
    expect(sv.facts.map((f) => f.label)).toEqual(['Status', 'Sedan', 'Berör']);
    expect(sv.facts[2]!.value).toBe('App (Produktion)');
    const en = messageOf(opened!, context('en'));
    expect(en.title).toBe('New incident – Outage: App <down> & out');
    expect(en.link).toBe('https://status.example.org/drift/en/incidents/app-down/');
  });

  it('words a window with its time, and a reminder with the page as link', () => {
    const window = plannedWindow({ slug: 'upgrade', title: 'Upgrade', start: at('2026-03-20 05:30'), end: at('2026-03-20 09:00'), announced: at('2026-03-01 09:00') });
    const events = windowEvents(window, { now: at('2026-03-19 12:00'), historyOf: () => undefined, reminders: { notice: true, beforeStartMinutes: 0, startAndEnd: false }, minimumDays: 2 });
    const reminder = messageOf(events[1]!, context('en'));
    expect(reminder.title).toBe('Reminder: Upgrade');
    expect(reminder.link).toBe('https://status.example.org/drift/en/maintenance/upgrade/');
    expect(reminder.facts[0]).toEqual({ label: 'When', value: expect.stringContaining('05:30') });
  });
});

describe('channels', () => {
  const message = messageOf(update!, context('en'));

  it('Slack and Mattermost: escapes &, < and >, links the title, one attachment with colour and fields', () => {
    const payload = slackPayload(message);
    expect(payload.text).toBe('*<https://status.example.org/drift/en/incidents/app-down/#update-20260310T091000Z|Identified: App &lt;down&gt; &amp; out>*');
    const [attachment] = payload.attachments;
    expect(attachment!.text).toBe('The *database* &lt;b&gt;is&lt;/b&gt; full.');
    expect(attachment!.color).toMatch(/^#[0-9a-f]{6}$/);
    expect(attachment!.fields.map((f) => f.title)).toEqual(['Status', 'Since', 'Affects']);
    expect(attachment!.footer).toBe('Drift &lt;IT&gt;');
  });

  it('Teams: a message with one Adaptive Card, its facts and a button to the page', () => {
    const payload = teamsPayload(message);
    expect(payload.type).toBe('message');
    const card = payload.attachments[0]!;
    expect(card.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(card.content.type).toBe('AdaptiveCard');
    expect(card.content.body.map((b) => b['type'])).toEqual(['TextBlock', 'FactSet', 'TextBlock', 'TextBlock']);
    expect(card.content.actions).toEqual([{ type: 'Action.OpenUrl', title: 'Open the status page', url: message.link }]);
  });

  it('Discord: one embed within its limits, mentions off', () => {
    const long = { ...message, title: 'x'.repeat(300), text: '@everyone look' };
    const payload = discordPayload(long);
    expect(payload.allowed_mentions).toEqual({ parse: [] });
    expect([...payload.embeds[0]!.title].length).toBe(256);
    expect(payload.embeds[0]!.title.endsWith('…')).toBe(true);
    expect(payload.embeds[0]!.url).toBe(message.link);
    expect(payload.embeds[0]!.timestamp).toBe('2026-03-10T09:10:00.000Z');
  });

  it('clip counts characters, not UTF-16 units, and escaping leaves other text alone', () => {
    expect(clip('åäö😀x', 4)).toBe('åäö…');
    expect(clip('kort', 4)).toBe('kort');
    expect(slackEscape('a_b*c')).toBe('a_b*c');
  });

  it('Statuspage JSON: meta, page with its indicator, and the incident as the API has it at the event', () => {
    const api = outputContext(systems, at('2026-03-10 10:30'), { locale: 'en' });
    const payload = statuspagePayload(opened!, content(systems, { incidents: [down] }), { ...api, siteUrl: 'https://status.example.org/drift/en/' }, { unsubscribe: null, documentation: 'https://status.example.org/drift/en/integrations/' });
    expect(Object.keys(payload)).toEqual(['meta', 'page', 'incident']);
    expect(payload.page).toEqual({ id: 'status-example-org', status_indicator: 'major', status_description: 'Partial System Outage' });
    expect(payload.incident.id).toBe('app-down');
    expect(payload.incident.shortlink).toBe('https://status.example.org/drift/en/incidents/app-down/');
    // As at the opening (10:00): the update of 10:10 had not been written yet.
    expect(payload.incident.incident_updates).toEqual([]);
    expect(payload.incident.status).toBe('investigating');
  });
});

describe('e-mail', () => {
  it('has plain text and HTML with the same link, escaped HTML, and List-Unsubscribe', () => {
    const message = messageOf(update!, context('sv'));
    const email = emailOf(message, { t: translator('sv'), unsubscribe: 'mailto:drift@example.org?subject=unsubscribe', markdown: (text) => `<p>${text.replace(/</g, '&lt;')}</p>` });
    expect(email.subject).toBe('Orsak identifierad: App <down> & out');
    expect(email.headers).toEqual({ 'List-Unsubscribe': '<mailto:drift@example.org?subject=unsubscribe>' });
    expect(email.text).toContain(`Öppna driftstatussidan: ${message.link}`);
    expect(email.text).toContain('Avsluta prenumerationen: mailto:drift@example.org?subject=unsubscribe');
    expect(email.html).toContain(`<a href="${message.link}">Öppna driftstatussidan</a>`);
    expect(email.html).toContain('<title>Orsak identifierad: App &lt;down&gt; &amp; out</title>');
    expect(email.html).toContain('<html lang="sv">');
  });
});

describe('redaction', () => {
  it('replaces every secret, also URL-encoded, and leaves short values alone', () => {
    const redact = redactor({ HOOK: 'https://hooks.example/T/secret one', PIN: '12' });
    expect(redact('POST https://hooks.example/T/secret one failed')).toBe('POST [secret HOOK] failed');
    expect(redact('to https%3A%2F%2Fhooks.example%2FT%2Fsecret%20one')).toBe('to [secret HOOK]');
    expect(redact('12 messages')).toBe('12 messages');
  });
});
