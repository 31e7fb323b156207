/**
 * Keeps a static page true: every minute it re-evaluates the banner, the systems' states, the planned
 * windows' states and the next planned downtime against the visitor's clock, from the data the page
 * embeds; now and then it asks the site's api/v2/summary.json whether a newer build exists. No framework.
 */
import { relativeTime } from '../lib/format';
import { liveState, markedWindow, type LiveData } from '../lib/live';
import { underBase } from '../lib/site-url';
import { windowEnd, windowState } from '../lib/status';

const source = document.getElementById('live-data');
const labels = document.getElementById('live-labels') as HTMLTemplateElement | null;

if (source && labels) {
  const data = JSON.parse(source.textContent ?? '{}') as LiveData;
  const text = (key: string, values: Record<string, string> = {}) =>
    (data.strings[key] ?? key).replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? '');

  const setLabel = (target: Element, kind: 'status' | 'banner', status: string) => {
    const current = target.querySelector(':scope > .status-label, :scope > * > .status-label');
    const replacement = labels.content.querySelector(`.status-label[data-kind="${kind}"][data-status="${status}"]`)?.cloneNode(true);
    if (current && replacement && current.getAttribute('data-status') !== status) current.replaceWith(replacement);
  };

  const apply = () => {
    const now = Date.now();
    const state = liveState(data, now);
    for (const banner of document.querySelectorAll('[data-live-banner]')) {
      banner.setAttribute('data-status', state.status);
      banner.className = banner.className.replace(/status-\w+/, `status-${state.status}`);
      setLabel(banner, 'banner', state.status);
    }
    for (const element of document.querySelectorAll<HTMLElement>('[data-live-system]')) {
      const status = state.systems[element.dataset['liveSystem'] ?? ''];
      if (!status) continue;
      element.setAttribute('data-status', status);
      setLabel(element, 'status', status);
    }
    for (const element of document.querySelectorAll<HTMLElement>('[data-live-window]')) {
      const marked = markedWindow(element.dataset);
      // A cancelled window stays as the build wrote it: its state can no longer change.
      if (!marked || marked.cancelled) continue;
      const windowStatus = windowState(marked, now);
      element.setAttribute('data-window-state', windowStatus);
      const label = element.querySelector('[data-window-state-label]');
      if (label) label.textContent = text(`maintenance.state.${windowStatus}`);
    }
    for (const element of document.querySelectorAll('[data-live-next]')) {
      if (!state.next) {
        element.textContent = text('live.noNext');
        continue;
      }
      const { window, active } = state.next;
      const when = active
        ? text('live.ends', { relative: relativeTime(windowEnd(window) - now, data.locale) })
        : text('live.starts', { relative: relativeTime(window.start - now, data.locale) });
      element.textContent = text('live.next', { title: window.title, when });
    }
  };

  const checkForNewerBuild = async () => {
    try {
      const response = await fetch(underBase(data.base, 'api/v2/summary.json'), { cache: 'no-store' });
      const summary = (await response.json()) as { page?: { updated_at?: string } };
      const built = Date.parse(summary.page?.updated_at ?? '');
      if (built > data.generatedAt) {
        for (const element of document.querySelectorAll<HTMLElement>('[data-live-newer]')) element.hidden = false;
      }
    } catch {
      // Offline or no API here: the page keeps re-evaluating what it has.
    }
  };

  apply();
  setInterval(apply, 60_000);
  setInterval(checkForNewerBuild, 5 * 60_000);
}
