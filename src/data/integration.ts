/**
 * Stops `astro build` before it starts when the content is invalid: one `path: field: message` line
 * per problem, exit status 1, no stack trace. Warnings are printed to stderr and the build goes on.
 * After the build, the engine's own public files that the site's public/ lacks are added, and a file
 * of the site's public/ that a page, feed or API document replaced stops the build.
 */
import { cpSync, existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Validated } from '../lib/content/validate.ts';
import { formatWarning, loadOrStop, problemsFound, warningsOf } from './load.ts';
import { replacedSiteFiles } from './site-files.ts';

/** The public folder Astro serves, and the engine's own (the same unless the content folder has public/). */
export interface PublicFolders {
  publicDir: string;
  enginePublic: string;
}

export function driftstatus(validated: Validated, folders?: PublicFolders): AstroIntegration {
  return {
    name: 'driftstatus',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command !== 'build') return;
        const loaded = loadOrStop({ validated, after: ({ total }) => `${problemsFound(total)}; nothing was built.` });
        const warnings = warningsOf(loaded);
        if (warnings.length > 0) process.stderr.write(`${warnings.map(formatWarning).join('\n')}\n`);
      },
      'astro:build:done': ({ dir }) => {
        if (!folders || path.resolve(folders.publicDir) === path.resolve(folders.enginePublic)) return;
        const out = fileURLToPath(dir);
        const replaced = replacedSiteFiles(folders.publicDir, out);
        if (replaced.length > 0) {
          process.stderr.write(`${replaced.join('\n')}\n`);
          process.exit(1);
        }
        for (const name of readdirSync(folders.enginePublic)) {
          if (!existsSync(path.join(out, name))) cpSync(path.join(folders.enginePublic, name), path.join(out, name), { recursive: true });
        }
      },
    },
  };
}
