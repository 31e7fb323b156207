import path from 'node:path';

/** The content folder: `DRIFTSTATUS_CONTENT`, else `content/` of the working directory. */
export function contentDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env['DRIFTSTATUS_CONTENT'] || 'content');
}
