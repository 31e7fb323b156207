/**
 * A message in the JSON that each chat tool's incoming webhook takes, as people paste its address:
 * - Slack and Mattermost: `text` plus one legacy attachment (title, link, colour, fields), which both
 *   render (Mattermost has no Block Kit; Slack still renders attachments);
 * - Microsoft Teams: a message with one Adaptive Card (the body a Teams Workflows "when a webhook
 *   request is received" flow posts to a channel, and what the older connectors also took);
 * - Discord: one embed, with mentions turned off, so that no text in the content pings anyone.
 * The Statuspage-shaped JSON is in statuspage.ts. Each stays within its tool's length limits.
 */
import type { Message, Tone } from './message.ts';

/** Colours by tone (each title also says it in words). */
export const TONE_COLOURS: Record<Tone, string> = {
  outage: '#b3261e',
  degraded: '#b26a00',
  maintenance: '#1f5fbf',
  good: '#2e7d32',
  info: '#5f6368',
};

/** `text` cut to `max` characters, with an ellipsis when cut. */
export function clip(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/** Slack's mrkdwn treats `&`, `<` and `>` as control characters: escaped, text stays text (links included). */
export function slackEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Slack and Mattermost incoming webhooks. */
export function slackPayload(message: Message) {
  const title = slackEscape(message.title);
  return {
    text: `*<${message.link}|${title}>*`,
    attachments: [
      {
        fallback: `${title} – ${message.link}`,
        color: TONE_COLOURS[message.tone],
        title,
        title_link: message.link,
        text: clip(slackEscape(message.text), 3000),
        fields: message.facts.map((fact) => ({ title: slackEscape(fact.label), value: slackEscape(fact.value), short: fact.value.length < 40 })),
        footer: slackEscape(message.siteTitle),
        ts: Math.floor(message.at / 1000),
      },
    ],
  };
}

/** Microsoft Teams (Workflows webhook): a message carrying one Adaptive Card. */
export function teamsPayload(message: Message) {
  const body: Record<string, unknown>[] = [
    { type: 'TextBlock', text: message.title, weight: 'Bolder', size: 'Medium', wrap: true },
    { type: 'FactSet', facts: message.facts.map((fact) => ({ title: fact.label, value: fact.value })) },
  ];
  if (message.text) body.push({ type: 'TextBlock', text: clip(message.text, 4000), wrap: true });
  body.push({ type: 'TextBlock', text: message.siteTitle, isSubtle: true, size: 'Small', wrap: true });
  return {
    type: 'message',
    attachments: [
      {
        contentType: 'application/vnd.microsoft.card.adaptive',
        contentUrl: null,
        content: {
          $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
          type: 'AdaptiveCard',
          version: '1.4',
          lang: message.locale,
          body,
          actions: [{ type: 'Action.OpenUrl', title: message.linkLabel, url: message.link }],
        },
      },
    ],
  };
}

/** Discord channel webhooks. */
export function discordPayload(message: Message) {
  return {
    embeds: [
      {
        title: clip(message.title, 256),
        url: message.link,
        description: clip(message.text || message.linkLabel, 4096),
        color: Number.parseInt(TONE_COLOURS[message.tone].slice(1), 16),
        fields: message.facts.slice(0, 25).map((fact) => ({ name: clip(fact.label, 256), value: clip(fact.value, 1024), inline: fact.value.length < 40 })),
        timestamp: new Date(message.at).toISOString(),
        footer: { text: clip(message.siteTitle, 2048) },
      },
    ],
    allowed_mentions: { parse: [] },
  };
}
