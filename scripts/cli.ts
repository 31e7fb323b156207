/**
 * `driftstatus <command> [arguments]`, run in a folder holding a status site's `content/` (the
 * package's `bin`, scripts/driftstatus.mjs, comes here). Each command is a script of this folder: the
 * same one `npm run <command>` runs in this repository, given the arguments after the command's name.
 * Paths are the caller's: `content/` (or DRIFTSTATUS_CONTENT) and `dist/` of the folder it runs in.
 * Adding a command is one line of COMMANDS.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

interface Command {
  /** The script that carries it out, beside this file: it runs on import, or exports `main(args)`. */
  script: string;
  /** What it does, for the usage text. */
  summary: string;
}

const COMMANDS: Record<string, Command> = {
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
function available(): [string, Command][] {
  return Object.entries(COMMANDS).filter(([, command]) => existsSync(new URL(command.script, import.meta.url)));
}

function usage(): string {
  const width = Math.max(...available().map(([name]) => name.length));
  const lines = available().map(([name, command]) => `  npx driftstatus ${name.padEnd(width)}  ${command.summary}`);
  return `Usage: npx driftstatus <command> [arguments], in the folder that holds content/\n${lines.join('\n')}\n`;
}

const [name = '', ...args] = process.argv.slice(2);
if (name === '--help' || name === '-h' || name === 'help') {
  process.stdout.write(usage());
  process.exit(0);
}
const command = available().find(([known]) => known === name)?.[1];
if (!command) {
  process.stderr.write(`${name ? `Unknown command "${name}"` : 'No command given'}.\n${usage()}`);
  process.exit(2);
}
// The scripts read the content folder from here, and name it relative to the caller's folder.
process.env['DRIFTSTATUS_CONTENT'] ||= path.resolve('content');
process.env['DRIFTSTATUS_COMMAND'] = `npx driftstatus ${name}`;
const script = new URL(command.script, import.meta.url);
// Scripts written for `node scripts/x.ts [arguments]` read process.argv as they would there.
process.argv = [process.argv[0] ?? 'node', script.pathname, ...(command.script === 'astro.ts' ? [name] : []), ...args];
const module = (await import(pathToFileURL(script.pathname).href)) as { main?: (args: string[]) => unknown };
if (typeof module.main === 'function') await module.main(args);
