/** Validates the system files, which every other kind refers to by id. */
import type { Environment, System } from '../../model.ts';
import { systemSchema } from '../schemas.ts';
import { unique, type Context } from './context.ts';

/**
 * The valid systems, and the ids of the invalid ones: those are reported once, here, so that
 * references to them are not reported again.
 */
export function validateSystems(ctx: Context): { systems: System[]; broken: Set<string> } {
  const broken = new Set<string>();
  const systems = unique(ctx, ctx.byKind('system'), 'system id').flatMap((file) => {
    const { data } = ctx.parse(file, systemSchema);
    if (!data) {
      broken.add(file.slug);
      return [];
    }
    const environments: Environment[] = data.environments.map((e) => (typeof e === 'string' ? { id: e } : e));
    environments.forEach((env, index) => {
      if (environments.findIndex((other) => other.id === env.id) !== index) {
        ctx.report(file.file, `environments[${index}]`, `lists "${env.id}" twice`);
      }
    });
    return [{ ...data, id: file.slug, file: file.file, environments } satisfies System];
  });
  return { systems, broken };
}
