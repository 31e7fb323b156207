#!/usr/bin/env node
/**
 * The `driftstatus` command (package.json `bin`): plain JavaScript, so that any Node can read it and
 * say what to do when it is too old. It then lets Node load the package's TypeScript files, which
 * Node's own type stripping refuses below node_modules/ (scripts/lib/strip-types.mjs), and hands over
 * to scripts/cli.ts.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const NEEDED = [22, 19]; // package.json "engines" (tests/unit/engines.test.ts)
const tooOld = (version) => {
  const [major, minor] = version.replace(/^v/, '').split('.').map(Number);
  return major < NEEDED[0] || (major === NEEDED[0] && minor < NEEDED[1]);
};

/** The Node of the npm package `node` in the folder's node_modules (the adopter's devDependency), if any. */
function localNode() {
  try {
    const require = createRequire(path.join(process.cwd(), 'package.json'));
    const bin = path.join(path.dirname(require.resolve('node/package.json')), 'bin', 'node');
    if (!existsSync(bin)) return undefined;
    const version = execFileSync(bin, ['--version'], { encoding: 'utf8' }).trim();
    return tooOld(version) ? undefined : bin;
  } catch {
    return undefined;
  }
}

if (tooOld(process.version)) {
  const node = localNode();
  if (node && !process.env.DRIFTSTATUS_REEXEC) {
    const { spawnSync } = await import('node:child_process');
    const argv = [process.argv[1], ...process.argv.slice(2)];
    const run = spawnSync(node, argv, { stdio: 'inherit', env: { ...process.env, DRIFTSTATUS_REEXEC: '1' } });
    process.exit(run.status ?? 1);
  }
  process.stderr.write(
    `driftstatus needs Node ${NEEDED.join('.')} or later; this is Node ${process.version.slice(1)}.\n` +
      'Either install Node 24 (https://nodejs.org/), or let this folder bring its own: run\n' +
      '  npm install --save-dev node@24\n' +
      'here, then use the commands through npm (npm run build, npm run check, …) or npx driftstatus … again.\n',
  );
  process.exit(1);
}

await import('./lib/strip-types.mjs');
await import('./cli.ts');
