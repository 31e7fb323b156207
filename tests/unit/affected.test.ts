import { describe, expect, it } from 'vitest';
import { affectedSystems } from '../../src/lib/affected.ts';
import type { System } from '../../src/lib/model.ts';

const system = (id: string, environments: string[]): System =>
  ({ id, name: id.toUpperCase(), file: `content/systems/${id}.yaml`, environments: environments.map((e) => ({ id: e })) }) as System;
const systems = new Map([system('ladok', ['production', 'test', 'training']), system('api', ['production'])].map((s) => [s.id, s]));

describe('affectedSystems', () => {
  it('gives every environment as "all" when the entry names none', () => {
    expect(affectedSystems({ systems: ['ladok', 'api'] }, systems).map((a) => [a.id, a.environments])).toEqual([
      ['ladok', 'all'],
      ['api', 'all'],
    ]);
  });

  it("keeps only each system's own environments, in the system's order", () => {
    const [ladok, api] = affectedSystems({ systems: ['ladok', 'api'], environments: ['training', 'test'] }, systems);
    expect(ladok?.environments).toEqual([{ id: 'test' }, { id: 'training' }]);
    expect(api?.environments).toEqual([]);
  });

  it('names an unknown system by its id, without environments', () => {
    expect(affectedSystems({ systems: ['gone'], environments: ['test'] }, systems)).toEqual([{ id: 'gone', system: undefined, environments: [] }]);
  });
});
