/**
 * `driftstatus <command> [arguments]`, run in a folder holding a status site's `content/` (the
 * package's `bin`, scripts/driftstatus.mjs, comes here). Each command is a script of this folder: the
 * same one `npm run <command>` runs in this repository, given the arguments after the command's name.
 * Paths are the caller's: `content/` (or DRIFTSTATUS_CONTENT) and `dist/` of the folder it runs in.
 * Adding a command is one line of COMMANDS (scripts/lib/commands.ts).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { available } from './lib/commands.ts';

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
const script = new URL(command.script, import.meta.url);
// Scripts written for `node scripts/x.ts [arguments]` read process.argv as they would there.
process.argv = [process.argv[0] ?? 'node', fileURLToPath(script), ...(command.script === 'astro.ts' ? [name] : []), ...args];
// Each script runs itself on import, from process.argv, as under `node scripts/x.ts` (a script that
// exports a main, like notify.ts, calls it only when it is the script process.argv names: it is here).
await import(script.href);
