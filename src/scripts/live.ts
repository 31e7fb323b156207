/**
 * Keeps a static page true after the build. On the minute it re-evaluates, against the visitor's
 * clock and with the build's own rules (status.ts, live.ts, views/incident.ts), the banner, the
 * systems, the planned windows and the incidents the page marks: their labels, the list each belongs
 * in, how long an incident has lasted so far. Beside each absolute time it adds how far it is
 * ("slutar om 3 tim, 28 min") and, where the visitor's zone is not the site's, the time on their own
 * clock; the absolute text is never replaced. At load and every 90 seconds it reads the build's stamp
 * (/build.json) and says in an aria-live region when a newer build is published. No framework.
 */
import { formatDuration } from '../lib/format';
import { durationSoFar, relativeText, visitorTime } from '../lib/live-text';
import { incidentSection, liveState, markedIncident, markedWindow, newerBuild, windowSection, type LiveData } from '../lib/live';
import { underBase } from '../lib/site-url';
import { windowEnd, windowState, type Status } from '../lib/status';
import { incidentState, type IncidentState } from '../lib/views/incident';

const STATE_LABEL: Record<IncidentState, string> = { upcoming: 'incident.notStarted', ongoing: 'incident.ongoing', resolved: 'update.resolved' };

const source = document.getElementById('live-data');
const template = document.getElementById('live-labels') as HTMLTemplateElement | null;
const data = JSON.parse(source?.textContent ?? '{}') as LiveData;
const labels = template ?? document.createElement('template');

const text = (key: string, values: Record<string, string> = {}) =>
  (data.strings[key] ?? key).replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? '');
const relative = (instant: number, now: number) =>
  relativeText(instant, now, data.locale, { future: data.strings['live.in'] ?? '', past: data.strings['live.ago'] ?? '' });
const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
const yourTime = (start: number, end?: number) => {
  const time = visitorTime(start, end, data.locale, data.timeZone, zone);
  return time === undefined ? '' : ` ${text('live.yourTime', { time })}`;
};

/** Puts `status` and its `words` on the label of `target`, from the build's own label markup. */
const setLabel = (target: Element, status: Status, words: string) => {
  const current = target.querySelector(':scope > .status-label, :scope > * > .status-label');
  const replacement = labels.content.querySelector(`.status-label[data-status="${status}"]`)?.cloneNode(true) as Element | undefined;
  if (!current || !replacement) return;
  if (replacement.lastChild) replacement.lastChild.textContent = words;
  if (current.getAttribute('data-status') !== status || current.textContent !== replacement.textContent) current.replaceWith(replacement);
};

/** The text added after a `<time>`: the visitor's clock (fixed), then how far it is (each minute). */
const addition = (time: Element, relativeWords: string) => {
  let added = time.nextElementSibling;
  if (!added?.hasAttribute('data-live-added')) {
    added = document.createElement('span');
    added.setAttribute('data-live-added', yourTime(Date.parse(time.getAttribute('datetime') ?? ''), endOf(time)));
    time.after(added);
  }
  added.textContent = `${added.getAttribute('data-live-added')}${relativeWords && `, ${relativeWords}`}`;
};

const applyWindows = (now: number) => {
  for (const element of document.querySelectorAll<HTMLElement>('[data-live-window]')) {
    const marked = markedWindow(element.dataset);
    // A cancelled window stays as the build wrote it: its state can no longer change.
    if (!marked || marked.cancelled) continue;
    const state = windowState(marked, now);
    element.setAttribute('data-window-state', state);
    const label = element.querySelector('[data-window-state-label]');
    if (label) label.textContent = text(`maintenance.state.${state}`);
    const words =
      state === 'planned' ? text('live.starts', { relative: relative(marked.start, now) })
      : state === 'active' ? text('live.ending', { relative: relative(windowEnd(marked), now) })
      : '';
    for (const time of element.querySelectorAll('time[datetime]')) addition(time, words);
    place(element, windowSection(marked, now));
  }
};

const applyIncidents = (now: number) => {
  for (const element of document.querySelectorAll<HTMLElement>('[data-live-incident]')) {
    const timing = markedIncident(element.dataset);
    if (!timing) continue;
    const state = incidentState(timing, now);
    element.setAttribute('data-incident-state', state);
    if (element.dataset['impact']) {
      // The incident's own page: its colour and its state label follow the state, as the build's view does.
      const status = state === 'ongoing' ? timing.impact : 'operational';
      element.setAttribute('data-status', status);
      setLabel(element, status, text(STATE_LABEL[state]));
    }
    const label = element.querySelector('[data-incident-state-label]');
    if (label) label.textContent = text(STATE_LABEL[state]);
    const duration = element.querySelector('[data-live-duration]');
    if (duration && state === 'ongoing') duration.textContent = text('incident.ongoingFor', { duration: durationSoFar(timing.start, now, data.locale) });
    if (duration && state === 'resolved' && timing.end !== undefined) duration.textContent = formatDuration(timing.end - timing.start, data.locale);
    const words =
      state === 'upcoming' ? text('live.starts', { relative: relative(timing.start, now) })
      : state === 'ongoing' ? text('live.began', { relative: relative(timing.start, now) })
      : timing.end !== undefined ? text('live.ended', { relative: relative(timing.end, now) }) : '';
    for (const time of element.querySelectorAll('time[datetime]:not([data-live-relative])')) addition(time, words);
    place(element, incidentSection(state));
  }
  for (const time of document.querySelectorAll('time[data-live-relative]')) {
    addition(time, relative(Date.parse(time.getAttribute('datetime') ?? ''), now));
  }
};

