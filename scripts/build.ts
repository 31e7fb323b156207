/**
 * `npm run build [-- --outDir DIR]` (`npx driftstatus build` in a site's folder): `astro build` into a temporary folder beside the output folder
 * (default `dist/`), which replaces it only once the build has finished. A server serving `dist/` never
 * sees it empty or half written, and a build that fails or is killed leaves the previous one in place;
 * what a killed build left is removed at the next start. Every other flag is passed to `astro build`.
 */
import { spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { constants } from 'node:os';
import { fileURLToPath } from 'node:url';
import { cleanStale, swapIn, tempFolder } from './lib/output-swap.ts';

/** The output folder (`--outDir DIR` or `--outDir=DIR`, as Astro reads it) and the other arguments. */
function splitOutDir(args: readonly string[]): { outDir: string; rest: string[] } {
  let outDir = 'dist';
  const rest: string[] = [];
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? '';
    if (arg === '--outDir' && args[i + 1] !== undefined) outDir = args[(i += 1)] ?? outDir;
    else if (arg.startsWith('--outDir=')) outDir = arg.slice('--outDir='.length);
    else rest.push(arg);
  }
  return { outDir: path.resolve(outDir), rest };
}

const { outDir, rest } = splitOutDir(process.argv.slice(2));
cleanStale(outDir);
const temp = tempFolder(outDir, process.pid);
let swapped = false;
// Also when the build fails or this process is stopped by a signal it handles.
process.on('exit', () => swapped || rmSync(temp, { recursive: true, force: true }));

const astro = path.join(path.dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin', 'astro.mjs');
const guard = new URL('./lib/exit-with-parent.ts', import.meta.url).href;
const hooks = new URL('./lib/strip-types.mjs', import.meta.url).href;
// The project is this package's (its src/ and astro.config.mjs), the content and dist/ the caller's.
const root = fileURLToPath(new URL('../', import.meta.url));
const child = spawn(process.execPath, ['--import', hooks, '--import', guard, astro, 'build', '--root', root, ...rest, '--outDir', temp], {
  stdio: 'inherit',
  env: { ...process.env, DRIFTSTATUS_BUILD_PARENT: String(process.pid) },
});
// Ctrl-C reaches the build directly; a SIGTERM from a CI runner or `kill` is passed on.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => child.kill(signal));

child.on('exit', (code, signal) => {
  if (code === 0 && existsSync(temp)) {
    swapIn(temp, outDir, process.pid);
    swapped = true;
  }
  process.exitCode = code ?? 128 + (signal ? constants.signals[signal] : 1);
});
