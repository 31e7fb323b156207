/**
 * `npm run build` (scripts/build.ts) replaces its output folder only with a finished build: a server
 * serving it never sees it half written, and a build that is killed or fails leaves the previous one.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { holdAstro, withAstro } from '../support/astro-lock.ts';
import { hasStackTrace, userEnv } from '../support/site.ts';

const NOW = '2026-03-20T06:10:00+01:00';
let root: string;
let content: string;
let outDir: string;

const env = () => userEnv({ DRIFTSTATUS_CONTENT: content, DRIFTSTATUS_NOW: NOW });
const args = () => [path.resolve('scripts/build.ts'), '--outDir', outDir];

function build() {
  return withAstro(() => spawnSync(process.execPath, args(), { encoding: 'utf8', env: env() }));
}

/** Every file below `dir` with a hash of its bytes: two equal snapshots are byte-identical folders. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const full = path.join(dir, entry);
    if (statSync(full).isFile()) files[entry] = createHash('sha256').update(readFileSync(full)).digest('hex');
  }
  return files;
}

/** What lies beside the content and output folders: temporary or old folders of builds. */
const leftovers = () => readdirSync(root).filter((name) => name !== 'content' && name !== 'dist');

/** Processes whose command line names `text` (Linux: /proc), e.g. an `astro build` into one folder. */
function processesNaming(text: string): number[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(text);
      } catch {
        return false; // ended meanwhile
      }
    })
    .map(Number);
}

const editIncident = (from: string, to: string) => {
  const file = path.join(content, 'incidents', 'app-down.md');
  writeFileSync(file, readFileSync(file, 'utf8').replace(from, to));
};

let first: Record<string, string>;

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'driftstatus-atomic-'));
  content = path.join(root, 'content');
  outDir = path.join(root, 'dist');
  cpSync('tests/fixtures/mini', content, { recursive: true });
});

describe('npm run build', () => {
  it('writes the output folder and leaves nothing beside it', () => {
    const result = build();
    expect(result.status, result.stderr).toBe(0);
    expect(readFileSync(path.join(outDir, 'incidents', 'app-down', 'index.html'), 'utf8')).toContain('App is down');
    expect(leftovers()).toEqual([]);
    first = snapshot(outDir);
  }, 120_000);

  it('killed midway, leaves the previous output byte for byte', async () => {
    // Changed content: had the killed build replaced anything, the snapshot would differ.
    editIncident('title: App is down', 'title: App was down');
    const release = await holdAstro();
    try {
      const child = spawn(process.execPath, args(), { env: env(), stdio: 'ignore' });
      const exited = new Promise<NodeJS.Signals | null>((resolve) => child.once('exit', (_code, signal) => resolve(signal)));
      const temp = `${outDir}.tmp-${child.pid}`;
      // Killed as soon as the build has written its first files.
      for (let waited = 0; !(existsSync(temp) && readdirSync(temp).length > 0); waited += 10) {
        if (waited > 90_000 || child.exitCode !== null) throw new Error('the build never wrote its temporary folder');
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      child.kill('SIGKILL');
      expect(await exited).toBe('SIGKILL');
      expect(existsSync(temp), 'the build had finished before it was killed').toBe(true);
      // The `astro build` it started ends too, instead of writing on as an orphan.
      await expect.poll(() => processesNaming(temp), { timeout: 10_000 }).toEqual([]);
      expect(snapshot(outDir)).toEqual(first);
    } finally {
      release();
    }
  }, 120_000);

  it('refused for invalid content, leaves the previous output and removes what the killed build left', () => {
    expect(leftovers()).toHaveLength(1); // the killed build's temporary folder
    editIncident('end: 2026-03-10 12:00', 'end: 2026-03-10 09:00');
    const result = build();
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('incidents/app-down.md:7: end:');
    expect(hasStackTrace(result.stderr)).toBe(false);
    expect(snapshot(outDir)).toEqual(first);
    expect(leftovers()).toEqual([]);
  }, 120_000);

  it('after the content is fixed, replaces the output with the new build', () => {
    editIncident('end: 2026-03-10 09:00', 'end: 2026-03-10 12:00');
    const result = build();
    expect(result.status, result.stderr).toBe(0);
    expect(readFileSync(path.join(outDir, 'incidents', 'app-down', 'index.html'), 'utf8')).toContain('App was down');
    expect(leftovers()).toEqual([]);
  }, 120_000);
});
