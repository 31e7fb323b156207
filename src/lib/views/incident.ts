/**
 * What an incident's page shows at an instant: computed once, displayed by the page. Only wording is
 * left to the page; every decision (has it begun, is it over, which systems) is made here.
 */
import { affectedSystems, type AffectedSystem } from '../affected.ts';
import { updateAnchor } from '../incident-updates.ts';
import { localize, type LocalizedText } from '../localize.ts';
import type { Incident, Locale } from '../model.ts';
import { responseTimes, targetsFor, type ResponseTimes } from '../response-times.ts';
import { isOpen, type IncidentTiming, type Status } from '../status.ts';
import type { Instant } from '../time.ts';
import { incidentPath, type ViewContext } from './context.ts';

/**
 * Where an incident stands at `now`: `upcoming` when its start is still ahead (an editor dated it
 * ahead, or the build is pinned to an earlier instant), `ongoing` from its start until its end.
 */
export type IncidentState = 'upcoming' | 'ongoing' | 'resolved';

export function incidentState(incident: IncidentTiming, now: Instant): IncidentState {
  if (now < incident.start) return 'upcoming';
  return isOpen(incident, now) ? 'ongoing' : 'resolved';
}

export interface IncidentUpdateView {
  status: Incident['updates'][number]['status'];
  at: Instant;
  /** The fragment that addresses the update, as the feeds link to it. */
  anchor: string;
  /** Markdown, in the reader's language where translated. */
  text: string;
  /** The text's language when it is not the reader's, for a `lang` attribute. */
  lang: Locale | undefined;
}

export interface IncidentView {
  incident: Incident;
  /** Title and body in the reader's language, with the languages of untranslated parts. */
  text: LocalizedText;
  state: IncidentState;
  /** The page's colour: the impact while ongoing, else operational. */
  status: Status;
  affected: AffectedSystem[];
  start: Instant;
  end: Instant | undefined;
  /** How long it lasted, or has lasted so far; undefined when it has neither begun nor an end. */
  duration: number | undefined;
  /** Updates latest first, as the page lists them. */
  updates: IncidentUpdateView[];
  /** Time to first update and to resolution, against the site's targets for the incident's impact. */
  response: ResponseTimes;
  /** The page's path below the locale's root. */
  path: string;
}

/** The page of `incident` in `locale` at `context.now`. */
export function incidentView(incident: Incident, locale: Locale, context: ViewContext): IncidentView {
  const { now } = context;
  const text = localize(incident, locale, context.site.locale);
  const state = incidentState(incident, now);
  const until = incident.end ?? (state === 'upcoming' ? undefined : now);
  return {
    incident,
    text,
    state,
    status: state === 'ongoing' ? incident.impact : 'operational',
    affected: affectedSystems(incident, context.systems),
    start: incident.start,
    end: incident.end,
    duration: until === undefined ? undefined : until - incident.start,
    updates: incident.updates
      .map((update, index) => ({
        status: update.status,
        at: update.at,
        anchor: updateAnchor(update.at),
        text: text.updates[index] ?? update.text,
        lang: text.foreign.updates[index],
      }))
      .reverse(),
    response: responseTimes(incident, targetsFor(context.site, incident.impact), now),
    path: incidentPath(incident.slug),
  };
}
