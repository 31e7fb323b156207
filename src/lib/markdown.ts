/**
 * Markdown to HTML with `marked`. Raw HTML in the text is shown as text, not interpreted: a `<script>`
 * pasted from a ticket stays visible and inert.
 */
import { Marked } from 'marked';

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => escapes[c] ?? c);
}

const marked = new Marked({
  async: false,
  gfm: true,
  renderer: {
    html: ({ text }) => escapeHtml(text),
  },
});

const cache = new Map<string, string>();

/** Renders Markdown once per distinct text per build (pages in several locales share the result). */
export function renderMarkdown(text: string): string {
  let html = cache.get(text);
  if (html === undefined) {
    html = marked.parse(text) as string;
    cache.set(text, html);
  }
  return html;
}
