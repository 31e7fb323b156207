/**
 * Two editors (or a script and an editor) running `npm run update` or `npm run new` at the same moment:
 * each command holds the file's lock from reading to writing (scripts/lib/safe-write.ts), so every
 * update lands, and the file stays valid. The commands are spawned as the editors run them: one Node
 * process each, all started together.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/data/read.ts';

const NOW = '2026-03-10T10:30:00+01:00';
let dir: string;

interface Result {
  status: number | null;
  stdout: string;
  stderr: string;
}

function run(script: 'new' | 'update', args: string[]): Promise<Result> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.resolve(`scripts/${script}.ts`), ...args], {
      env: { ...process.env, DRIFTSTATUS_CONTENT: dir, DRIFTSTATUS_NOW: NOW, INIT_CWD: process.cwd(), CI: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += String(chunk)));
    child.stderr.on('data', (chunk) => (stderr += String(chunk)));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout: stdout.trim(), stderr: stderr.trim() }));
  });
}

/** An open incident with Windows line endings, one update so far. */
const OPEN = ['---', 'title: App is slow', 'systems: app', 'impact: degraded', 'start: 2026-03-10 10:00', 'updates:', '  - at: 2026-03-10 10:05', '    status: investigating', '    text: "Looking: into it"', '---', 'Notes.', ''].join('\r\n');

function frontMatterOf(text: string): { updates: { at: string; text: string }[] } {
  return parse(text.split('\r\n---\r\n')[0]?.replace(/^---\r\n/, '') ?? '');
}

beforeEach(() => {
  dir = path.join(mkdtempSync(path.join(tmpdir(), 'driftstatus-concurrency-')), 'content');
  cpSync('tests/fixtures/mini', dir, { recursive: true });
});

describe('concurrent commands on one file', () => {
  it('lands all of 20 updates sent at the same moment, in a file that stays valid and keeps its line endings', async () => {
    const file = path.join(dir, 'incidents', 'app-slow.md');
    writeFileSync(file, OPEN);
    const texts = Array.from({ length: 20 }, (_, i) => `Update ${i + 1}: still slow`);
    const results = await Promise.all(texts.map((text) => run('update', [file, '--status', 'identified', '--text', text])));
    for (const result of results) expect(result, result.stderr).toMatchObject({ status: 0, stderr: '' });

    const written = readFileSync(file, 'utf8');
    const updates = frontMatterOf(written).updates;
    expect(updates.map((u) => u.text).sort()).toEqual([...texts, 'Looking: into it'].sort());
    // All sent within one second of "now": each later than the one before, a second apart.
    expect(updates.map((u) => u.at)).toEqual([
      '2026-03-10 10:05',
      '2026-03-10 10:30',
      ...Array.from({ length: 19 }, (_, i) => `2026-03-10 10:30:${String(i + 1).padStart(2, '0')}`),
    ]);
    expect(written.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    expect(written.endsWith('\r\n---\r\nNotes.\r\n')).toBe(true);
    expect(loadContent(dir).problems).toEqual([]);
    // Neither the lock nor a temporary file is left behind.
    expect(readdirSync(path.dirname(file)).sort()).toEqual(['app-down.md', 'app-slow.md']);
  }, 120_000);

  it('gives two incidents opened at the same moment with the same title a file each', async () => {
    const args = ['incident', '--system', 'app', '--title', 'Appen svarar inte', '--impact', 'outage', '--start', '2026-03-10 10:20'];
    const results = await Promise.all([run('new', args), run('new', args), run('new', args)]);
    for (const result of results) expect(result.status, result.stderr).toBe(0);
    const files = results.map((r) => path.relative(dir, path.resolve(r.stdout))).sort();
    expect(files).toEqual(['2026-03-10-appen-svarar-inte-2.md', '2026-03-10-appen-svarar-inte-3.md', '2026-03-10-appen-svarar-inte.md'].map((name) => path.join('incidents', '2026', name)));
    expect(loadContent(dir).problems.map((p) => p.message)).toEqual([]);
  }, 60_000);

  it('takes over a lock left by a command that was killed', async () => {
    const file = path.join(dir, 'incidents', 'app-slow.md');
    writeFileSync(file, OPEN);
    // What a killed command leaves: its lock folder, no longer kept fresh.
    const lock = path.join(dir, 'incidents', '.app-slow.md.lock');
    mkdirSync(lock);
    const minuteAgo = new Date(Date.now() - 60_000);
    utimesSync(lock, minuteAgo, minuteAgo);
    const result = await run('update', [file, '--status', 'identified', '--text', 'Hittat.']);
    expect(result.status, result.stderr).toBe(0);
    expect(frontMatterOf(readFileSync(file, 'utf8')).updates.at(-1)?.text).toBe('Hittat.');
    expect(readdirSync(path.dirname(file))).not.toContain('.app-slow.md.lock');
  }, 60_000);
});