const applyStates = (now: number) => {
  const state = liveState(data, now);
  for (const banner of document.querySelectorAll('[data-live-banner]')) {
    banner.setAttribute('data-status', state.status);
    banner.className = banner.className.replace(/status-\w+/, `status-${state.status}`);
    setLabel(banner, state.status, text(`banner.${state.status}`));
  }
  for (const element of document.querySelectorAll<HTMLElement>('[data-live-system]')) {
    const status = state.systems[element.dataset['liveSystem'] ?? ''];
    if (!status) continue;
    element.setAttribute('data-status', status);
    setLabel(element, status, text(`status.${status}`));
  }
  for (const element of document.querySelectorAll('[data-live-next]')) {
    if (!state.next) {
      element.textContent = text('live.noNext');
      continue;
    }
    const { window, active } = state.next;
    const relativeWords = active
      ? text('live.ends', { relative: relative(windowEnd(window), now) })
      : text('live.starts', { relative: relative(window.start, now) });
    const when = `${window.when ?? ''}${yourTime(window.start, window.end)}, ${relativeWords}`;
    element.textContent = text('live.next', { title: window.title, when });
  }
};

// The build's instant: a visitor's clock behind it (a slow clock, or a test pinning a later build) cannot
// make the page older than it is — states only move forward from what the build said.
const built = Date.parse(document.querySelector('[data-generated]')?.getAttribute('data-generated') ?? '') || 0;

const apply = () => {
  const now = Math.max(Date.now(), built);
  applyStates(now);
  applyWindows(now);
  applyIncidents(now);
  showEmptyLists();
};

const checkForNewerBuild = async () => {
  try {
    const response = await fetch(underBase(data.base, 'build.json'), { cache: 'no-store' });
    if (response.ok && newerBuild(data.build, await response.json())) {
      for (const element of document.querySelectorAll<HTMLElement>('[data-live-newer]')) element.hidden = false;
    }
  } catch {
    // Offline, or no stamp here: the page keeps re-evaluating what it has.
  }
};

function start(): void {
  // Announced when the live state changes it, as the newer-build notice is in its own region.
  for (const banner of document.querySelectorAll('[data-live-banner]')) banner.setAttribute('aria-live', 'polite');
  // Every time on the page gets the visitor's clock beside it; marked ones get more each minute.
  // Tables are left as they are: a cell has no room for more.
  for (const time of document.querySelectorAll('main time[datetime*="T"]')) if (!time.closest('table')) addition(time, '');
  apply();
  setTimeout(() => {
    apply();
    setInterval(apply, 60_000);
  }, 60_000 - (Date.now() % 60_000));
  void checkForNewerBuild();
  setInterval(() => void checkForNewerBuild(), 90_000);
}

/** The end of the span a `<time>` starts, from its `data-end` (an ISO instant), if it has one. */
function endOf(time: Element): number | undefined {
  const end = Date.parse(time.getAttribute('data-end') ?? '');
  return Number.isFinite(end) ? end : undefined;
}

/**
 * Moves an item of a list kept by state (`data-live-section` on its section) to the list its state
 * now belongs in, ordered by start; drops it when it belongs in none. Items of other lists stay.
 */
function place(item: HTMLElement, section: string | undefined): void {
  const current = item.closest<HTMLElement>('[data-live-section]');
  if (!current || current.dataset['liveSection'] === section) return;
  const target = section === undefined ? null : document.querySelector(`[data-live-section="${section}"] ul`);
  if (!target) {
    item.remove();
    return;
  }
  const start = Number(item.dataset['start']);
  const later = [...target.children].find((other) => Number((other as HTMLElement).dataset['start']) > start);
  target.insertBefore(item, later ?? null);
}

/** A list kept by state shows while it has items; a note `data-live-empty` of its name shows when it has none. */
function showEmptyLists(): void {
  for (const section of document.querySelectorAll<HTMLElement>('[data-live-section]')) {
    const empty = !section.querySelector('ul > li');
    const notes = document.querySelectorAll<HTMLElement>(`[data-live-empty="${section.dataset['liveSection']}"]`);
    for (const note of notes) note.hidden = !empty;
    if (!section.contains(notes[0] ?? null)) section.hidden = empty;
  }
}

// Last, once everything above is defined.
if (source && template) start();
