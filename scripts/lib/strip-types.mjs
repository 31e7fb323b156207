/**
 * Lets Node load this package's TypeScript files when it is installed below node_modules/, where
 * Node's own type stripping refuses to work. Imported by scripts/driftstatus.mjs and preloaded
 * (`node --import`) into the Astro processes the commands start. Elsewhere (this repository) Node
 * strips the types itself and this changes nothing.
 */
import { readFileSync } from 'node:fs';
import { registerHooks, stripTypeScriptTypes } from 'node:module';

const packageRoot = new URL('../../', import.meta.url).href;
// Stripping is what Node does itself for the same files elsewhere; its "experimental" notice is noise.
const emitWarning = process.emitWarning;
process.emitWarning = (warning, ...rest) =>
  String(warning).includes('stripTypeScriptTypes') ? undefined : emitWarning.call(process, warning, ...rest);

registerHooks({
  load(url, context, nextLoad) {
    if (!url.startsWith(packageRoot) || !url.endsWith('.ts') || !url.includes('/node_modules/')) return nextLoad(url, context);
    const source = readFileSync(new URL(url), 'utf8');
    return { format: 'module', source: stripTypeScriptTypes(source, { mode: 'strip' }), shortCircuit: true };
  },
});
