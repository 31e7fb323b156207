/**
 * Which systems and environments an incident or window touches: the one rule behind every place that
 * names them (pages, calendar cells, feeds, calendars, the API).
 */
import type { Affecting, Environment, System } from './model.ts';

export interface AffectedSystem {
  /** The system's id as the entry names it. */
  id: string;
  /** The system, when it is known (validation guarantees it for valid content). */
  system: System | undefined;
  /** Its environments that the entry touches, in the system's order; `all` when the entry names none. */
  environments: Environment[] | 'all';
}

/**
 * The systems an entry names, in the entry's order, each with the environments it touches.
 *
 * @example
 * affectedSystems({ systems: ['ladok'], environments: ['test'] }, systemById)
 * // → [{ id: 'ladok', system, environments: [{ id: 'test' }] }]
 */
export function affectedSystems(entry: Affecting, systems: ReadonlyMap<string, System>): AffectedSystem[] {
  return entry.systems.map((id) => {
    const system = systems.get(id);
    const named = entry.environments;
    return {
      id,
      system,
      environments: named ? (system?.environments ?? []).filter((e) => named.includes(e.id)) : 'all',
    };
  });
}
