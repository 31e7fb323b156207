/**
 * The content-layer loader: fills each collection from the validated content folder. Validation runs
 * once per load for all collections together, because the checks span files (ids, environments).
 * In `astro dev` it reloads when a file in the content folder changes, records the problems for the
 * browser (src/data/problems.ts), and moves "now" on every minute.
 */
import type { Loader } from 'astro/loaders';
import type { Content } from '../lib/model.ts';
import { formatProblem } from '../lib/content/problem.ts';
import type { Validated } from '../lib/content/validate.ts';
import { recordProblems } from './problems.ts';
import { contentDir, loadContentOnce } from './read.ts';

export type CollectionName = keyof Content;

let stale = false;
/** Refills of every collection, run after one re-read when a content file changes in `astro dev`. */
const refills = new Set<() => void>();
let watching = false;
/** A save is often several file events (truncate, write; or a whole `git checkout`): re-read once they settle. */
const SETTLE_MS = 150;
let settling: ReturnType<typeof setTimeout> | undefined;
/** Whether the collections hold valid content (from this process: an earlier session's store may be another folder's). */
let filled = false;
/**
 * How often the preview moves its "now" on (and so reloads the open page): every minute, as the site's
 * times are to the minute; `DRIFTSTATUS_DEV_CLOCK_SECONDS` sets another period (longer, for fewer
 * reloads while writing; shorter, for the tests).
 */
function clockPeriod(env: NodeJS.ProcessEnv = process.env): number {
  const seconds = Number(env['DRIFTSTATUS_DEV_CLOCK_SECONDS']);
  return Number.isFinite(seconds) && seconds >= 1 ? seconds * 1000 : 60_000;
}
let followingClock = false;

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
    load: async ({ store, logger, watcher, meta }) => {
      const fill = () => {
        const { content, problems } = validated();
        const lines = problems.map(formatProblem);
        // Reported once, by the site collection, which fills first. A change of the lines is a change
        // of the store: the dev server reloads the page, which then shows them.
        if (collection === 'site') {
          if (lines.length > 0) {
            const shown = filled ? 'the site shows the last valid content' : 'the site shows only these problems';
            logger.error(`${lines.join('\n')}\n(${shown} until they are fixed)`);
          }
          recordProblems({ lines, hasContent: filled || lines.length === 0, locale: content.site.locale });
          meta.set('problems', lines.join('\n'));
        }
        if (lines.length > 0) {
          // The others keep their last valid entries too; with none yet, nothing is shown but the problems.
          if (!filled) store.clear();
          return;
        }
        store.clear();
        for (const entry of entries(content, collection)) store.set(entry);
        if (collection === 'site') filled = true;
      };
      fill();
      if (!watcher) return;
      if (collection === 'site' && !followingClock && !process.env['DRIFTSTATUS_NOW']) {
        followingClock = true;
        followClock((minute) => meta.set('minute', minute));
      }
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

/**
 * In `astro dev` with no pinned DRIFTSTATUS_NOW: a change of the store at every minute, so that the
 * pages are rendered again at the new "now" (src/data/site.ts computes everything at once when it is
 * loaded, which a change of the store makes the dev server do again) and the browser reloads.
 */
function followClock(tick: (minute: string) => void): void {
  const period = clockPeriod();
  const next = () => period - (Date.now() % period);
  const schedule = () =>
    setTimeout(() => {
      tick(new Date(Math.floor(Date.now() / period) * period).toISOString());
      schedule();
    }, next()).unref();
  schedule();
}
