import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalog, UI_LOCALES } from '../../src/i18n/catalog.ts';
import { MAINTENANCE_KINDS, UPDATE_STATUSES, IMPACTS, CAUSES } from '../../src/lib/content/schemas.ts';
import { STATUSES } from '../../src/lib/status.ts';
import { formatDateOrTime, formatDateTime, formatDuration, formatLanguages, formatPercent, formatSpan } from '../../src/lib/format.ts';

const folder = new URL('../../src/i18n/', import.meta.url);
const files: Record<string, Record<string, string>> = Object.fromEntries(
  readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .map((name) => [name.slice(0, -'.json'.length), JSON.parse(readFileSync(new URL(name, folder), 'utf8'))]),
);
const en = files['en'] ?? {};

/** Every source file that may name a UI key: pages, components, views, commands. */
function sources(dir: URL): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const url = new URL(entry.name + (entry.isDirectory() ? '/' : ''), dir);
    if (entry.isDirectory()) return sources(url);
    return /\.(ts|astro|mjs)$/.test(entry.name) ? [readFileSync(url, 'utf8')] : [];
  });
}

describe('UI strings', () => {
  it('are one file per language, and every file present is a language the site can be built in', () => {
    expect(UI_LOCALES).toEqual(Object.keys(files).sort());
    expect([...catalog.keys()]).toEqual(expect.arrayContaining(['sv', 'da', 'en', 'nb', 'fi', 'de']));
  });

  it.each(Object.keys(files))('%s has every key, non-empty, with the same placeholders, and no other', (locale) => {
    const strings = files[locale] ?? {};
    const all = new Set(Object.values(files).flatMap((f) => Object.keys(f)));
    const placeholders = (text = '') => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of all) {
      expect(strings[key], `${locale}: ${key}`).toBeTruthy();
      expect(placeholders(strings[key]), `${locale}: ${key}`).toEqual(placeholders(en[key]));
    }
    expect(Object.keys(strings).sort()).toEqual(Object.keys(en).sort());
  });

  it('has no key that no code uses', () => {
    const code = [new URL('../../src/', import.meta.url), new URL('../../scripts/', import.meta.url)].flatMap(sources).join('\n');
    // Keys built at run time (`status.${state}`, uiStrings(locale, ['live.'])) are used as families.
    const families = [...code.matchAll(/[`'"]([a-z][\w.-]*\.)(?:\$\{|[`'"])/g)].map((m) => m[1] ?? '');
    const unused = Object.keys(en).filter((key) => !code.includes(`'${key}'`) && !code.includes(`"${key}"`) && !code.includes(`\`${key}\``) && !families.some((f) => key.startsWith(f)));
    expect(unused).toEqual([]);
  });

  it('names every state, kind, impact, cause and update status of the content model', () => {
    const needed = [
      ...STATUSES.map((s) => `status.${s}`),
      ...STATUSES.map((s) => `banner.${s}`),
      ...MAINTENANCE_KINDS.map((k) => `kind.${k}`),
      ...IMPACTS.map((i) => `impact.${i}`),
      ...CAUSES.map((c) => `cause.${c}`),
      ...UPDATE_STATUSES.map((u) => `update.${u}`),
      'lang.self',
    ];
    for (const key of needed) expect(Object.keys(en)).toContain(key);
  });
});

describe('formats per locale', () => {
  const instant = Date.UTC(2024, 2, 6, 4, 30);
  it('uses the 24-hour clock and names the zone', () => {
    expect(formatDateTime(instant, 'sv', 'Europe/Stockholm')).toBe('6 mars 2024 kl. 05:30 CET');
    expect(formatDateTime(instant, 'en', 'Europe/Stockholm')).toBe('6 March 2024 at 05:30 CET');
    expect(formatDateTime(instant, 'da', 'Europe/Copenhagen')).toBe('6. marts 2024 kl. 05.30 CET');
    expect(formatDateTime(Date.UTC(2024, 6, 3, 15, 0), 'en', 'Europe/Stockholm')).toBe('3 July 2024 at 17:00 CEST');
  });

  it('writes a date given without a time as the date alone', () => {
    const midnight = Date.UTC(2024, 1, 21, 23, 0); // 22 February 2024 00:00 in Copenhagen
    expect(formatDateOrTime(midnight, 'da', 'Europe/Copenhagen')).toBe('torsdag den 22. februar 2024');
    expect(formatDateOrTime(midnight + 60_000, 'da', 'Europe/Copenhagen')).toBe('22. februar 2024 kl. 00.01 CET');
  });

  it('writes a same-day span with the date once', () => {
    expect(formatSpan(instant, instant + 12_600_000, 'sv', 'Europe/Stockholm')).toBe('6 mars 2024 05:30–09:00 CET');
  });

  it('names the zone of each end of a span across a daylight-saving change', () => {
    const spring = Date.UTC(2026, 2, 29, 0, 0); // 01:00 CET; two hours later it is 04:00 CEST
    expect(formatSpan(spring, spring + 2 * 3_600_000, 'sv', 'Europe/Stockholm')).toBe('29 mars 2026 kl. 01:00 CET – 29 mars 2026 kl. 04:00 CEST');
    const autumn = Date.UTC(2026, 9, 25, 0, 0); // 02:00 CEST; two hours later it is 03:00 CET
    expect(formatSpan(autumn, autumn + 2 * 3_600_000, 'en', 'Europe/Stockholm')).toBe('25 October 2026 at 02:00 CEST – 25 October 2026 at 03:00 CET');
  });

  it('writes percentages and durations the local way', () => {
    expect(formatPercent(0.9982, 'sv')).toBe('99,82\u00a0%');
    expect(formatPercent(0.9982, 'da')).toBe('99,82\u00a0%');
    expect(formatPercent(0.9982, 'en')).toBe('99.82%');
    expect(formatDuration(8_100_000, 'sv')).toBe('2 tim, 15 min');
    expect(formatDuration(8_100_000, 'en')).toBe('2 hrs, 15 mins');
    expect(formatDuration(26 * 3_600_000, 'en')).toBe('1 day, 2 hrs');
    expect(formatPercent(0.9982, 'nb')).toBe('99,82\u00a0%');
    expect(formatPercent(0.9982, 'fi')).toBe('99,82\u00a0%');
    expect(formatPercent(0.9982, 'de')).toBe('99,82\u00a0%');
  });

  it('writes dates the way each language does', () => {
    expect(formatDateTime(instant, 'nb', 'Europe/Oslo')).toBe('6. mars 2024 kl. 05:30 CET');
    expect(formatDateTime(instant, 'de', 'Europe/Berlin')).toBe('6. März 2024 um 05:30 MEZ');
    expect(formatDateTime(instant, 'fi', 'Europe/Helsinki')).toBe('6. maaliskuuta 2024 klo 06.30 UTC+2');
  });

  it("names languages in the reader's language", () => {
    expect(formatLanguages(['sv', 'nb', 'en'], 'en')).toBe('Swedish, Norwegian Bokmål and English');
    expect(formatLanguages(['sv', 'da'], 'sv')).toBe('svenska och danska');
  });
});
