/**
 * One line per incident or window in the event lists (home, history, system and calendar pages):
 * what each line shows at an instant, so that the list only words it.
 */
import { affectedSystems, type AffectedSystem } from '../affected.ts';
import { publishedUpdates, type IncidentUpdate } from '../incident-updates.ts';
import type { SiteEvent } from '../events.ts';
import { localize } from '../localize.ts';
import type { Incident, Locale, PlannedWindow } from '../model.ts';
import { isOpen, windowState, type WindowState } from '../status.ts';
import type { Instant } from '../time.ts';
import { incidentPath, windowPath, type ViewContext } from './context.ts';

interface EventLine {
  slug: string;
  /** The entry's page below the locale's root. */
  path: string;
  /** The title in the reader's language where translated. */
  title: string;
  /** The title's language when it is not the reader's, for a `lang` attribute. */
  titleLang: Locale | undefined;
  affected: AffectedSystem[];
  start: Instant;
}

export interface IncidentLine extends EventLine {
  type: 'incident';
  impact: Incident['impact'];
  /** Undefined while no end is known. */
  end: Instant | undefined;
  /** Whether it has begun and is not over. */
  ongoing: boolean;
  /** The latest update published by now, its text (Markdown) in the reader's language where translated. */
  latest: { at: Instant; status: IncidentUpdate['status']; text: string; textLang: Locale | undefined } | undefined;
}

export interface WindowLine extends EventLine {
  type: 'maintenance';
  kind: PlannedWindow['kind'];
  downtime: boolean;
  /** The planned end. */
  end: Instant;
  state: WindowState;
  /** What the live script needs to move the state along in the browser, as on the window's page. */
  live: { watch: boolean; start: Instant; end: Instant; finished: Instant | undefined };
}

export type EventListItem = IncidentLine | WindowLine;

/** A list needs only the site's default language of the site's settings. */
export type ListContext = Omit<ViewContext, 'site'> & { site: Pick<ViewContext['site'], 'locale'> };

/** The lines of `events` in `locale` at `context.now`, in the order given. */
export function eventListItems(events: readonly SiteEvent[], locale: Locale, context: ListContext): EventListItem[] {
  return events.map((event): EventListItem => {
    const { entry } = event;
    const { title, foreign, updates } = localize(entry, locale, context.site.locale);
    const line = { slug: entry.slug, title, titleLang: foreign.title, affected: affectedSystems(entry, context.systems), start: entry.start };
    if (event.type === 'incident') {
      const incident = event.entry;
      const update = publishedUpdates(incident, context.now).at(-1);
      const index = update ? incident.updates.indexOf(update) : -1;
      const latest = update && { at: update.at, status: update.status, text: updates[index] ?? update.text, textLang: foreign.updates[index] };
      return { ...line, type: 'incident', path: incidentPath(incident.slug), impact: incident.impact, end: incident.end, ongoing: isOpen(incident, context.now), latest };
    }
    const window = event.entry;
    return {
      ...line,
      type: 'maintenance',
      path: windowPath(window.slug),
      kind: window.kind,
      downtime: window.downtime,
      end: window.end,
      state: windowState(window, context.now),
      live: { watch: !window.cancelled, start: window.start, end: window.end, finished: window.finished },
    };
  });
}
