/**
 * A UI language is one file (issue 17, item 6): a site whose languages are Norwegian Bokmål, Finnish
 * and German — none of them named anywhere in the code — builds with each language's words, dates and
 * numbers, and names each language by its own name in the switch.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
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

  it("shows the organisation's look: logo (with its dark variant), brand colour, links and style sheet", () => {
    const home = readPage(build.outDir);
    expect(home.querySelector('.site-title img')?.getAttribute('src')).toBe('/img/logo.svg');
    expect(home.querySelector('.site-title source')?.getAttribute('srcset')).toBe('/img/logo-dark.svg');
    expect(home.querySelector('.site-title source')?.getAttribute('media')).toBe('(prefers-color-scheme: dark)');
    const styles = home.querySelectorAll('link[rel=stylesheet]').map((l) => l.getAttribute('href'));
    expect(styles).toEqual(expect.arrayContaining(['/brand.css', '/custom.css']));
    expect(readFileSync(path.join(build.outDir, 'brand.css'), 'utf8')).toContain('background: #00594f');
    // The content folder's public files are in the site as they were written.
    expect(readFileSync(path.join(build.outDir, 'img/logo.svg'), 'utf8')).toBe(readFileSync('tests/fixtures/languages/public/img/logo.svg', 'utf8'));
    const footer = home.querySelectorAll('.site-footer a').map((a) => `${a.textContent.trim()} ${a.getAttribute('href')}`);
    expect(footer).toEqual(expect.arrayContaining(['example.no https://www.example.no/', 'Tilgjengelighetserklæring https://uustatus.no/']));
  });

  it('names each language by its own name in the language switch', () => {
    const names = readPage(build.outDir).querySelectorAll('a[hreflang]').map((a) => `${a.getAttribute('hreflang')}=${a.querySelector('.lang-name')?.textContent.trim()}`);
    expect(names).toEqual(expect.arrayContaining(['nb=Norsk bokmål', 'fi=Suomi', 'de=Deutsch']));
  });
});
