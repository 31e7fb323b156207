/** A static server for a built site on 127.0.0.1 and Debian's Chromium driven by playwright-core. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.xml': 'application/rss+xml',
  '.ics': 'text/calendar',
};

/** The Content-Security-Policy the deployment docs recommend (README, "Deployment"). */
export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
  "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/**
 * Serves `root` on 127.0.0.1 at a free port; `/x/` serves `/x/index.html`; `headers` go on every
 * response. With `prefix` (`/status/`, a site under a path) the files are served below it and every
 * other address is 404, as on a GitHub Pages project site.
 */
export async function serve(
  root: string,
  headers: Record<string, string> = {},
  { prefix = '/' }: { prefix?: string } = {},
): Promise<{ url: string; server: Server }> {
  const server = createServer((request, response) => {
    const requested = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    const pathname = requested.startsWith(prefix) ? `/${requested.slice(prefix.length)}` : undefined;
    let file = pathname === undefined ? undefined : path.join(root, pathname);
    if (file !== undefined && !file.startsWith(root)) file = root;
    if (file !== undefined && existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (file === undefined || !existsSync(file)) {
      response.writeHead(404, headers).end('not found');
      return;
    }
    response.writeHead(200, { ...headers, 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, server };
}

export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** Headless Debian Chromium, with the flags that keep it from calling any other host. */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`No Chromium at ${CHROMIUM}: install Debian's package (apt-get install -y chromium) or set CHROMIUM_PATH.`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-default-apps',
      '--disable-domain-reliability',
    ],
  });
}
