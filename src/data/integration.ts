/**
 * Stops `astro build` before it starts when the content is invalid: one `path: field: message` line
 * per problem, exit status 1, no stack trace. Warnings are printed to stderr and the build goes on.
 * Copies the content folder's own public files into the site (src/data/site-files.ts).
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Validated } from '../lib/content/validate.ts';
import { formatWarning, loadOrStop, problemsFound, warningsOf } from './load.ts';
import { copySiteFiles, engineFiles, siteFilesInDev } from './site-files.ts';

export function driftstatus(validated: Validated): AstroIntegration {
  let publicDir = '';
  return {
    name: 'driftstatus',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        publicDir = fileURLToPath(config.publicDir);
        if (command === 'dev') updateConfig({ vite: { plugins: [siteFilesInDev()] } });
        if (command !== 'build') return;
        const loaded = loadOrStop({ validated, after: ({ total }) => `${problemsFound(total)}; nothing was built.` });
        const warnings = warningsOf(loaded);
        if (warnings.length > 0) process.stderr.write(`${warnings.map(formatWarning).join('\n')}\n`);
      },
      // The organisation's own files (content/public/): copied last, refused where they would replace output.
      'astro:build:done': ({ dir }) => {
        const problems = copySiteFiles(fileURLToPath(dir), engineFiles(publicDir));
        if (problems.length === 0) return;
        process.stderr.write(`${problems.join('\n')}\n`);
        process.exit(1);
      },
    },
  };
}
