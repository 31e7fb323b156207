/**
 * Where the site lives: its address may have a path (`https://org.github.io/status/`, a GitHub Pages
 * project site), which is then the base of every page, asset, feed and API address.
 */

/**
 * The site's root address: `url` without query or fragment, its path ending in `/`.
 * @example siteRoot('https://org.github.io/status') // 'https://org.github.io/status/'
 */
export function siteRoot(url: string): string {
  const root = new URL(url);
  root.search = '';
  root.hash = '';
  if (!root.pathname.endsWith('/')) root.pathname += '/';
  return root.href;
}

/**
 * The path the site is served under, `/` for a site at the host's root.
 * @example basePath('https://org.github.io/status/') // '/status/'
 */
export function basePath(url: string): string {
  return new URL(siteRoot(url)).pathname;
}

/**
 * `path`, a site-relative address (`feed.xml` or `/feed.xml`: both mean the site's own), under `base`
 * (a path or an absolute address ending in `/`, from `basePath` or `siteRoot`).
 * @example underBase('/status/', '/feed.xml') // '/status/feed.xml'
 * @example underBase('https://org.github.io/status/', 'feed.xml') // 'https://org.github.io/status/feed.xml'
 */
export function underBase(base: string, path: string): string {
  return `${base}${path.replace(/^\/+/, '')}`;
}
