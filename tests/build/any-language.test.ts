/**
 * A UI language is one file (issue 17, item 6): a site whose languages are Norwegian Bokmål, Finnish
 * and German — none of them named anywhere in the code — builds with each language's words, dates and
 * numbers, and names each language by its own name in the switch.
 */
import { describe, expect, it } from 'vitest';
import { readPage, sharedBuild } from '../support/site.ts';

const build = sharedBuild('tests/fixtures/languages', '2026-03-12T12:00:00Z');
const text = (page: string) => readPage(build.outDir, page).textContent.replace(/\s+/g, ' ');

describe('a site in languages added by one file each', () => {
  it('builds', () => expect(build.status, build.stderr).toBe(0));

  it('serves the default language without a prefix and the others below their codes', () => {
    expect(readPage(build.outDir).querySelector('html')?.getAttribute('lang')).toBe('nb');
    expect(readPage(build.outDir, 'fi/index.html').querySelector('html')?.getAttribute('lang')).toBe('fi');
    expect(readPage(build.outDir, 'de/index.html').querySelector('html')?.getAttribute('lang')).toBe('de');
  });

  it("uses each language file's words", () => {
    // The site rewords one Norwegian string in its own i18n/nb.json; the others are Driftstatus's.
    expect(text('index.html')).toContain('Alt virker som det skal');
    expect(text('index.html')).toContain('Kommende planlagt arbeid');
    expect(text('fi/index.html')).toContain('Kaikki järjestelmät toiminnassa');
    expect(text('de/index.html')).toContain('Alle Systeme in Betrieb');
  });

  it("writes dates in each language's own format", () => {
    // The incident began 10 March 2026 10:00 in Oslo (CET, UTC+1).
    expect(text('incidents/innlogging/index.html')).toContain('10. mars 2026 kl. 10:00');
    expect(text('de/incidents/innlogging/index.html')).toContain('10. März 2026 um 10:00');
    expect(text('fi/incidents/innlogging/index.html')).toContain('10. maaliskuuta 2026 klo 10.00');
  });

  it('names each language by its own name in the language switch', () => {
    const names = readPage(build.outDir).querySelectorAll('a[hreflang]').map((a) => `${a.getAttribute('hreflang')}=${a.textContent.trim()}`);
    expect(names).toEqual(expect.arrayContaining(['nb=Norsk bokmål', 'fi=Suomi', 'de=Deutsch']));
  });
});
