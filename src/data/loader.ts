/**
 * The content-layer loader: fills each collection from the validated content folder. Validation runs
 * once per load for all collections together, because the checks span files (ids, environments).
 * In `astro dev` it reloads when a file in the content folder changes.
 */
import type { Loader } from 'astro/loaders';
import type { Content } from '../lib/model.ts';
import { formatProblem } from '../lib/content/problem.ts';
import type { Validated } from '../lib/content/validate.ts';
import { contentDir, loadContentOnce } from './read.ts';

export type CollectionName = keyof Content;

let stale = false;
/** Refills of every collection, run after one re-read when a content file changes in `astro dev`. */
const refills = new Set<() => void>();
let watching = false;
/** A save is often several file events (truncate, write; or a whole `git checkout`): re-read once they settle. */
const SETTLE_MS = 150;
let settling: ReturnType<typeof setTimeout> | undefined;

function validated(): Validated {
  const result = loadContentOnce(contentDir(), { fresh: stale });
  stale = false;
  return result;
}

function entries(content: Content, collection: CollectionName): { id: string; data: Record<string, unknown> }[] {
  if (collection === 'site') return [{ id: 'site', data: { ...content.site } }];
  if (collection === 'systems') return content.systems.map((system) => ({ id: system.id, data: { ...system } }));
  return content[collection].map((entry) => ({ id: entry.slug, data: { ...entry } }));
}

export function driftstatusLoader(collection: CollectionName): Loader {
  return {
    name: `driftstatus-${collection}`,
    load: async ({ store, logger, watcher }) => {
      const fill = () => {
        const { content, problems } = validated();
        if (problems.length > 0) {
          // Reported once, by the site collection; the others keep their last valid entries too.
          if (collection === 'site') {
            logger.error(`${problems.map(formatProblem).join('\n')}\n(the site shows the last valid content until these are fixed)`);
          }
          return;
        }
        store.clear();
        for (const entry of entries(content, collection)) store.set(entry);
      };
      fill();
      if (!watcher) return;
      refills.add(fill);
      if (watching) return;
      watching = true;
      const dir = contentDir();
      watcher.add(dir);
      watcher.on('all', (_event, changed) => {
        if (!changed.startsWith(dir)) return;
        clearTimeout(settling);
        settling = setTimeout(() => {
          stale = true;
          for (const refill of refills) refill();
        }, SETTLE_MS);
      });
    },
  };
}
