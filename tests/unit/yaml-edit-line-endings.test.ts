/**
 * `npm run update`'s edits (scripts/lib/yaml-edit.ts) on front matter with CRLF, lone CR or mixed line
 * endings: the result is the LF edit with the file's own line breaks, every untouched line byte for byte.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { appendItem, lineAt, lineEnding, setField, type Edited } from '../../scripts/lib/yaml-edit.ts';

function text(edited: Edited): string {
  if (!edited.ok) throw new Error(`${edited.line}: ${edited.field}: ${edited.message}`);
  return edited.text;
}

const FRONT = ['title: "Inloggningen"', 'impact: outage', 'start: 2026-11-21 06:00', 'updates:', '  - at: 2026-11-21 06:10', '    status: investigating', '    text: "Vi: felsöker."'];
const item = { at: '2026-11-21 07:02', status: 'identified', text: 'Orsak: ett certifikat.' };

describe('edits keep the line endings', () => {
  for (const eol of ['\r\n', '\r']) {
    const name = eol === '\r\n' ? 'CRLF' : 'CR';
    const front = `${FRONT.join(eol)}${eol}`;

    it(`appends an update whose text has ": " to a ${name} list ending in a quoted line`, () => {
      const edited = text(appendItem(front, 'updates', item));
      expect(edited).toBe(`${[...FRONT, '  - at: 2026-11-21 07:02', '    status: identified', '    text: "Orsak: ett certifikat."'].join(eol)}${eol}`);
      expect(parse(edited.replaceAll('\r', '\n')).updates[1]).toEqual(item);
    });

    it(`sets a new field after another and replaces one where it stands, with ${name}`, () => {
      expect(text(setField(front, 'end', '2026-11-21 07:30', 'start'))).toBe(`${[...FRONT.slice(0, 3), 'end: 2026-11-21 07:30', ...FRONT.slice(3)].join(eol)}${eol}`);
      expect(text(setField(front, 'impact', 'degraded'))).toBe(front.replace('impact: outage', 'impact: degraded'));
      expect(text(setField(`end:${eol}x: 1${eol}`, 'end', '12:00'))).toBe(`end: 12:00${eol}x: 1${eol}`);
    });

    it(`names the line of a field it cannot change, counting ${name} breaks`, () => {
      expect(appendItem(front, 'title', item)).toEqual({ ok: false, field: 'title', message: 'is not a list, so nothing can be added to it', line: 1 });
      expect(setField(front, 'updates', 'x')).toMatchObject({ ok: false, field: 'updates', line: 5 });
    });
  }

  it('writes new lines with the ending of the first line when endings are mixed, and leaves the others', () => {
    const mixed = 'title: x\r\nimpact: outage\nstart: 2026-11-21 06:00\r';
    expect(text(setField(mixed, 'end', '07:00'))).toBe('title: x\r\nimpact: outage\nstart: 2026-11-21 06:00\rend: 07:00\r\n');
  });

  it('finds the ending and the line of an offset in any text', () => {
    expect([lineEnding('a\r\nb\n'), lineEnding('a\rb\r\n'), lineEnding('a\nb\r\n'), lineEnding('a')]).toEqual(['\r\n', '\r', '\n', '\n']);
    expect([lineAt('a\rb\rc', 4), lineAt('a\r\nb\r\nc', 6), lineAt('a\nb\r\nc', 5)]).toEqual([3, 3, 3]);
  });
});
