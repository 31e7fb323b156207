/**
 * Stops `astro build` before it starts when the content is invalid: one `path: field: message` line
 * per problem, exit status 1, no stack trace.
 */
import type { AstroIntegration } from 'astro';
import { formatProblem } from '../lib/content/problem.ts';
import type { Validated } from '../lib/content/validate.ts';
import { buildNow } from './read.ts';

export function driftstatus(validated: Validated): AstroIntegration {
  return {
    name: 'driftstatus',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command !== 'build') return;
        const now = buildNow();
        const lines = validated.problems.map(formatProblem);
        if (!now.ok) lines.push(`DRIFTSTATUS_NOW: ${now.error}`);
        if (lines.length === 0) return;
        process.stderr.write(`${lines.join('\n')}\n${lines.length} problem${lines.length === 1 ? '' : 's'} found; nothing was built.\n`);
        process.exit(1);
      },
    },
  };
}
