// @ts-check
import { defineConfig } from 'astro/config';
import { driftstatus } from './src/data/integration.ts';
import { contentDir, loadContent } from './src/data/read.ts';

// Validated once here: the site's address comes from content/site.yaml, and a build with invalid
// content stops before it starts (see src/data/integration.ts).
const validated = loadContent(contentDir());

export default defineConfig({
  site: validated.content.site.url,
  integrations: [driftstatus(validated)],
  trailingSlash: 'ignore',
  devToolbar: { enabled: false },
});
