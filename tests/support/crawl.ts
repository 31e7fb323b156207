/**
 * Follows every address a built site gives — links and assets of its pages, the links and guids of its
 * feeds, the URLs of its calendars, the `url`s and `shortlink`s of its API, the live script's fetch —
 * on a local server, as an integrator's client or a reader's browser would.
 */
import { parse } from 'node-html-parser';

export interface Crawl {
  /** Every address on the site that was fetched (its path), with the status it was answered with. */
  visited: Map<string, number>;
  /** The paths some fetched document refers to (a seed nobody links is not among them). */
  linked: Set<string>;
  /** Every address found, as written, with where it was found. */
  found: { from: string; to: string }[];
  /** Addresses on the site's host that are not below the site's path. */
  outside: string[];
  /** Addresses below the site's path answered with anything but 200. */
  broken: string[];
}

const decode = (text: string) =>
  text.replace(/&(lt|gt|quot|#39|amp);/g, (_, name: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[name] ?? '');

/** The addresses a document of `type` refers to. */
function references(type: string, body: string): string[] {
  if (type.startsWith('text/html')) {
    const page = parse(body);
    const attributes = page.querySelectorAll('[href], [src]').flatMap((e) => [e.getAttribute('href'), e.getAttribute('src')]);
    // The live script fetches the build's stamp below the base the page embeds.
    const live = page.querySelector('#live-data')?.textContent;
    const fetched = live ? [`${(JSON.parse(live) as { base: string }).base}build.json`] : [];
    return [...attributes.filter((a): a is string => a !== undefined), ...fetched];
  }
  if (type.startsWith('text/css')) return [...body.matchAll(/url\(\s*["']?([^"')]+)/g)].map((m) => m[1] ?? '');
  if (type.startsWith('application/rss+xml')) {
    const elements = [...body.matchAll(/<(link|guid)\b[^>]*>([^<]+)<\/\1>/g)].map((m) => decode(m[2] ?? ''));
    // atom:link's href, and the links and images of the descriptions (escaped HTML).
    const attributes = [...decode(body).matchAll(/\b(?:href|src)="([^"]+)"/g)].map((m) => m[1] ?? '');
    return [...elements, ...attributes];
  }
  if (type.startsWith('text/calendar')) {
    const lines = body.replace(/\r\n[ \t]/g, '').split('\r\n');
    return lines.filter((line) => /^URL[;:]/.test(line)).map((line) => line.slice(line.indexOf(':') + 1));
  }
  if (type.startsWith('application/json')) {
    const values: string[] = [];
    const walk = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(walk);
      else if (value && typeof value === 'object') {
        for (const [key, inner] of Object.entries(value)) {
          if ((key === 'url' || key === 'shortlink') && typeof inner === 'string') values.push(inner);
          else walk(inner);
        }
      }
    };
    walk(JSON.parse(body));
    return values;
  }
  return [];
}

/**
 * Crawls the site published at `siteUrl` (site.yaml's `url`) and served by `server` (its origin, the
 * site's path served at the same path), from `seeds` (paths). An address on the host of `siteUrl` or of
 * the server is the site's own; `webcal://` is its calendar over http(s).
 */
export async function crawlSite(server: string, siteUrl: string, seeds: readonly string[]): Promise<Crawl> {
  const site = new URL(siteUrl);
  const own = new Set([site.host, new URL(server).host]);
  const crawl: Crawl = { visited: new Map(), linked: new Set(), found: [], outside: [], broken: [] };
  const queue = [...seeds];
  const from = new Map(seeds.map((seed) => [seed, '(seed)']));
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    if (crawl.visited.has(next)) continue;
    const response = await fetch(`${server}${next}`);
    crawl.visited.set(next, response.status);
    if (response.status !== 200) {
      crawl.broken.push(`${from.get(next)} → ${next} (${response.status})`);
      continue;
    }
    for (const reference of references(response.headers.get('content-type') ?? '', await response.text())) {
      crawl.found.push({ from: next, to: reference });
      if (/^(#|mailto:|tel:|data:)/.test(reference)) continue;
      const target = new URL(reference.replace(/^webcal:/, site.protocol), new URL(next, site));
      if (!own.has(target.host)) continue;
      if (!target.pathname.startsWith(site.pathname)) {
        crawl.outside.push(`${next} → ${reference}`);
        continue;
      }
      if (!from.has(target.pathname)) from.set(target.pathname, next);
      crawl.linked.add(target.pathname);
      queue.push(target.pathname);
    }
  }
  return crawl;
}
