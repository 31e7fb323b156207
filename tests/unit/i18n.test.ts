import { describe, expect, it } from 'vitest';
import da from '../../src/i18n/da.json';
import en from '../../src/i18n/en.json';
import sv from '../../src/i18n/sv.json';
import { LOCALES, MAINTENANCE_KINDS, UPDATE_STATUSES, IMPACTS, CAUSES } from '../../src/lib/content/schemas.ts';
import { STATUSES } from '../../src/lib/status.ts';
import { formatDateOrTime, formatDateTime, formatDuration, formatPercent, formatSpan } from '../../src/lib/format.ts';

const files: Record<string, Record<string, string>> = { sv, da, en };

describe('UI strings', () => {
  it('exist for every shipped locale', () => {
    expect(Object.keys(files).sort()).toEqual([...LOCALES].sort());
  });

  it.each(Object.keys(files))('has every key, non-empty, with the same placeholders, in %s', (locale) => {
    const strings = files[locale] ?? {};
    const all = new Set(Object.values(files).flatMap((f) => Object.keys(f)));
    for (const key of all) {
      expect(strings[key], `${locale}: ${key}`).toBeTruthy();
      const placeholders = (text = '') => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(placeholders(strings[key]), `${locale}: ${key}`).toEqual(placeholders(en[key as keyof typeof en]));
    }
  });

  it('names every state, kind, impact, cause and update status of the content model', () => {
    const needed = [
      ...STATUSES.map((s) => `status.${s}`),
      ...STATUSES.map((s) => `banner.${s}`),
      ...MAINTENANCE_KINDS.map((k) => `kind.${k}`),
      ...IMPACTS.map((i) => `impact.${i}`),
      ...CAUSES.map((c) => `cause.${c}`),
      ...UPDATE_STATUSES.map((u) => `update.${u}`),
      ...LOCALES.map((l) => `lang.${l}`),
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
  });
});
