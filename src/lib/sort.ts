/** Listing orders that must be the same on every machine and in every output. */
import type { System } from './model.ts';

/** Compares text by code points: the same order on every machine, whatever its locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Systems in listing order: by `order`, then name, then id. */
export function sortSystems(systems: readonly System[]): System[] {
  return [...systems].sort(
    (a, b) => (a.order ?? Infinity) - (b.order ?? Infinity) || compareText(a.name, b.name) || compareText(a.id, b.id),
  );
}
