import { describe, expect, it } from 'vitest';
import { clipIntervals, mergeIntervals, subtractIntervals, totalLength } from '../../src/lib/interval.ts';

const i = (start: number, end: number) => ({ start, end });

describe('intervals', () => {
  it('merges overlapping and touching intervals in any order and drops empty ones', () => {
    expect(mergeIntervals([i(5, 8), i(0, 2), i(1, 3), i(3, 4), i(6, 7), i(9, 9)])).toEqual([i(0, 4), i(5, 8)]);
  });

  it('counts overlapping time once', () => {
    expect(totalLength([i(0, 10), i(5, 15), i(20, 25)])).toBe(20);
    expect(totalLength([])).toBe(0);
  });

  it('clips to a window', () => {
    expect(clipIntervals([i(0, 10), i(15, 30), i(40, 50)], i(5, 20))).toEqual([i(5, 10), i(15, 20)]);
  });

  it('subtracts', () => {
    expect(subtractIntervals([i(0, 100)], [i(10, 20), i(15, 30), i(90, 120)])).toEqual([i(0, 10), i(30, 90)]);
    expect(subtractIntervals([i(0, 10), i(20, 30)], [i(5, 25)])).toEqual([i(0, 5), i(25, 30)]);
    expect(subtractIntervals([i(0, 10)], [i(0, 10)])).toEqual([]);
    expect(subtractIntervals([i(0, 10)], [])).toEqual([i(0, 10)]);
  });
});
