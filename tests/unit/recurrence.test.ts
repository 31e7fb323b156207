import { describe, expect, it } from 'vitest';
import { ruleDates } from '../../src/lib/recurrence.ts';

describe('ruleDates', () => {
  it("ends a series at the rule's own UNTIL when that comes before the requested end", () => {
    expect(ruleDates('FREQ=WEEKLY;BYDAY=WE;UNTIL=20260401', '2026-03-18', '2026-05-01', 100)).toEqual([
      '2026-03-18',
      '2026-03-25',
      '2026-04-01',
    ]);
  });

  it('ends a series at the requested end when that comes before the rule\'s UNTIL', () => {
    expect(ruleDates('FREQ=WEEKLY;BYDAY=WE;UNTIL=20261231', '2026-03-18', '2026-03-25', 100)).toEqual(['2026-03-18', '2026-03-25']);
  });

  it("keeps the rule's UNTIL when no end is requested, and COUNT and the limit as they are", () => {
    expect(ruleDates('FREQ=WEEKLY;BYDAY=WE;UNTIL=20260325T120000Z', '2026-03-18', undefined, 100)).toEqual(['2026-03-18', '2026-03-25']);
    expect(ruleDates('FREQ=WEEKLY;BYDAY=WE;COUNT=2', '2026-03-18', '2026-05-01', 100)).toEqual(['2026-03-18', '2026-03-25']);
    expect(ruleDates('FREQ=WEEKLY;BYDAY=WE', '2026-03-18', '2026-05-01', 1)).toEqual(['2026-03-18']);
  });
});
