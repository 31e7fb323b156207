// @ts-check
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import { driftstatus } from './src/data/integration.ts';
import { contentDir, loadContentOnce } from './src/data/read.ts';
import { basePath } from './src/lib/site-url.ts';

// Validated once here: the site's address comes from content/site.yaml, and a build with invalid
// content stops before it starts (see src/data/integration.ts).
const validated = loadContentOnce(contentDir(), { fresh: true });
const { site } = validated.content;
// Astro lets an environment variable named BASE_URL override import.meta.env.BASE_URL in server code,
// and with it the base of getRelativeLocaleUrl: a shell or CI job that sets one for something else
// (Vitest sets BASE_URL=/) would build a site under a path with its links at the host's root.
delete process.env['BASE_URL'];
// Files the site serves as they are (a logo, images): the content folder's public/ when it has one;
// the engine's own public/ (the favicon) fills in what that lacks (see src/data/integration.ts).
const enginePublic = fileURLToPath(new URL('./public/', import.meta.url));
const sitePublic = path.join(contentDir(), 'public');
const publicDir = existsSync(sitePublic) ? sitePublic : enginePublic;

/**
 * The browser's bundles only (the build's own code is left as it is): chart.js is one module whose
 * classes read properties in static fields, which tree-shaking otherwise keeps as possible side
 * effects, and with them every scale and controller the charts do not use.
 * @returns {import('vite').Plugin}
 */
function clientTreeShaking() {
  return {
    name: 'driftstatus:client-tree-shaking',
    configEnvironment: (name) => (name === 'client' ? { build: { rolldownOptions: { treeshake: { propertyReadSideEffects: false } } } } : undefined),
  };
}

export default defineConfig({
  site: site.url,
  // A site under a path (https://org.github.io/status/, a GitHub Pages project site) is built and
  // served under that path: Astro prefixes its assets, getRelativeLocaleUrl and the dev server with it.
  base: basePath(site.url),
  publicDir,
  integrations: [driftstatus(validated, { publicDir, enginePublic })],
  // Pages live under src/pages/[...lang]/ so that the default locale can come from site.yaml.
  // The default locale is listed even when site.yaml forgets it: the integration reports that mistake
  // with its file and line, instead of Astro refusing the configuration first.
  i18n: {
    locales: [...new Set([site.locale, ...site.locales])],
    defaultLocale: site.locale,
    routing: { prefixDefaultLocale: false },
  },
  trailingSlash: 'always',
  // Scripts and styles as files of their own: cached across pages, and allowed by a strict
  // Content-Security-Policy without 'unsafe-inline'.
  build: { inlineStylesheets: 'never', concurrency: 8 },
  vite: {
    build: { assetsInlineLimit: 0 },
    plugins: [clientTreeShaking()],
  },
  devToolbar: { enabled: false },
});
