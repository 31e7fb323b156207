/** When the built state goes stale: the instants after `now` at which a planned window starts or ends. */
import type { PlannedWindow } from './model.ts';
import { windowEnd } from './status.ts';
import type { Instant } from './time.ts';

export interface Change {
  at: Instant;
  edge: 'start' | 'end';
  window: PlannedWindow;
}

/** The first `count` starts and ends of windows (cancelled ones never change anything) after `now`, in order. */
export function nextChanges(windows: readonly PlannedWindow[], now: Instant, count: number): Change[] {
  return windows
    .filter((w) => !w.cancelled)
    .flatMap((window): Change[] => [
      { at: window.start, edge: 'start', window },
      { at: windowEnd(window), edge: 'end', window },
    ])
    .filter((change) => change.at > now)
    .sort((a, b) => a.at - b.at || (a.edge === b.edge ? 0 : a.edge === 'end' ? -1 : 1) || (a.window.slug < b.window.slug ? -1 : 1))
    .slice(0, count);
}
