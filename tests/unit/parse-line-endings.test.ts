/**
 * Files saved on Windows (CRLF), by old Mac editors (CR), with a byte-order mark (Notepad) or with
 * line endings mixed by a paste read exactly as their LF twins: same data, same line numbers, the body
 * kept byte for byte. A byte-order mark anywhere but the start is refused with its line.
 */
import { describe, expect, it } from 'vitest';
import { parseMarkdownFile, parseYamlFile, splitFrontMatter, type ParsedText } from '../../src/lib/content/parse.ts';

/** An incident as an editor writes one, with every YAML form that a line break ends. */
const INCIDENT = [
  '---',
  '# written in a hurry',
  'title: "Inloggningen: fungerar inte"',
  'systems: [ladok, ladok-api]',
  'impact: outage',
  "start: '2026-11-21 06:00'",
  'updates:',
  '  - at: 2026-11-21 06:10',
  '    status: investigating',
  '    text: |',
  '      Rad ett.',
  '      Rad två.',
  '  - at: 2026-11-21 07:00',
  '    status: resolved',
  '    text: >-',
  '      Löst',
  '      igen.',
  'end: "2026-11-21 07:00"',
  '---',
  'Första stycket.',
  '',
  'Andra.',
  '',
];
const SCHEDULE = ['title: Planerad uppgradering', 'rrule: FREQ=WEEKLY;BYDAY=MO', "first: '2026-01-12'", 'steps:', '  - { day: 0, start: 05:30, end: 11:00 }', 'skip: [2026-12-28] # jul', ''];

/** The same lines with each line ending chosen by `eol(line number)`. */
function joined(lines: string[], eol: (index: number) => string): string {
  return lines.map((line, index) => (index === lines.length - 1 ? line : `${line}${eol(index)}`)).join('');
}

const VARIANTS: Record<string, (lines: string[]) => string> = {
  CRLF: (lines) => joined(lines, () => '\r\n'),
  'CR only': (lines) => joined(lines, () => '\r'),
  'BOM and LF': (lines) => `\uFEFF${joined(lines, () => '\n')}`,
  'BOM and CRLF': (lines) => `\uFEFF${joined(lines, () => '\r\n')}`,
  'mixed endings': (lines) => joined(lines, (i) => ['\n', '\r\n', '\r'][i % 3] ?? '\n'),
};

function ok(parsed: ParsedText): Extract<ParsedText, { ok: true }> {
  if (!parsed.ok) throw new Error(`${parsed.line}: ${parsed.field}: ${parsed.message}`);
  return parsed;
}

const PATHS = [['title'], ['systems', 1], ['start'], ['updates', 0, 'text'], ['updates', 1, 'text'], ['updates', 1, 'status'], ['end']];

describe('parseMarkdownFile with any line endings', () => {
  const lf = ok(parseMarkdownFile(INCIDENT.join('\n')));

  it('reads the LF file as written (the reference the others are compared with)', () => {
    expect(lf.data['title']).toBe('Inloggningen: fungerar inte');
    expect(lf.data['end']).toBe('2026-11-21 07:00');
    expect(lf.data['updates']).toEqual([
      { at: '2026-11-21 06:10', status: 'investigating', text: 'Rad ett.\nRad två.\n' },
      { at: '2026-11-21 07:00', status: 'resolved', text: 'Löst igen.' },
    ]);
    // Counted by hand in INCIDENT: line 1 is the opening ---.
    expect(PATHS.map((p) => lf.lineOf(p))).toEqual([3, 4, 6, 10, 15, 14, 18]);
    expect(lf.body).toBe('Första stycket.\n\nAndra.\n');
  });

  for (const [name, write] of Object.entries(VARIANTS)) {
    it(`reads a file with ${name} as its LF twin, body kept byte for byte`, () => {
      const text = write(INCIDENT);
      const parsed = ok(parseMarkdownFile(text));
      expect(parsed.data).toEqual(lf.data);
      expect(PATHS.map((p) => parsed.lineOf(p))).toEqual([3, 4, 6, 10, 15, 14, 18]);
      expect(text.endsWith(parsed.body)).toBe(true);
      expect(parsed.body.replace(/\r\n?/g, '\n')).toBe(lf.body);
    });
  }

  it('reports a YAML mistake on the same line whatever the line endings', () => {
    const broken = INCIDENT.map((line) => (line === 'impact: outage' ? 'impact: [outage' : line));
    const expected = parseMarkdownFile(broken.join('\n'));
    expect(expected).toMatchObject({ ok: false, field: 'yaml' });
    for (const write of Object.values(VARIANTS)) expect(parseMarkdownFile(write(broken))).toEqual(expected);
  });

  it('accepts an empty front matter and a file that ends at its closing line', () => {
    expect(ok(parseMarkdownFile('---\r\n---\r\n')).data).toEqual({});
    expect(ok(parseMarkdownFile('---\rtitle: x\r---')).data).toEqual({ title: 'x' });
  });

  it('still needs the closing line, also with CRLF', () => {
    expect(parseMarkdownFile('---\r\ntitle: x\r\n----\r\n')).toEqual({ ok: false, field: 'front matter', message: 'has no closing --- line', line: 1 });
  });
});

