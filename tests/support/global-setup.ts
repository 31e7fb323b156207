/**
 * Vitest global setup of the site project: one folder per run for the builds that test files share
 * (see `sharedBuild` in site.ts), removed when the run ends. Per run, not kept between runs, so that a
 * change in `src/` can never be hidden by an old build.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Folder of the builds shared by the test files of this run. */
    buildCache: string;
  }
}

export default function setup(project: TestProject): () => void {
  const dir = mkdtempSync(path.join(tmpdir(), 'driftstatus-builds-'));
  project.provide('buildCache', dir);
  return () => rmSync(dir, { recursive: true, force: true });
}
