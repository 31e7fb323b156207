import { describe, expect, it } from 'vitest';
import { formatProblem, MAX_MESSAGE } from '../../src/lib/content/problem.ts';
import { explainValue, explainYamlError, hasTypographicQuotes, invisibleCharacter, wrongFolder } from '../../src/lib/content/validate/traps.ts';
import { validateContent } from '../../src/lib/content/validate.ts';

describe('invisibleCharacter', () => {
  it('names the character and where it is', () => {
    expect(invisibleCharacter('05:30\u00a0x')).toBe('has a non-breaking space (U+00A0) after 05:30: type an ordinary space instead');
    expect(invisibleCharacter('app\u00a0')).toBe('has a non-breaking space (U+00A0) after app: delete it');
    expect(invisibleCharacter('\u200bapp')).toBe('has a zero-width space (U+200B) before app: delete it');
    expect(invisibleCharacter('app')).toBeUndefined();
  });
});

describe('explainValue', () => {
  it('reads a number written for a time of day back as the time meant', () => {
    expect(explainValue('start', 5.3, 'must be text, not 5.3')?.message).toBe('is read as the number 5.3, not a time: write 05:30 (or "05:30" in quotes)');
    expect(explainValue('steps[1].end', 23.05, 'must be text, not 23.05')?.message).toBe('is read as the number 23.05, not a time: write 23:05 (or "23:05" in quotes)');
    expect(explainValue('end', 7, 'must be text, not 7')?.message).toBe('is read as the number 7, not a time: write 07:00 (or "07:00" in quotes)');
    expect(explainValue('end', 25.5, 'must be text, not 25.5')?.message).toBe('is read as the number 25.5, not a time: write the time as hh:mm, e.g. 05:30');
    expect(explainValue('sla', 5.3, 'must be text, not 5.3')).toBeUndefined();
  });

  it('turns a list written as one text into the list', () => {
    expect(explainValue('steps[0].systems[0]', 'app, api', 'must be lowercase')).toEqual({
      field: 'steps[0].systems',
      message: '"app, api" is one text, not a list: write systems: [app, api]',
    });
  });

  it('leaves other refusals as they are', () => {
    expect(explainValue('title', 'x', 'must not be empty')).toBeUndefined();
  });
});

describe('explainYamlError', () => {
  const line = (text: string) => explainYamlError(`a: 1\n${text}\n`, 2);
  it('names the character a value starts with and gives the value in quotes', () => {
    expect(line('title: [Fixed] API')?.message).toBe('starts with [, which YAML reads as the start of a list: put the whole text in quotes: title: "[Fixed] API"');
    expect(line('  - text: "Back" now')).toEqual({ field: 'text', message: 'starts with a quoted part ("Back") followed by more text: put the whole text in quotes: text: \'"Back" now\'' });
  });
  it('does not explain a list that is only missing its closing bracket', () => {
    expect(line('systems: [app, api')).toBeUndefined();
  });
  it('shortens a long value in its suggestion', () => {
    const message = line(`title: [x] ${'a'.repeat(500)}`)?.message ?? '';
    expect(message.length).toBeLessThan(200);
    expect(message.endsWith('…"')).toBe(true);
  });
});

describe('typographic quotes and misplaced files', () => {
  it('recognises a value wrapped in typographic quotes, not one that only quotes a word', () => {
    expect(hasTypographicQuotes('“App is down”')).toBe(true);
    expect(hasTypographicQuotes('”App is down”')).toBe(true);
    expect(hasTypographicQuotes('„Wartung“')).toBe(true);
    expect(hasTypographicQuotes('The “new” app is down')).toBe(false);
  });
  it('tells a planned window in incidents/ from an incident in maintenance/', () => {
    expect(wrongFolder('incident', { kind: 'upgrade', title: 'x' })?.field).toBe('kind');
    expect(wrongFolder('maintenance', { impact: 'outage' })?.field).toBe('impact');
    expect(wrongFolder('incident', { kind: 'upgrade', impact: 'outage' })).toBeUndefined();
  });
});

describe('one problem prints one bounded line', () => {
  it('a 200 kB value in a YAML error or a message is cut, on one line', () => {
    const title = `[x] ${'a'.repeat(200_000)}`;
    const files = [
      { file: 'content/site.yaml', kind: 'site' as const, slug: 'site', text: 'title: T\nurl: https://s.example.org/\ntimezone: UTC\nlocale: en\n' },
      { file: 'content/systems/app.yaml', kind: 'system' as const, slug: 'app', text: `name: ${title}\n` },
    ];
    const lines = validateContent(files).problems.map(formatProblem);
    expect(lines).toHaveLength(1);
    expect(lines[0]?.length).toBeLessThan(400);
    expect(formatProblem({ file: 'f', field: 'x', message: `a\n${'b'.repeat(10_000)}` })).toBe(`f:1: x: a ${'b'.repeat(MAX_MESSAGE - 3)}…`);
  });
});
