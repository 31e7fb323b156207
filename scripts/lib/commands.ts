/**
 * The commands of `driftstatus <command>` (scripts/cli.ts), each a script in scripts/: the same one
 * `npm run <command>` runs in this repository. `init` gives a new site's package.json an npm script
 * for each. A script may export `main(args)` (called with the arguments after the command's name) or
 * run when imported, reading process.argv as `node scripts/<script>` would give it.
 */
import { existsSync } from 'node:fs';

export interface Command {
  /** The script in scripts/ that carries it out: it runs on import, or exports `main(args)`. */
  script: string;
  /** What it does, for the usage text. */
  summary: string;
}

export const COMMANDS: Record<string, Command> = {
  init: { script: 'init.ts', summary: '[dir]  write a new status site (content, package.json, workflows) into dir' },
  check: { script: 'check.ts', summary: '[--strict] [--format json]  validate the content, print path:line: field: problem' },
  build: { script: 'build.ts', summary: '[--outDir DIR]  build the site into dist/' },
  dev: { script: 'astro.ts', summary: 'preview with live reload on http://localhost:4321/' },
  preview: { script: 'astro.ts', summary: 'serve the built dist/' },
  new: { script: 'new.ts', summary: '<incident|maintenance|report> [flags]  write a new content file' },
  update: { script: 'update.ts', summary: '<file> [flags]  add an update, finish, cancel or move' },
  'next-changes': { script: 'next-changes.ts', summary: '[--count N]  when the built state changes next' },
  notify: { script: 'notify.ts', summary: 'send the notifications of new changes' },
};

/** The commands this installed version has (a script may come in a later version). */
export function available(): [string, Command][] {
  return Object.entries(COMMANDS).filter(([, command]) => existsSync(new URL(`../${command.script}`, import.meta.url)));
}

