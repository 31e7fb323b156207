import { describe, expect, it } from 'vitest';
import { compareText, sortSystems } from '../../src/lib/sort.ts';
import { system } from './helpers.ts';

describe('compareText', () => {
  it('orders by code points, not by locale', () => {
    expect(['ö', 'z', 'a', 'Z'].sort(compareText)).toEqual(['Z', 'a', 'z', 'ö']);
  });
});

describe('sortSystems', () => {
  it('lists by order, then name, then id, systems without order last, without changing its input', () => {
    const systems = [
      system({ id: 'b', name: 'Same' }),
      system({ id: 'a', name: 'Same' }),
      system({ id: 'c', name: 'Alpha' }),
      system({ id: 'd', name: 'Zulu', order: 2 }),
      system({ id: 'e', name: 'Yankee', order: 1 }),
    ];
    expect(sortSystems(systems).map((s) => s.id)).toEqual(['e', 'd', 'c', 'a', 'b']);
    expect(systems.map((s) => s.id)).toEqual(['b', 'a', 'c', 'd', 'e']);
  });
});
