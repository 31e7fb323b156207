/**
 * The README's deployment section, for real: Debian's nginx serving a built site with the documented
 * server block (scripts/deploy/nginx.conf, which the README shows verbatim — checked here, so the two
 * cannot drift), only its `listen` and `root` changed to a free port and the built folder. nginx runs
 * in the foreground from a temporary prefix (its pid, logs and temporary files there), and is stopped
 * by the test. Checked: status codes, redirects, content types with charset, cache headers, the CSP
 * and the 404 page. Needs /usr/sbin/nginx (.ci/run installs it; NGINX_PATH for another).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSP } from '../support/browser.ts';
import { sharedBuild } from '../support/site.ts';

const NGINX = process.env['NGINX_PATH'] ?? '/usr/sbin/nginx';
const CONF = 'scripts/deploy/nginx.conf';
const documented = readFileSync(CONF, 'utf8');

/** A port nobody listens on now. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** The documented server block inside the least an nginx.conf needs to run from `prefix`. */
function configuration(prefix: string, dist: string, port: number): string {
  const server = documented.replace(/listen 80;/, `listen 127.0.0.1:${port};`).replace(/root \/var\/www\/driftstatus\/dist;/, `root ${dist};`);
  // The two replacements must both have happened: else the test would serve something undocumented.
  expect(server).toContain(`listen 127.0.0.1:${port};`);
  expect(server).toContain(`root ${dist};`);
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `    ${kind}_temp_path ${prefix}/${kind};`).join('\n');
  return `daemon off;\nmaster_process off;\npid ${prefix}/nginx.pid;\nerror_log ${prefix}/error.log warn;\nevents {}\nhttp {\n    access_log off;\n${temp}\n${server}}\n`;
}

describe('nginx with the documented configuration', () => {
  let nginx: ChildProcess | undefined;
  let base = '';
  let dist = '';
  let prefix = '';

  it('is the block the README shows', () => {
    const readme = readFileSync('README.md', 'utf8');
    expect(readme).toContain(`\`\`\`nginx\n${documented}\`\`\``);
  });

  beforeAll(async () => {
    if (!existsSync(NGINX)) throw new Error(`${NGINX} is missing: apt-get install nginx (as .ci/run does), or set NGINX_PATH`);
    const build = sharedBuild('content', '2026-11-24T12:00:00+01:00');
    expect(build.status, build.stderr).toBe(0);
    dist = build.outDir;
    prefix = mkdtempSync(path.join(tmpdir(), 'driftstatus-nginx-'));
    const port = await freePort();
    writeFileSync(path.join(prefix, 'nginx.conf'), configuration(prefix, dist, port));
    nginx = spawn(NGINX, ['-p', prefix, '-e', path.join(prefix, 'error.log'), '-c', path.join(prefix, 'nginx.conf')], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    nginx.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    base = `http://127.0.0.1:${port}`;
    for (let tries = 0; ; tries += 1) {
      try {
        await fetch(`${base}/`);
        break;
      } catch {
        if (tries > 100 || nginx.exitCode !== null) throw new Error(`nginx did not start: ${stderr}${readFileSync(path.join(prefix, 'error.log'), 'utf8')}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  }, 120_000);

  afterAll(async () => {
    if (nginx && nginx.exitCode === null) {
      const stopped = new Promise((resolve) => nginx?.once('exit', resolve));
      nginx.kill('SIGQUIT'); // nginx's graceful stop
      await stopped;
    }
    if (prefix) rmSync(prefix, { recursive: true, force: true });
  });

  const get = (address: string) => fetch(`${base}${address}`, { redirect: 'manual' });

  it('serves pages as UTF-8 HTML with the strict CSP and a short cache time', async () => {
    for (const address of ['/', '/en/', '/da/', '/systems/ladok/', '/en/systems/ladok/']) {
      const response = await get(address);
      expect(response.status, address).toBe(200);
      expect(response.headers.get('content-type'), address).toBe('text/html; charset=utf-8');
      expect(response.headers.get('cache-control'), address).toBe('public, max-age=60, must-revalidate');
      expect(response.headers.get('content-security-policy'), address).toBe(CSP);
      expect(response.headers.get('x-content-type-options'), address).toBe('nosniff');
      expect(await response.text(), address).toContain('<html');
    }
  });

  it('serves feeds, calendars, the API and badges with their types, charset and cross-origin access', async () => {
    const types: Record<string, string> = {
      '/feed.xml': 'application/rss+xml; charset=utf-8',
      '/en/feed.xml': 'application/rss+xml; charset=utf-8',
      '/calendar.ics': 'text/calendar; charset=utf-8',
      '/api/v2/summary.json': 'application/json; charset=utf-8',
      '/api/v2/status.json': 'application/json; charset=utf-8',
      '/badge.svg': 'image/svg+xml; charset=utf-8',
      '/favicon.svg': 'image/svg+xml; charset=utf-8',
    };
    for (const [address, type] of Object.entries(types)) {
      const response = await get(address);
      expect(response.status, address).toBe(200);
      expect(response.headers.get('content-type'), address).toBe(type);
      expect(response.headers.get('cache-control'), address).toBe('public, max-age=60, must-revalidate');
      expect(response.headers.get('access-control-allow-origin'), address).toBe('*');
      expect((await response.arrayBuffer()).byteLength, address).toBeGreaterThan(0);
    }
  });

  it('serves hashed assets with a year-long immutable cache time', async () => {
    const assets = readdirSync(path.join(dist, '_astro'));
    const css = assets.find((name) => name.endsWith('.css'));
    const js = assets.find((name) => name.endsWith('.js'));
    for (const [name, type] of [[css, 'text/css; charset=utf-8'], [js, 'text/javascript; charset=utf-8']] as const) {
      expect(name).toBeDefined();
      const response = await get(`/_astro/${name}`);
      expect(response.status, name).toBe(200);
      expect(response.headers.get('content-type'), name).toBe(type);
      expect(response.headers.get('cache-control'), name).toBe('public, max-age=31536000, immutable');
    }
  });

  it('redirects a language or system folder without its slash to the folder', async () => {
    for (const address of ['/en', '/systems/ladok']) {
      const response = await get(address);
      expect(response.status, address).toBe(301);
      expect(new URL(response.headers.get('location') ?? '', base).pathname, address).toBe(`${address}/`);
    }
  });

  it('answers an unknown address with status 404 and the site\'s own 404 page', async () => {
    const response = await get('/no-such-page/');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CSP);
    expect(await response.text()).toBe(readFileSync(path.join(dist, '404.html'), 'utf8'));
  });
});
