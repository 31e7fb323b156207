import type { Instant } from './time.ts';

/** A half-open span of absolute time `[start, end)`. */
export interface Interval {
  readonly start: Instant;
  readonly end: Instant;
}

/** Sorts intervals and merges those that overlap or touch, dropping empty ones: the result never counts time twice. */
export function mergeIntervals(intervals: readonly Interval[]): Interval[] {
  const sorted = intervals.filter((i) => i.end > i.start).sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Interval[] = [];
  for (const next of sorted) {
    const last = merged.at(-1);
    if (last && next.start <= last.end) {
      if (next.end > last.end) merged[merged.length - 1] = { start: last.start, end: next.end };
    } else {
      merged.push(next);
    }
  }
  return merged;
}

/** The parts of `intervals` inside `window`, merged. */
export function clipIntervals(intervals: readonly Interval[], window: Interval): Interval[] {
  return mergeIntervals(
    intervals.map((i) => ({ start: Math.max(i.start, window.start), end: Math.min(i.end, window.end) })),
  );
}

/** The parts of `intervals` not covered by any of `removed`, merged. */
export function subtractIntervals(intervals: readonly Interval[], removed: readonly Interval[]): Interval[] {
  const cuts = mergeIntervals(removed);
  const result: Interval[] = [];
  for (const interval of mergeIntervals(intervals)) {
    let start = interval.start;
    for (const cut of cuts) {
      if (cut.end <= start) continue;
      if (cut.start >= interval.end) break;
      if (cut.start > start) result.push({ start, end: cut.start });
      start = Math.max(start, cut.end);
    }
    if (start < interval.end) result.push({ start, end: interval.end });
  }
  return result;
}

/** Total length in milliseconds of intervals, counting overlapping time once. */
export function totalLength(intervals: readonly Interval[]): number {
  return mergeIntervals(intervals).reduce((sum, i) => sum + (i.end - i.start), 0);
}

/** Whether `instant` lies in `[start, end)`. */
export function contains(interval: Interval, instant: Instant): boolean {
  return interval.start <= instant && instant < interval.end;
}
