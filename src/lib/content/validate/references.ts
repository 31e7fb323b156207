/** Checks that the systems and environments an entry names exist. */
import { closest, type Candidate } from '../../closest.ts';
import type { System } from '../../model.ts';
import { referencesSchema, SLUG } from '../schemas.ts';
import type { EntryContext } from './context.ts';
import type { Explain } from './entry.ts';

/** What an incident, window, schedule or step refers to. */
export interface References {
  systems: string[];
  environments?: string[] | undefined;
}

/**
 * Records each unknown system and each environment none of the systems has. Fields are named under
 * `prefix`, e.g. `steps[1].`. Environments are only checked when every system is known, and systems
 * whose file is invalid are not reported again.
 */
export function checkReferences(ctx: EntryContext, file: string, prefix: string, entry: References): void {
  const field = (name: string, index: number) => `${prefix}${name}[${index}]`;
  const known = entry.systems.flatMap((id, index) => {
    const system = ctx.systemById.get(id);
    if (!system && !ctx.brokenSystems.has(id)) {
      const hint = suggestion(id, systemCandidates(ctx.systemById.values()));
      ctx.report(file, field('systems', index), `unknown system "${id}" (no systems/${id}.yaml in the content folder)${hint}`);
    }
    return system ? [system] : [];
  });
  entry.environments?.forEach((env, index) => {
    if (known.length === entry.systems.length && !known.some((s) => s.environments.some((e) => e.id === env))) {
      const names = [...new Set(known.flatMap((s) => s.environments.map((e) => e.id)))].join(', ');
      const hint = suggestion(env, environmentCandidates(known));
      ctx.report(file, field('environments', index), `unknown environment "${env}" (the systems have ${names})${hint}`);
    }
  });
}

/**
 * The references of a file that fails its schema, checked as far as they can be read, so one run
 * lists everything. Returns no entries, for use in a `flatMap`.
 */
export function checkRawReferences(ctx: EntryContext, file: string, raw: Record<string, unknown> | undefined): [] {
  const references = referencesSchema.safeParse(raw);
  if (references.success) checkReferences(ctx, file, '', references.data);
  return [];
}

const systemCandidates = (systems: Iterable<System>): Candidate[] => [...systems].map((s) => ({ id: s.id, names: [s.name] }));
const environmentCandidates = (systems: Iterable<System>): Candidate[] => {
  const byId = new Map<string, string[]>();
  for (const env of [...systems].flatMap((s) => s.environments)) byId.set(env.id, [...(byId.get(env.id) ?? []), ...(env.name ? [env.name] : [])]);
  return [...byId].map(([id, names]) => ({ id, names }));
};

/** `: write api, the closest id` when a known id is close to `value`, else nothing. */
function suggestion(value: string, candidates: readonly Candidate[]): string {
  const found = closest(value, candidates);
  return found ? `: write ${found.id}, the closest id` : '';
}

/**
 * Explains a system or environment that is not written as an id (`App`, `Test`, `Prod`): names the id
 * to write, the closest of the known systems' ids and names.
 * @example explainIds(systems)('environments[0]', 'Test') // { message: '"Test" is not an id: write test, the id of Test' }
 */
export function explainIds(systems: readonly System[]): Explain {
  return (field, value) => {
    // A value written as an id is refused for another reason (e.g. listed twice), which stands.
    if (typeof value !== 'string' || SLUG.test(value)) return undefined;
    const candidates = /(^|\.)(systems\[\d+\]|system)$/.test(field)
      ? systemCandidates(systems)
      : /(^|\.)(environments\[\d+\]|environment)$/.test(field)
        ? environmentCandidates(systems)
        : undefined;
    const found = candidates && closest(value, candidates);
    if (!found) return undefined;
    const exact = found.name !== undefined || found.id === value.trim().toLowerCase();
    return { message: `"${value}" is not an id: write ${found.id}, ${exact ? `the id of ${found.name ?? value}` : 'the closest id'}` };
  };
}
