/**
 * Markdown to HTML with `marked`, then, unless the site allows raw HTML, sanitized with sanitize-html:
 * formatting, lists, tables, code and links stay; scripts, event handlers, styles, frames and forms
 * go. A `<script>` pasted from a ticket never runs, and an image from another host is linked, not loaded.
 */
import { Marked } from 'marked';
import sanitizeHtml from 'sanitize-html';
import { siteRoot } from './site-url.ts';

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => escapes[c] ?? c);
}

const marked = new Marked({ async: false, gfm: true });

/** An image on another host would make the page request it: it becomes a link to the image instead. */
const offSite = /^([a-z][a-z0-9+.-]*:|\/\/)/i;

const SAFE: sanitizeHtml.IOptions = {
  allowedTags: [...sanitizeHtml.defaults.allowedTags, 'img', 'del', 'ins', 'sup', 'sub'],
  allowedAttributes: { a: ['href', 'title'], img: ['src', 'alt', 'title', 'width', 'height'], th: ['align'], td: ['align'], ol: ['start'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: [] },
  transformTags: {
    img: (tagName, attribs) => {
      const src = attribs.src ?? '';
      if (!offSite.test(src)) return { tagName, attribs };
      return { tagName: 'a', attribs: { href: src }, text: attribs.alt || src };
    },
  },
};

export interface MarkdownOptions {
  /** Let raw HTML in the text through unchanged (a site setting; off by default). */
  allowHtml?: boolean;
}

const cache = new Map<string, string>();

/** Renders Markdown once per distinct text per build (pages in several locales share the result). */
export function renderMarkdown(text: string, { allowHtml = false }: MarkdownOptions = {}): string {
  const key = `${allowHtml ? 1 : 0}${text}`;
  let html = cache.get(key);
  if (html === undefined) {
    const rendered = marked.parse(text) as string;
    html = allowHtml ? rendered : sanitizeHtml(rendered, SAFE);
    cache.set(key, html);
  }
  return html;
}

/**
 * Puts site-relative links and images (`/incidents/x/`: an editor writes them as if the site were at
 * the host's root) under `base`, the site's path (`/status/`) or its root address: a site served
 * under a path keeps its own links, and feed readers, which show an item away from the site, get
 * absolute ones. Protocol-relative (`//host/`) and other addresses stay as they are.
 * @example siteRelativeUrls('<a href="/history/">', '/status/') // '<a href="/status/history/">'
 */
export function siteRelativeUrls(html: string, base: string): string {
  return html.replace(/\b(href|src)="\/(?!\/)/g, (_, attribute: string) => `${attribute}="${base}`);
}

/** `siteRelativeUrls` with the site's root address (`https://status…/`, path kept): for feeds. */
export function absoluteUrls(html: string, siteUrl: string): string {
  return siteRelativeUrls(html, siteRoot(siteUrl));
}
