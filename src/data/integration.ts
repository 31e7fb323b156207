/**
 * Stops `astro build` before it starts when the content is invalid: one `path: field: message` line
 * per problem, exit status 1, no stack trace.
 */
import type { AstroIntegration } from 'astro';
import type { Validated } from '../lib/content/validate.ts';
import { loadOrStop, problemsFound } from './load.ts';

export function driftstatus(validated: Validated): AstroIntegration {
  return {
    name: 'driftstatus',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command !== 'build') return;
        loadOrStop({ validated, after: ({ total }) => `${problemsFound(total)}; nothing was built.` });
      },
    },
  };
}
