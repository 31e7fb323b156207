/**
 * The content folder's `public/`: the organisation's logo, images and style sheet, copied to the site
 * as they are (after the build; served from the folder by the dev server). A file there may replace
 * one of Driftstatus's own public files (`favicon.svg`), never a page, feed or API document the build
 * wrote: that would silently change what integrators read.
 */
import { cpSync, existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { contentDir } from './content-dir.ts';

const folder = () => path.join(contentDir(), 'public');

/** Every file below `dir`, relative, with `/`. */
function filesBelow(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
}

/**
 * Copies the content folder's public files into the built site `outDir`; returns the problems, one
 * line per file that would replace something the build wrote (nothing is copied then).
 */
export function copySiteFiles(outDir: string, engineFiles: readonly string[]): string[] {
  const source = folder();
  const clashes = filesBelow(source).filter((file) => existsSync(path.join(outDir, file)) && !engineFiles.includes(file));
  if (clashes.length > 0) {
    const shown = path.relative(process.cwd(), source) || source;
    return clashes.map((file) => `${shown}/${file}: file: would replace the site's own /${file}: rename it or move it into a folder of its own, e.g. public/img/`);
  }
  if (existsSync(source)) cpSync(source, outDir, { recursive: true });
  return [];
}

/** The files of Driftstatus's own public/ folder (which the site's may replace). */
export function engineFiles(publicDir: string): string[] {
  return filesBelow(publicDir);
}

/** Serves the content folder's public files in `astro dev`, before Astro's own routes. */
export function siteFilesInDev(): Plugin {
  return {
    name: 'driftstatus:site-files',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const base = server.config.base.replace(/\/$/, '');
        const url = decodeURIComponent((request.url ?? '').split('?')[0] ?? '');
        const relative = url.startsWith(`${base}/`) ? url.slice(base.length + 1) : '';
        const file = path.join(folder(), relative);
        if (!relative || !file.startsWith(folder() + path.sep) || !existsSync(file)) return next();
        void import('node:fs').then(({ createReadStream, statSync }) => {
          if (!statSync(file).isFile()) return next();
          const type = ({ svg: 'image/svg+xml', png: 'image/png', css: 'text/css', ico: 'image/x-icon', jpg: 'image/jpeg', webp: 'image/webp' } as Record<string, string>)[path.extname(file).slice(1)];
          if (type) response.setHeader('Content-Type', type);
          createReadStream(file).pipe(response);
        });
      });
    },
  };
}
