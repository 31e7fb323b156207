/**
 * The editors' commands, run non-interactively in a temporary copy of a fixture content folder: the
 * files they write pass `npm run check` and build, and `update` keeps comments and formatting.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, checkContent, hasStackTrace } from '../support/site.ts';

let dir: string;
const NOW = '2026-03-20T06:10:00+01:00';

function cli(script: 'new' | 'update', args: string[], now = NOW) {
  const result = spawnSync(process.execPath, [path.resolve(`scripts/${script}.ts`), ...args], {
    encoding: 'utf8',
    env: { ...process.env, DRIFTSTATUS_CONTENT: dir, DRIFTSTATUS_NOW: now },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return { status: result.status, stdout: result.stdout.trim(), stderr: result.stderr.trim() };
}
const written = (stdout: string) => path.resolve(stdout.split('\n').at(-1) ?? '');

beforeAll(() => {
  dir = path.join(mkdtempSync(path.join(tmpdir(), 'driftstatus-cli-')), 'content');
  cpSync('tests/fixtures/mini', dir, { recursive: true });
});

describe('npm run new and npm run update', () => {
  let incident: string;

  it('opens an incident from flags alone, named by date and title, times in the site zone', () => {
    const result = cli('new', ['incident', '--system', 'app', '--environment', 'production', '--title', 'Inloggningen fungerar inte – igen!', '--impact', 'outage', '--cause', 'infrastructure', '--text', 'Vi felsöker.']);
    expect(result.status, result.stderr).toBe(0);
    incident = written(result.stdout);
    expect(path.relative(dir, incident)).toBe(path.join('incidents', '2026', '2026-03-20-inloggningen-fungerar-inte-igen.md'));
    expect(readFileSync(incident, 'utf8')).toBe(
      '---\ntitle: Inloggningen fungerar inte – igen!\nsystems:\n  - app\nenvironments:\n  - production\nimpact: outage\ncause: infrastructure\nstart: 2026-03-20 06:10\nupdates:\n  - at: 2026-03-20 06:10\n    status: investigating\n    text: Vi felsöker.\n---\n',
    );
  });

  it('appends updates and resolves, keeping the editor\'s comments and layout', () => {
    const original = readFileSync(incident, 'utf8').replace('impact: outage', 'impact: outage # red: nothing works');
    writeFileSync(incident, original.replace('---\ntitle', '---\n# Written during the outage\ntitle'));
    expect(cli('update', [incident, '--status', 'identified', '--text', 'Ett certifikat har gått ut.'], '2026-03-20T06:40:00+01:00').status).toBe(0);
    const resolved = cli('update', [incident, '--resolve', '2026-03-20 07:02'], '2026-03-20T07:10:00+01:00');
    expect(resolved.status, resolved.stderr).toBe(0);
    const text = readFileSync(incident, 'utf8');
    expect(text).toContain('# Written during the outage\n');
    expect(text).toContain('impact: outage # red: nothing works\n');
    expect(text).toContain('start: 2026-03-20 06:10\nend: 2026-03-20 07:02\n');
    expect(text).toContain('  - at: 2026-03-20 06:40\n    status: identified\n    text: Ett certifikat har gått ut.\n  - at: 2026-03-20 07:10\n    status: resolved\n    text: Löst.\n');
  });

  it('announces a window and writes a report', () => {
    const window = cli('new', ['maintenance', '--kind', 'upgrade', '--system', 'app,api', '--environment', 'production', '--title', 'Uppgradering', '--start', '2026-03-25 05:30', '--end', '2026-03-25 09:00']);
    expect(window.status, window.stderr).toBe(0);
    expect(readFileSync(written(window.stdout), 'utf8')).toContain('start: 2026-03-25 05:30\nend: 2026-03-25 09:00\nannounced: 2026-03-20 06:10\n');
    const finished = cli('update', [written(window.stdout), '--finished', '2026-03-25 07:48'], '2026-03-25T08:00:00+01:00');
    expect(finished.status, finished.stderr).toBe(0);
    expect(readFileSync(written(window.stdout), 'utf8')).toContain('end: 2026-03-25 09:00\nfinished: 2026-03-25 07:48\n');
    const report = cli('new', ['report']);
    expect(report.status, report.stderr).toBe(0);
    expect(path.relative(dir, written(report.stdout))).toBe(path.join('reports', '2026-02.md'));
  });

  it('refuses unknown ids, impossible times and bad statuses, leaving nothing behind', () => {
    const before = readdirSync(path.join(dir, 'incidents'), { recursive: true }).length;
    const cases = [
      [['incident', '--system', 'nope', '--title', 'T', '--impact', 'outage'], '--system: unknown system "nope" (known: api, app)'],
      [['incident', '--system', 'app', '--title', 'T', '--impact', 'down'], '--impact: "down" is not one of degraded, outage'],
      [['incident', '--system', 'app', '--impact', 'outage'], '--title is required'],
      [['maintenance', '--kind', 'upgrade', '--system', 'app', '--title', 'X', '--start', '2026-03-29 02:30', '--end', '2026-03-29 04:00'], '--start: 2026-03-29 02:30 does not exist in Europe/Stockholm'],
      [['maintenance', '--kind', 'upgrade', '--system', 'app', '--title', 'X', '--start', '2026-03-29 05:00', '--end', '2026-03-29 04:00'], 'end: 2026-03-29 04:00 is before start 2026-03-29 05:00\nNothing was written.'],
    ] as const;
    for (const [args, message] of cases) {
      const result = cli('new', [...args]);
      expect(result.status, args.join(' ')).toBe(1);
      expect(result.stderr).toContain(message);
      expect(hasStackTrace(result.stderr)).toBe(false);
    }
    expect(readdirSync(path.join(dir, 'incidents'), { recursive: true }).length).toBe(before);
    expect(cli('update', [incident, '--status', 'fixed', '--text', 'x']).stderr).toContain('--status: "fixed" is not one of');
    expect(cli('update', [path.join(dir, 'missing.md'), '--resolve']).stderr).toContain('missing.md: no such file');
    expect(existsSync(path.join(dir, 'missing.md'))).toBe(false);
  });

  it('leaves a folder that passes the check and builds', () => {
    const check = checkContent(dir);
    expect(check.status, check.stderr).toBe(0);
    const build = buildSite(dir, '2026-03-26T12:00:00+01:00');
    expect(build.status, build.stderr).toBe(0);
    expect(readFileSync(path.join(build.outDir, 'incidents/2026-03-20-inloggningen-fungerar-inte-igen/index.html'), 'utf8')).toContain('Ett certifikat har gått ut.');
  }, 120_000);
});

describe('npm run check', () => {
  const check = (args: string[], now = '2026-03-26T12:00:00+01:00') =>
    spawnSync(process.execPath, [path.resolve('scripts/check.ts'), ...args], {
      encoding: 'utf8',
      env: { ...process.env, DRIFTSTATUS_CONTENT: 'tests/fixtures/broken', DRIFTSTATUS_NOW: now },
    });

  it('prints JSON for CI annotations', () => {
    const result = check(['--format', 'json']);
    expect(result.status).toBe(1);
    const problems = JSON.parse(result.stdout) as { file: string; line: number; field: string; severity: string }[];
    expect(problems).toContainEqual(expect.objectContaining({ file: 'tests/fixtures/broken/incidents/app-down.md', line: 7, field: 'end', severity: 'error' }));
    expect(problems.every((p) => Number.isInteger(p.line) && p.line > 0)).toBe(true);
  });

  it('fails on warnings only with --strict', () => {
    const env = { ...process.env, DRIFTSTATUS_CONTENT: dir, DRIFTSTATUS_NOW: '2026-05-01T12:00:00+02:00' };
    const plain = spawnSync(process.execPath, [path.resolve('scripts/check.ts')], { encoding: 'utf8', env });
    expect(plain.status).toBe(0);
    expect(plain.stderr).toContain('the report for 2026-04 is missing (npm run new -- report) (warning)');
    const strict = spawnSync(process.execPath, [path.resolve('scripts/check.ts'), '--strict'], { encoding: 'utf8', env });
    expect(strict.status).toBe(1);
  });
});
