import { describe, expect, it } from 'vitest';
import { holidayOn, holidayRegionProblem } from '../../src/lib/holidays.ts';

describe('holidayOn', () => {
  it("knows Sweden's public holidays, the movable ones too, and the eves offices close on", () => {
    // Easter Sunday 2026 is 5 April: Good Friday 3 April, Easter Monday 6 April; Ascension (+39) 14 May.
    expect(['2026-04-03', '2026-04-06', '2026-05-14'].map((d) => holidayOn('SE', d))).toEqual(['Good Friday', 'Easter Monday', 'Ascension Day']);
    // Julafton and midsommarafton (the Friday between 19 and 25 June) are days off, though not statutory.
    expect(holidayOn('SE', '2026-12-24')).toBe('Christmas Eve');
    expect(holidayOn('SE', '2026-12-25')).toBe('Christmas Day');
    expect(holidayOn('SE', '2026-06-19')).toBe('Midsummer Eve');
    // 2028 is a leap year; Easter Sunday is 16 April: Good Friday 14 April.
    expect(holidayOn('SE', '2028-04-14')).toBe('Good Friday');
  });

  it('does not count ordinary days, observances or half days', () => {
    // Tjugondag Knut (13 January) is an observance; valborgsmässoafton (30 April) a half day.
    expect(['2026-12-23', '2026-01-13', '2026-04-30', '2026-03-10'].map((d) => holidayOn('SE', d))).toEqual([undefined, undefined, undefined, undefined]);
  });

  it("follows the country: 24 December is a day off in Sweden, not in Denmark's calendar", () => {
    expect(holidayOn('DK', '2026-12-24')).toBeUndefined();
    expect(holidayOn('DK', '2026-04-02')).toBe('Maundy Thursday');
  });
});

describe('holidayRegionProblem', () => {
  it('accepts country codes the calendar knows, with or without a region', () => {
    expect([holidayRegionProblem('SE'), holidayRegionProblem('DK'), holidayRegionProblem('DE-BY')]).toEqual([undefined, undefined, undefined]);
  });

  it('says what to write instead', () => {
    expect(holidayRegionProblem('se')).toBe('write the code in capitals: SE');
    expect(holidayRegionProblem('Sweden')).toMatch(/^must be a country code such as SE/);
    expect(holidayRegionProblem('XX')).toMatch(/^"XX" is not a country code the holiday calendar knows/);
    expect(holidayRegionProblem('DE-ZZ')).toMatch(/^"ZZ" is not a region of Germany/);
  });
});
