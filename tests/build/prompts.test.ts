/**
 * The commands' questions on a terminal, as an editor answers them: each command runs under a pseudo
 * terminal (`script` from util-linux), and the answers are typed when their question appears.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const hasScript = spawnSync('script', ['--version']).status === 0;
let dir: string;

beforeAll(() => {
  dir = path.join(mkdtempSync(path.join(tmpdir(), 'driftstatus-prompts-')), 'content');
  cpSync('tests/fixtures/mini', dir, { recursive: true });
});

/** Runs `args` on a terminal; each answer is typed once the output shows its question. Resolves with the last line printed. */
function onTerminal(args: string[], answers: [RegExp, string][]): Promise<{ status: number | null; output: string }> {
  const command = `stty cols 200 rows 50; exec ${[process.execPath, ...args].map((a) => `'${a}'`).join(' ')}`;
  const child = spawn('script', ['-qfec', command, '/dev/null'], {
    env: { ...process.env, CI: '', DRIFTSTATUS_CONTENT: dir, DRIFTSTATUS_NOW: '2026-03-10T10:30:00+01:00', INIT_CWD: process.cwd(), TERM: 'xterm' },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let seen = '';
  let all = '';
  child.stdout.on('data', (chunk: Buffer) => {
    const text = String(chunk).replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '');
    seen += text;
    all += text;
    const next = answers[0];
    if (next && next[0].test(seen)) {
      answers.shift();
      seen = '';
      setTimeout(() => child.stdin.write(next[1]), 50);
    }
  });
  return new Promise((resolve) => child.on('close', (status) => resolve({ status, output: all })));
}

const ENTER = '\r';
const SPACE = ' ';
const DOWN = '\x1b[B';

describe.skipIf(!hasScript)('questions on a terminal', () => {
  it('new incident asks the start (default now), the environments of the chosen systems and the impact (default outage)', async () => {
    const result = await onTerminal([path.resolve('scripts/new.ts'), 'incident'], [
      [/Title/, `Appen svarar inte${ENTER}`],
      // The first system offered is api (the files in name order), whose one environment is production.
      [/Which systems/, `${SPACE}${ENTER}`],
      [/Which environments/, `${SPACE}${ENTER}`],
      [/Impact/, ENTER],
      [/Cause/, ENTER],
      [/Start/, ENTER],
      [/First update/, `Vi felsöker.${ENTER}`],
    ]);
    expect(result.status, result.output).toBe(0);
    const file = path.join(dir, 'incidents', '2026', '2026-03-10-appen-svarar-inte.md');
    // Enter on Impact takes the default, outage; on Start, now.
    expect(readFileSync(file, 'utf8')).toBe(
      '---\ntitle: Appen svarar inte\nsystems:\n  - api\nenvironments:\n  - production\nimpact: outage\nstart: 2026-03-10 10:30\nupdates:\n  - at: 2026-03-10 10:30\n    status: investigating\n    text: Vi felsöker.\n---\n',
    );
  }, 60_000);

  it('update asks the status and the text of an incident', async () => {
    const file = path.join(dir, 'incidents', 'open.md');
    writeFileSync(file, '---\ntitle: Open\nsystems: app\nimpact: degraded\nstart: 2026-03-10 10:00\n---\n');
    const result = await onTerminal([path.resolve('scripts/update.ts'), file], [
      [/What is the news/, `${DOWN}${ENTER}`],
      [/What should readers be told/, `Orsaken: ett certifikat.${ENTER}`],
    ]);
    expect(result.status, result.output).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(
      '---\ntitle: Open\nsystems: app\nimpact: degraded\nstart: 2026-03-10 10:00\nupdates:\n  - at: 2026-03-10 10:30\n    status: identified\n    text: "Orsaken: ett certifikat."\n---\n',
    );
  }, 60_000);
});
