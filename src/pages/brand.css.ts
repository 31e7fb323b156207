/** The site's own look from site.yaml's `brand` (served from the site, so the strict CSP holds). */
import { content } from '../data/site';
import { brandStyles } from '../lib/brand';

export function GET(): Response {
  return new Response(brandStyles(content.site.brand ?? {}), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
}
