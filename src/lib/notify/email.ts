/**
 * A message as an e-mail: plain text and HTML with the same words, the page's address in both, and
 * a `List-Unsubscribe` header (RFC 2369) besides the footer's line, so that mail programs offer their
 * own "unsubscribe" button. The HTML is a plain document with inline styles only, readable without
 * images and with status in words, never by colour alone.
 */
import { escapeHtml } from '../markdown.ts';
import type { Translate } from '../translate.ts';
import { TONE_COLOURS } from './channels.ts';
import type { Message, NotifyKey } from './message.ts';

export interface Email {
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
}

export interface EmailContext {
  t: Translate<NotifyKey>;
  /** A mailto: or https: address where the reader unsubscribes. */
  unsubscribe: string;
  /** Markdown to HTML, as the site renders it (links absolute). */
  markdown: (text: string) => string;
}

/** The e-mail of `message`. */
export function emailOf(message: Message, context: EmailContext): Email {
  const { t } = context;
  const footer = t('notify.footer', { site: message.siteTitle, url: message.siteUrl });
  const unsubscribe = `${t('notify.unsubscribe')}: ${context.unsubscribe}`;
  const text = [
    message.title,
    '',
    ...message.facts.map((fact) => `${fact.label}: ${fact.value}`),
    ...(message.text ? ['', message.text] : []),
    '',
    `${message.linkLabel}: ${message.link}`,
    '',
    '-- ',
    footer,
    unsubscribe,
    '',
  ].join('\n');
  const facts = message.facts
    .map((fact) => `<tr><th scope="row" style="text-align:left;padding:2px 12px 2px 0;vertical-align:top">${escapeHtml(fact.label)}</th><td style="padding:2px 0">${escapeHtml(fact.value)}</td></tr>`)
    .join('');
  const html = `<!DOCTYPE html>
<html lang="${escapeHtml(message.locale)}"><head><meta charset="utf-8"><title>${escapeHtml(message.title)}</title></head>
<body style="font-family:system-ui,sans-serif;line-height:1.5;color:#1b1b1b;max-width:40em">
<h1 style="font-size:1.25em;border-left:6px solid ${TONE_COLOURS[message.tone]};padding-left:8px">${escapeHtml(message.title)}</h1>
<table role="presentation">${facts}</table>
${message.text ? context.markdown(message.text) : ''}
<p><a href="${escapeHtml(message.link)}">${escapeHtml(message.linkLabel)}</a></p>
<hr>
<p style="font-size:0.875em;color:#555">${escapeHtml(footer)}<br><a href="${escapeHtml(context.unsubscribe)}">${escapeHtml(t('notify.unsubscribe'))}</a></p>
</body></html>
`;
  return { subject: message.title, text, html, headers: { 'List-Unsubscribe': `<${context.unsubscribe}>` } };
}
