import { describe, expect, it } from 'vitest';
import { closest, editDistance } from '../../src/lib/closest.ts';

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and adjacent swaps as one edit each', () => {
    expect(editDistance('api', 'api')).toBe(0);
    expect(editDistance('apii', 'api')).toBe(1);
    expect(editDistance('ap', 'api')).toBe(1);
    expect(editDistance('apx', 'api')).toBe(1);
    expect(editDistance('aip', 'api')).toBe(1);
    expect(editDistance('producton', 'production')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });
});

describe('closest', () => {
  const systems = [
    { id: 'ladok', names: ['Ladok'] },
    { id: 'ladok-api', names: ['Ladok API'] },
    { id: 'portal', names: ['Studentportalen'] },
  ];

  it('finds an id written in other letter case, or by its display name', () => {
    expect(closest('LADOK', systems)).toEqual({ id: 'ladok' });
    expect(closest('studentportalen', systems)).toEqual({ id: 'portal', name: 'Studentportalen' });
    expect(closest('Ladok API', systems)).toEqual({ id: 'ladok-api', name: 'Ladok API' });
  });

  it('finds an id from its first letters, or a few edits away', () => {
    expect(closest('port', systems)).toEqual({ id: 'portal' });
    expect(closest('ladok_api', systems)).toEqual({ id: 'ladok-api' });
    expect(closest('ladk', systems)).toEqual({ id: 'ladok' });
    expect(closest('protal', systems)).toEqual({ id: 'portal' });
  });

  it('suggests nothing when nothing is close', () => {
    expect(closest('billing', systems)).toBeUndefined();
    expect(closest('', systems)).toBeUndefined();
    // Short ids allow one edit only: "xyz" is two from "api".
    expect(closest('xyz', [{ id: 'api' }])).toBeUndefined();
  });
});
