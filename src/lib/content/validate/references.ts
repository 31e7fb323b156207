/** Checks that the systems and environments an entry names exist. */
import { referencesSchema } from '../schemas.ts';
import type { EntryContext } from './context.ts';

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
      ctx.report(file, field('systems', index), `unknown system "${id}" (no systems/${id}.yaml in the content folder)`);
    }
    return system ? [system] : [];
  });
  entry.environments?.forEach((env, index) => {
    if (known.length === entry.systems.length && !known.some((s) => s.environments.some((e) => e.id === env))) {
      const names = [...new Set(known.flatMap((s) => s.environments.map((e) => e.id)))].join(', ');
      ctx.report(file, field('environments', index), `unknown environment "${env}" (the systems have ${names})`);
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
