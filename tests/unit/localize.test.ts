import { describe, expect, it } from 'vitest';
import { localize } from '../../src/lib/localize.ts';
import { at, incident } from './helpers.ts';

const original = incident({
  title: 'Inloggningen fungerar inte',
  body: 'Sammanfattning.',
  start: at('2024-03-06 10:00'),
  updates: [
    { at: at('2024-03-06 10:10'), status: 'investigating', text: 'Vi felsöker.' },
    { at: at('2024-03-06 11:00'), status: 'resolved', text: 'Löst.' },
  ],
});

describe('localize', () => {
  it('shows the original in the default locale', () => {
    expect(localize(original, 'sv', 'sv')).toEqual({
      title: 'Inloggningen fungerar inte',
      body: 'Sammanfattning.',
      updates: ['Vi felsöker.', 'Löst.'],
      untranslated: false,
      foreign: { updates: [undefined, undefined] },
    });
  });

  it('shows the original, marked untranslated and in its own language, where there is no translation', () => {
    expect(localize(original, 'da', 'sv')).toMatchObject({
      title: 'Inloggningen fungerar inte',
      untranslated: true,
      foreign: { title: 'sv', body: 'sv', updates: ['sv', 'sv'] },
    });
  });

  it('uses a translation, falling back per update and for an empty body', () => {
    const translated = {
      ...original,
      translations: { en: { file: 'x.en.md', title: 'Login fails', body: '', updates: [{ text: 'Investigating.' }] } },
    };
    expect(localize(translated, 'en', 'sv')).toEqual({
      title: 'Login fails',
      body: 'Sammanfattning.',
      updates: ['Investigating.', 'Löst.'],
      untranslated: false,
      // The parts that fall back are marked as Swedish, for screen readers (WCAG 3.1.2).
      foreign: { body: 'sv', updates: [undefined, 'sv'] },
    });
  });
});
