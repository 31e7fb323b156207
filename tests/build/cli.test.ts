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

// npm runs scripts in the project folder and passes the editor's folder as INIT_CWD; here it is the project too.
function cli(script: 'new' | 'update', args: string[], now = NOW, env: NodeJS.ProcessEnv = {}) {
  const result = spawnSync(process.execPath, [path.resolve(`scripts/${script}.ts`), ...args], {
    encoding: 'utf8',
    env: { ...process.env, DRIFTSTATUS_CONTENT: dir, DRIFTSTATUS_NOW: now, INIT_CWD: process.cwd(), ...env },
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

  it('gives a second update within the same minute its seconds, so that it is still later than the first', () => {
    const opened = cli('new', ['incident', '--system', 'app', '--title', 'Snabba besked', '--impact', 'degraded', '--text', 'Vi felsöker.'], '2026-03-21T08:00:05+01:00');
    const file = written(opened.stdout);
    const second = cli('update', [file, '--status', 'identified', '--text', 'Hittat.'], '2026-03-21T08:00:40+01:00');
    expect(second.status, second.stderr).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('  - at: 2026-03-21 08:00\n    status: investigating\n    text: Vi felsöker.\n  - at: 2026-03-21 08:00:40\n    status: identified\n');
    expect(checkContent(dir).status).toBe(0);
  });

  it('refuses to resolve a resolved incident again unless forced', () => {
    const before = readFileSync(incident, 'utf8');
    const again = cli('update', [incident, '--resolve'], '2026-03-20T08:00:00+01:00');
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/^\S+inloggningen-fungerar-inte-igen\.md:\d+: end: the incident is already resolved \(end: 2026-03-20 07:02\): .*--force/);
    expect(cli('update', [incident, '--status', 'resolved', '--text', 'Löst igen.'], '2026-03-20T08:00:00+01:00').status).toBe(1);
    expect(readFileSync(incident, 'utf8')).toBe(before);
    // Resolved in the file by hand, without an end: the last update is what counts.
    const handMade = path.join(dir, 'incidents', 'hand-resolved.md');
    writeFileSync(handMade, before.replace('end: 2026-03-20 07:02\n', ''));
    expect(cli('update', [handMade, '--resolve']).stderr).toContain('updates[2].status: the incident is already resolved');
    const forced = cli('update', [handMade, '--resolve', '--force', '--text', 'Löst igen.'], '2026-03-20T08:00:00+01:00');
    expect(forced.status, forced.stderr).toBe(0);
    expect(readFileSync(handMade, 'utf8')).toContain('start: 2026-03-20 06:10\nend: 2026-03-20 08:00\n');
  });

  it('changes nothing but the added lines, whatever the layout and line endings', () => {
    const lines = [
      '---',
      '# Written in a hurry, on Windows',
      'title: "Certifikatet"   # what readers see',
      "systems: [app,  'api']",
      'environments: [ production ]',
      'impact:   degraded',
      'start: 2026-03-20 05:00',
      'updates:',
      '    - at: 2026-03-20 05:10',
      '      status: investigating',
      '      text: >-',
      '        Vi felsöker',
      '        fortfarande.',
      '    # more to come',
      '---',
      'Text  with  odd   spacing.',
      '',
    ];
    const file = path.join(dir, 'incidents', '2026', 'odd-layout.md');
    writeFileSync(file, lines.join('\r\n'));
    expect(cli('update', [file, '--status', 'identified', '--text', 'Orsaken: ett certifikat.'], '2026-03-20T05:40:00+01:00').status).toBe(0);
    const resolved = cli('update', [file, '--resolve', '2026-03-20 06:02'], '2026-03-20T06:10:00+01:00');
    expect(resolved.status, resolved.stderr).toBe(0);
    const text = readFileSync(file, 'utf8');
    expect(text.replaceAll('\r\n', '')).not.toContain('\n');
    expect(text.split('\r\n')).toEqual([
      ...lines.slice(0, 7),
      'end: 2026-03-20 06:02',
      ...lines.slice(7, 13),
      '    - at: 2026-03-20 05:40',
      '      status: identified',
      '      text: "Orsaken: ett certifikat."',
      '    - at: 2026-03-20 06:10',
      '      status: resolved',
      '      text: Löst.',
      ...lines.slice(13),
    ]);
  });

  it('finds a file named relative to the folder npm was run in', () => {
    const folder = path.join(dir, 'incidents', '2026');
    const result = cli('update', ['odd-layout.md', '--status', 'monitoring', '--text', 'Vi håller ögonen på det.'], '2026-03-20T06:20:00+01:00', { INIT_CWD: folder });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toBe('odd-layout.md');
    expect(readFileSync(path.join(folder, 'odd-layout.md'), 'utf8')).toContain('Vi håller ögonen på det.');
  });

  it('records an incident that is already over, with its end and a resolved update', () => {
    const result = cli('new', ['incident', '--system', 'app', '--title', 'Kort avbrott', '--impact', 'outage', '--start', '2026-03-19 13:00', '--end', '2026-03-19 13:20', '--text', 'Appen svarade inte.']);
    expect(result.status, result.stderr).toBe(0);
    expect(readFileSync(written(result.stdout), 'utf8')).toContain(
      'start: 2026-03-19 13:00\nend: 2026-03-19 13:20\nupdates:\n  - at: 2026-03-19 13:00\n    status: investigating\n    text: Appen svarade inte.\n  - at: 2026-03-19 13:20\n    status: resolved\n    text: Löst.\n',
    );
  });

  it('names a file after the kind when the title has no letters a file name can use', () => {
    const emoji = cli('new', ['incident', '--system', 'app', '--title', '🔥🔥🔥', '--impact', 'degraded']);
    expect(emoji.status, emoji.stderr).toBe(0);
    expect(path.basename(written(emoji.stdout))).toBe('2026-03-20-incident.md');
    const greek = cli('new', ['maintenance', '--kind', 'upgrade', '--system', 'app', '--title', 'Αναβάθμιση', '--start', '2026-03-27 05:00', '--end', '2026-03-27 06:00']);
    expect(greek.status, greek.stderr).toBe(0);
    expect(path.basename(written(greek.stdout))).toBe('2026-03-27-maintenance.md');
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
    const usage = [
      ['new', ['report', '--impact', 'outage'], '--impact is not used for new report (its flags: --month, --title)'],
      ['new', ['maintenance', '--kind', 'upgrade', '--system', 'app', '--title', 'X', '--start', '2026-03-29 05:00', '--end', '2026-03-29 06:00', '--text', 'x'], '--text is not used for new maintenance'],
      ['new', ['incident', '--sytem', 'app'], "Unknown option '--sytem'"],
      ['new', ['incidnet'], 'Unknown kind "incidnet"'],
      ['update', [incident, '--resolve', '--cancel'], '--cancel is not used for --resolve'],
      ['update', [incident, '--finish'], "Unknown option '--finish'"],
    ] as const;
    for (const [script, args, message] of usage) {
      const result = cli(script, [...args]);
      expect(result.status, args.join(' ')).toBe(2);
      expect(result.stderr).toContain(message);
      expect(result.stderr).toContain(`Usage: npm run ${script} -- `);
      expect(hasStackTrace(result.stderr)).toBe(false);
    }
    expect(readdirSync(path.join(dir, 'incidents'), { recursive: true }).length).toBe(before);
    expect(cli('update', [incident, '--status', 'fixed', '--text', 'x']).stderr).toContain('--status: "fixed" is not one of');
    expect(cli('update', [path.join(dir, 'missing.md'), '--resolve']).stderr).toContain('missing.md: no such file');
    expect(existsSync(path.join(dir, 'missing.md'))).toBe(false);
  });

  it('writes nothing while site.yaml is broken: the time zone decides every time written', () => {
    const broken = path.join(mkdtempSync(path.join(tmpdir(), 'driftstatus-cli-')), 'content');
    cpSync('tests/fixtures/mini', broken, { recursive: true });
    const site = path.join(broken, 'site.yaml');
    writeFileSync(site, readFileSync(site, 'utf8').replace('Europe/Stockholm', 'Europe/Stokholm'));
    const result = cli('new', ['incident', '--system', 'app', '--title', 'X', '--impact', 'outage'], NOW, { DRIFTSTATUS_CONTENT: broken });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^\S*site\.yaml:4: timezone: .+\nFix site\.yaml first: nothing was written\.$/);
    expect(readdirSync(path.join(broken, 'incidents'), { recursive: true })).toEqual(['app-down.md']);
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

  it('refuses a format it does not know, and unknown flags, with the usage line', () => {
    for (const args of [['--format', 'xml'], ['--strcit']]) {
      const result = check(args);
      expect(result.status, args.join(' ')).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain('Usage: npm run check');
    }
    expect(check(['--format', 'xml']).stderr).toContain('--format: "xml" is not one of text, json');
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
