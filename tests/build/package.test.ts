/**
 * Driftstatus as an organisation installs it: `npm pack` of this repository, `driftstatus init` into
 * an empty folder outside it, the tarball installed there from npm's cache alone (`--offline`, no
 * network), then `npm run check`, `npx driftstatus check`, `npm run build` and the dev server there — with the system
 * Node first on PATH, as on a machine whose Node is too old: the site's own devDependency `node`
 * must be the one that runs — and the built site served and read (home page, feed).
 *
 * `init` runs from the unpacked tarball placed as npx places a package (`node_modules/driftstatus`),
 * without its dependencies: init needs none, and one install instead of two keeps the test at about a
 * minute. The offline install needs the dependencies' metadata in npm's cache, which `npm ci` does not
 * fetch; .ci/run fills it (see there). Elsewhere, run that step once.
 */
import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import engine from '../../package.json' with { type: 'json' };
import { serve } from '../support/browser.ts';
import { userEnv } from '../support/site.ts';

const runFolder = inject('buildCache') as string | undefined;
const work = mkdtempSync(path.join(runFolder ?? tmpdir(), 'driftstatus-package-'));
const site = path.join(work, 'site');
/** The PATH of a user's shell: none of this repository's node_modules/.bin (its Node 24) on it. */
const PATH = (process.env['PATH'] ?? '').split(path.delimiter).filter((entry) => !entry.includes(`${path.sep}node_modules${path.sep}`));
const SYSTEM_NODE = spawnSync('node', ['--version'], { encoding: 'utf8', env: { PATH: PATH.join(path.delimiter) } }).stdout.trim();
const timings: string[] = [];

