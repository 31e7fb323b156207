/**
 * `driftstatus dev|preview [flags]`: Astro's own command, run on this package's project (its src/ and
 * astro.config.mjs) from the folder it is called in, so that content/ and dist/ are the caller's.
 * In this repository the two are one folder, and `npm run dev` is the same as `astro dev`.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const [command = 'dev', ...rest] = process.argv.slice(2);
const astro = path.join(path.dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin', 'astro.mjs');
const hooks = new URL('./lib/strip-types.mjs', import.meta.url).href;
const guard = new URL('./lib/exit-with-parent.ts', import.meta.url).href;
const outDir = command === 'preview' && !rest.some((arg) => arg.startsWith('--outDir')) ? ['--outDir', path.resolve('dist')] : [];
const child = spawn(process.execPath, ['--import', hooks, '--import', guard, astro, command, '--root', root, ...outDir, ...rest], {
  stdio: 'inherit',
  env: { ...process.env, DRIFTSTATUS_BUILD_PARENT: String(process.pid) },
});
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => {
  process.exitCode = code ?? (signal ? 1 : 0);
});
