/**
 * The content folder's `public/` (a logo, images, a style sheet) is Astro's public folder: copied to
 * the site as it is. A page, feed or API document of the same name would silently replace it (or it
 * them), changing what integrators read: such a file stops the build.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Every file below `dir`, relative, with `/`. */
function filesBelow(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
}

/** One problem line per file of `publicDir` that the build wrote over (its bytes in `outDir` differ). */
export function replacedSiteFiles(publicDir: string, outDir: string): string[] {
  const shown = path.relative(process.cwd(), publicDir) || publicDir;
  return filesBelow(publicDir)
    .filter((file) => {
      try {
        return !readFileSync(path.join(publicDir, file)).equals(readFileSync(path.join(outDir, file)));
      } catch {
        return true;
      }
    })
    .map((file) => `${shown}/${file}: file: has the name of one of the site's own pages or documents, /${file}: rename it or move it into a folder of its own, e.g. public/img/`);
}