function run(command: string, args: string[], cwd: string, env: Record<string, string> = {}): SpawnSyncReturns<string> {
  const started = Date.now();
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: userEnv({ PATH: PATH.join(path.delimiter), CI: '1', ...env }) });
  timings.push(`${[command, ...args].join(' ').replace(work, '<tmp>')}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return result;
}
const output = (r: SpawnSyncReturns<string>) => `${r.stdout}\n${r.stderr}`;

afterAll(() => {
  process.stdout.write(`package test (system Node ${SYSTEM_NODE}):\n  ${timings.join('\n  ')}\n`);
  // In the run's build folder, the installed site (some 200 packages and a Node binary, a minute to
  // delete on a busy machine) goes with the rest when the run ends (tests/support/global-setup.ts).
  if (!runFolder) rmSync(work, { recursive: true, force: true });
}, 120_000);

describe('the packed package, installed into an empty folder', () => {
  let tarball = '';

  it('packs the engine and nothing of the tests or the example content', () => {
    const packed = run('npm', ['pack', '--json', '--pack-destination', work], process.cwd());
    expect(packed.status, output(packed)).toBe(0);
    const [info] = JSON.parse(packed.stdout) as [{ filename: string; files: { path: string }[] }];
    tarball = path.join(work, info.filename);
    const files = info.files.map((f) => f.path);
    for (const needed of ['package.json', 'astro.config.mjs', 'tsconfig.json', 'scripts/driftstatus.mjs', 'scripts/cli.ts', 'scripts/init.ts', 'src/content.config.ts', 'public/favicon.svg', 'CHANGELOG.md']) {
      expect(files).toContain(needed);
    }
    expect(files.filter((f) => f.startsWith('tests/') || (f.startsWith('content/') && f !== 'content/README.md'))).toEqual([]);
  }, 60_000);

  it('init writes a site, and refuses to write over one', () => {
    // As npx unpacks a package: below node_modules/, where Node does not strip types itself.
    const unpacked = path.join(work, 'npx', 'node_modules', 'driftstatus');
    mkdirSync(unpacked, { recursive: true });
    expect(run('tar', ['-xzf', tarball, '-C', unpacked, '--strip-components=1'], work).status).toBe(0);
    const bin = path.join(unpacked, 'scripts', 'driftstatus.mjs');
    const init = run(process.execPath, [bin, 'init', 'site'], work);
    expect(init.status, output(init)).toBe(0);
    for (const file of ['content/site.yaml', 'content/README.md', 'package.json', '.github/workflows/deploy.yml', '.gitlab-ci.yml', '.gitignore', 'README.md']) {
      expect(existsSync(path.join(site, file)), file).toBe(true);
    }
    const pkg = JSON.parse(readFileSync(path.join(site, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; scripts: Record<string, string> };
    expect(pkg.dependencies).toEqual({ driftstatus: engine.version });
    // The editors' guide, copied in as content/README.md, names its commands as `npm run …`: each is there.
    const guide = readFileSync(path.join(site, 'content', 'README.md'), 'utf8');
    const named = new Set([...guide.matchAll(/`npm run ([a-z-]+)/g)].map((m) => m[1] ?? ''));
    expect([...named].filter((name) => !(name in pkg.scripts))).toEqual([]);
    const again = run(process.execPath, [bin, 'init', 'site'], work);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain(`${path.join(site, 'content', 'site.yaml')}: exists already`);
    expect(again.stderr).toContain('Nothing was written');
  }, 30_000);

  it('installs from the npm cache alone, with its own Node', () => {
    const install = run('npm', ['install', '--offline', '--no-audit', '--no-fund', tarball], site);
    if (/ENOTCACHED/.test(install.stderr)) {
      throw new Error("npm's cache lacks the dependencies' metadata: fill it once as .ci/run does (npm install --prefer-offline of the packed tarball in an empty folder)");
    }
    expect(install.status, output(install)).toBe(0);
    const node = run(path.join(site, 'node_modules', '.bin', 'node'), ['--version'], site);
    expect(node.stdout.trim()).toMatch(/^v2[4-9]\./);
  }, 180_000);

  it('checks, builds and serves the new site from its own folder', async () => {
    const check = run('npm', ['run', '--silent', 'check'], site);
    expect(check.status, output(check)).toBe(0);
    expect(check.stdout).toMatch(/1 systems, 0 incidents, 0 planned windows.*no problems/);
    const npx = run('npx', ['driftstatus', 'check', '--strict'], site);
    expect(npx.status, output(npx)).toBe(0);
    const unknown = run('npx', ['driftstatus', 'publish'], site);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('Unknown command "publish"');
    expect(unknown.stderr).toContain('npx driftstatus build');

    const build = run('npm', ['run', '--silent', 'build'], site, { DRIFTSTATUS_NOW: '2026-03-05T12:00:00+01:00' });
    expect(build.status, output(build)).toBe(0);
    expect(output(build)).not.toMatch(/ExperimentalWarning|ERR_UNSUPPORTED/);
    const dist = path.join(site, 'dist');
    const { url, server } = await serve(dist);
    try {
      const home = await fetch(`${url}/`);
      expect(home.status).toBe(200);
      const html = await home.text();
      expect(html).toContain('<title>Example status');
      expect(html).toContain('Website');
      const feed = await fetch(`${url}/feed.xml`);
      expect(feed.status).toBe(200);
      expect(await feed.text()).toMatch(/<rss[^>]*>[\s\S]*<title>Example status<\/title>/);
      // The engine's favicon, from the package's public/.
      expect((await fetch(`${url}/favicon.svg`)).status).toBe(200);
    } finally {
      server.close();
    }
  }, 180_000);

  it('previews the site with the dev server', async () => {
    const port = 4400 + (process.pid % 500);
    const node = path.join(site, 'node_modules', '.bin', 'node');
    const bin = path.join(site, 'node_modules', 'driftstatus', 'scripts', 'driftstatus.mjs');
    const dev = spawn(node, [bin, 'dev', '--host', '127.0.0.1', '--port', String(port)], { cwd: site, env: userEnv({ PATH: PATH.join(path.delimiter) }), stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    dev.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
    dev.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
    const started = Date.now();
    try {
      let html = '';
      while (Date.now() - started < 90_000 && dev.exitCode === null) {
        html = await fetch(`http://127.0.0.1:${port}/`).then((r) => (r.ok ? r.text() : ''), () => '');
        if (html) break;
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
      timings.push(`driftstatus dev, first page: ${((Date.now() - started) / 1000).toFixed(1)} s`);
      expect(html, log).toContain('<title>Example status');
    } finally {
      const stopped = new Promise((resolve) => dev.once('exit', resolve));
      dev.kill('SIGTERM');
      await stopped;
    }
  }, 120_000);

  it('writes new content files in the site, relative to it', () => {
    const created = run('npm', ['run', '--silent', 'new', '--', 'incident', '--system', 'website', '--title', 'Slow pages', '--impact', 'degraded', '--start', '2026-03-02 10:00', '--text', 'We are looking into it.'], site);
    expect(created.status, output(created)).toBe(0);
    expect(existsSync(path.join(site, 'content', 'incidents', '2026', '2026-03-02-slow-pages.md'))).toBe(true);
  }, 60_000);

  // Only meaningful where the system Node is older than the engine needs (Debian's is 20).
  it.skipIf(!/^v(1\d|20|21|22\.(\d|1[0-8])\.)/.test(SYSTEM_NODE))('under an old system Node, uses the site\'s own Node or says what to do', () => {
    const bin = path.join(site, 'node_modules', 'driftstatus', 'scripts', 'driftstatus.mjs');
    const own = run('node', [bin, 'check'], site);
    expect(own.status, output(own)).toBe(0);
    const bare = path.join(work, 'bare');
    mkdirSync(path.join(bare, 'content'), { recursive: true });
    writeFileSync(path.join(bare, 'package.json'), '{}\n');
    const old = run('node', [bin, 'check'], bare);
    expect(old.status).toBe(1);
    expect(old.stderr).toContain(`this is Node ${SYSTEM_NODE.slice(1)}`);
    expect(old.stderr).toContain('npm install --save-dev node@24');
  }, 60_000);
});
