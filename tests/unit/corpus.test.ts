import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeCorpus } from '../../scripts/lib/corpus.ts';
import { loadContent } from '../../src/data/read.ts';

describe('benchmark corpus', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'driftstatus-corpus-'));
  const make = (name: string) => {
    const out = path.join(root, name);
    writeCorpus({ incidents: 300, windows: 60, out });
    return out;
  };
  const read = (dir: string) =>
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .sort()
      .filter((f) => f.includes('.'))
      .map((f) => `${f}\n${readFileSync(path.join(dir, f), 'utf8')}`);

  it('is valid content, with what the brief asks for', () => {
    const dir = make('a');
    const { content, problems } = loadContent(dir);
    expect(problems).toEqual([]);
    expect(content.incidents).toHaveLength(300);
    expect(content.maintenance).toHaveLength(60);
    expect(new Set(content.systems.map((s) => s.group)).size).toBeGreaterThan(2);
    expect(content.incidents.every((i) => i.updates.length >= 2 && i.updates.length <= 4 && i.body.includes('##'))).toBe(true);
    expect(content.reports.length).toBeGreaterThan(100);
    expect(content.incidents.filter((i) => i.translations.en).length).toBeGreaterThan(0);
  });

  it('is the same, byte for byte, every time', () => {
    expect(read(make('b'))).toEqual(read(make('c')));
  });
});
