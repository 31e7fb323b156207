/**
 * `npx driftstatus init [dir]`: writes a new status site into `dir` (default: the current folder) —
 * a content folder that passes `check` and builds at once (one system; a sample incident and window as
 * drafts), package.json depending on this version, the GitHub and GitLab deploy workflows, .gitignore
 * and the adopter's README. Never writes over a file: if any of them exists, nothing is written.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { usageError } from './lib/args.ts';
import { available } from './lib/commands.ts';

const USAGE = 'Usage: npx driftstatus init [dir]';
const packageRoot = fileURLToPath(new URL('../', import.meta.url));
const template = path.join(packageRoot, 'scripts', 'template');
const engine = JSON.parse(readFileSync(path.join(packageRoot, 'package.json'), 'utf8')) as {
  version: string;
  devDependencies?: Record<string, string>;
};

/** Every command as an npm script of the same name, as in this repository, so the guides apply as written. */
const SCRIPTS = available().map(([name]) => name).filter((name) => name !== 'init');

/** What is written, by path relative to `dir`: file text. */
function files(name: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const relative of readdirSync(path.join(template, 'content'), { recursive: true, encoding: 'utf8' }).sort()) {
    const source = path.join(template, 'content', relative);
    if (statSync(source).isFile()) out.set(path.join('content', relative), readFileSync(source, 'utf8'));
  }
  out.set('content/README.md', readFileSync(path.join(packageRoot, 'content', 'README.md'), 'utf8'));
  const pkg = {
    name,
    private: true,
    type: 'module',
    scripts: Object.fromEntries(SCRIPTS.map((script) => [script, `driftstatus ${script}`])),
    dependencies: { driftstatus: engine.version },
    // Node 24 with the site itself, as for this repository: any machine with npm can build it.
    devDependencies: { node: engine.devDependencies?.['node'] ?? '^24' },
    allowScripts: { node: true, esbuild: true },
  };
  out.set('package.json', `${JSON.stringify(pkg, null, 2)}\n`);
  out.set('.github/workflows/deploy.yml', readFileSync(path.join(packageRoot, '.github', 'workflows', 'deploy.yml'), 'utf8'));
  out.set('.gitlab-ci.yml', readFileSync(path.join(packageRoot, '.gitlab-ci.yml'), 'utf8'));
  out.set('.gitignore', readFileSync(path.join(template, 'gitignore'), 'utf8'));
  out.set('README.md', readFileSync(path.join(template, 'README.md'), 'utf8').replaceAll('{{version}}', engine.version));
  return out;
}

const args = process.argv.slice(2);
if (args.length > 1 || args.some((arg) => arg.startsWith('-'))) usageError(`init takes one folder, not "${args.join(' ')}"`, USAGE);
const dir = path.resolve(args[0] ?? '.');
const name = path.basename(dir).toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '') || 'status-site';
const planned = files(name);
const existing = [...planned.keys()].filter((relative) => existsSync(path.join(dir, relative)));
if (existing.length > 0) {
  process.stderr.write(`${existing.map((relative) => `${path.join(dir, relative)}: exists already`).join('\n')}\nNothing was written: init writes a new site, never over existing files.\n`);
  process.exit(2);
}
for (const [relative, text] of planned) {
  mkdirSync(path.dirname(path.join(dir, relative)), { recursive: true });
  writeFileSync(path.join(dir, relative), text, { flag: 'wx' });
}
const relative = path.relative(process.cwd(), dir);
const shown = relative.startsWith('..') ? dir : relative || '.';
process.stdout.write(
  `A new status site in ${shown}/ (driftstatus ${engine.version}). Next:\n` +
    `${shown === '.' ? '' : `  cd ${shown}\n`}  npm install\n  npm run check\n  npm run dev      # then open the address it prints\n` +
    'Edit content/site.yaml and content/systems/ first; README.md says how to publish and upgrade.\n',
);