describe('parseYamlFile with any line endings', () => {
  const lf = ok(parseYamlFile(SCHEDULE.join('\n')));
  for (const [name, write] of Object.entries(VARIANTS)) {
    it(`reads a schedule with ${name} as its LF twin`, () => {
      const parsed = ok(parseYamlFile(write(SCHEDULE)));
      expect(parsed.data).toEqual(lf.data);
      expect(parsed.lineOf(['skip', 0])).toBe(6);
    });
  }
});

describe('a byte-order mark where it does not belong', () => {
  const message = (where: string) =>
    `contains an invisible byte-order mark (U+FEFF) ${where}, usually from joined files or pasted text: delete it (retype the text around it if you cannot see it)`;

  it('is refused inside a value, naming the field and its line', () => {
    const text = INCIDENT.map((line) => line.replace('impact: outage', 'impact: out\uFEFFage')).join('\r\n');
    expect(parseMarkdownFile(text)).toEqual({ ok: false, field: 'impact', message: message('in the middle of the file'), line: 5 });
  });

  it('is refused in the body, and twice at the start', () => {
    const body = [...INCIDENT.slice(0, -2), '\uFEFFAndra.', ''].join('\n');
    expect(parseMarkdownFile(body)).toEqual({ ok: false, field: 'body', message: message('in the middle of the file'), line: 22 });
    expect(parseMarkdownFile(`\uFEFF\uFEFF${INCIDENT.join('\n')}`)).toEqual({ ok: false, field: 'file', message: message('twice at the start'), line: 1 });
    expect(parseYamlFile(`\uFEFF\uFEFF${SCHEDULE.join('\n')}`)).toEqual({ ok: false, field: 'title', message: message('twice at the start'), line: 1 });
  });

  it('is refused between two joined YAML files', () => {
    const text = `${SCHEDULE.join('\r\n')}\uFEFFtitle: igen\r\n`;
    expect(parseYamlFile(text)).toMatchObject({ ok: false, message: message('in the middle of the file'), line: 7 });
  });
});

describe('splitFrontMatter', () => {
  it('gives back every byte', () => {
    for (const write of Object.values(VARIANTS)) {
      const text = write(INCIDENT);
      const parts = splitFrontMatter(text);
      expect(parts && `${parts.bom}${parts.open}${parts.front}${parts.close}${parts.body}`).toBe(text);
    }
    expect(splitFrontMatter('\uFEFF---\r\ntitle: x\r\n---\r\nText')).toEqual({ bom: '\uFEFF', open: '---\r\n', front: 'title: x\r\n', close: '---\r\n', body: 'Text' });
  });

  it('refuses a file without a closing line quickly, however long', () => {
    const started = performance.now();
    expect(splitFrontMatter(`---\r\n${'a: b\r\n\r'.repeat(50_000)}`)).toBeUndefined();
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
