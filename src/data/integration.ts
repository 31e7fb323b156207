/**
 * Stops `astro build` before it starts when the content is invalid: one `path: field: message` line
 * per problem, exit status 1, no stack trace. Warnings are printed to stderr and the build goes on.
 */
import type { AstroIntegration } from 'astro';
import type { Validated } from '../lib/content/validate.ts';
import { formatWarning, loadOrStop, problemsFound, warningsOf } from './load.ts';

export function driftstatus(validated: Validated): AstroIntegration {
  return {
    name: 'driftstatus',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command !== 'build') return;
        const loaded = loadOrStop({ validated, after: ({ total }) => `${problemsFound(total)}; nothing was built.` });
        const warnings = warningsOf(loaded);
        if (warnings.length > 0) process.stderr.write(`${warnings.map(formatWarning).join('\n')}\n`);
      },
    },
  };
}
