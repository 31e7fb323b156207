/**
 * The in-place YAML edits behind `npm run update` (scripts/lib/yaml-edit.ts): an edit adds or changes
 * its own lines and leaves every other line exactly as the editor wrote it.
 */
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { appendItem, setField, type Edited } from '../../scripts/lib/yaml-edit.ts';

function text(edited: Edited): string {
  if (!edited.ok) throw new Error(`${edited.line}: ${edited.field}: ${edited.message}`);
  return edited.text;
}

/** Everything a careful editor might write, with Windows line endings. */
const ODD = [
  '# Written in a hurry',
  'title: "Inloggningen"   # what readers see',
  "systems: [ladok,  'api']",
  'impact:   outage',
  'start: 2026-11-21 06:00',
  'updates:',
  '    - at: 2026-11-21 06:10',
  '      status: investigating',
  '      text: >-',
  '        Vi felsöker',
  '        fortfarande.',
  '    # more to come',
  '',
].join('\r\n');

describe('setField', () => {
  it('adds a field on the line after the one named, at the fields\' indentation', () => {
    expect(text(setField('start: 10:00 # local\nimpact: outage\n', 'end', '12:00', 'start'))).toBe('start: 10:00 # local\nend: 12:00\nimpact: outage\n');
    expect(text(setField('a: 1\nb: [x, y]\n', 'cancelled', true))).toBe('a: 1\nb: [x, y]\ncancelled: true\n');
  });

  it('replaces a value where it stands, keeping the comment after it', () => {
    expect(text(setField('end:   11:00   # first guess\nx: 1\n', 'end', '12:00'))).toBe('end:   12:00   # first guess\nx: 1\n');
    expect(text(setField('end:\nx: 1\n', 'end', '12:00'))).toBe('end: 12:00\nx: 1\n');
    expect(text(setField('end: # later\nx: 1\n', 'end', '12:00'))).toBe('end: 12:00 # later\nx: 1\n');
  });

  it('quotes what YAML would misread and gives a last line without a break its break', () => {
    expect(parse(text(setField('a: 1', 'b', 'x: # y')))).toEqual({ a: 1, b: 'x: # y' });
    expect(parse(text(setField('a: 1\n', 'b', 'two\nlines')))).toEqual({ a: 1, b: 'two\nlines' });
  });
});

describe('appendItem', () => {
  const item = { at: '2026-11-21 07:02', status: 'resolved', text: 'Löst: allt fungerar.' };

  it('appends to a block list at its own indentation, before a comment that follows it', () => {
    const edited = text(appendItem(ODD, 'updates', item)).split('\r\n');
    const added = ['    - at: 2026-11-21 07:02', '      status: resolved', '      text: "Löst: allt fungerar."'];
    expect(edited).toEqual([...ODD.split('\r\n').slice(0, 11), ...added, ...ODD.split('\r\n').slice(11)]);
    expect(parse(edited.join('\n')).updates[0].text).toBe('Vi felsöker fortfarande.');
  });

  it('keeps the file\'s line endings, also for text on several lines', () => {
    const edited = text(appendItem(ODD, 'updates', { ...item, text: 'Rad ett.\nRad två.' }));
    expect(edited.replaceAll('\r\n', '')).not.toContain('\n');
    expect(parse(edited).updates[1].text).toBe('Rad ett.\nRad två.');
  });

  it('appends inside a flow list, and adds a missing list at the end', () => {
    expect(text(appendItem('updates: [ ]  # none yet\n', 'updates', { at: '1', status: 'x' }))).toBe('updates: [ { at: "1", status: x }]  # none yet\n');
    expect(parse(text(appendItem('updates: [{at: "1"}]\n', 'updates', { at: '2' })))).toEqual({ updates: [{ at: '1' }, { at: '2' }] });
    expect(text(appendItem('title: x # t\n', 'updates', { at: '1' }))).toBe('title: x # t\nupdates:\n  - at: "1"\n');
  });

  it('says where a field is not a list instead of overwriting it', () => {
    expect(appendItem('title: x\nupdates: none\n', 'updates', item)).toEqual({ ok: false, field: 'updates', message: 'is not a list, so nothing can be added to it', line: 2 });
  });
});
