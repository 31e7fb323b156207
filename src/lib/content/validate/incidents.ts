/** Validates the incident files: their schema, references, and the order of their times. */
import type { Incident } from '../../model.ts';
import { localDateTimeText, type Instant } from '../../time.ts';
import { checkOrder, unique, type EntryContext } from './context.ts';
import { checkRawReferences, checkReferences } from './references.ts';

/** The valid incidents, without translations yet. */
export function validateIncidents(ctx: EntryContext): Incident[] {
  return unique(ctx, ctx.byKind('incident'), 'incident slug').flatMap((file) => {
    const { data, raw, body } = ctx.parse(file, ctx.schemas.incident);
    if (!data) return checkRawReferences(ctx, file.file, raw);
    const incident: Incident = { ...data, slug: file.slug, file: file.file, body, translations: {} };
    checkReferences(ctx, file.file, '', incident);
    checkOrder(ctx, file.file, 'end', incident.start, incident.end);
    checkUpdates(ctx, incident);
    if (incident.weight !== undefined && incident.impact !== 'degraded') {
      ctx.report(file.file, 'weight', 'is only for impact: degraded (an outage counts in full): remove it, or write impact: degraded');
    }
    if (incident.updates.at(-1)?.status === 'resolved' && incident.end === undefined) {
      ctx.report(file.file, 'end', 'is missing, but the last update says resolved: give the time the incident was over');
    }
    return [incident];
  });
}

/** Updates come oldest first, none before the start, each at its own second. */
function checkUpdates(ctx: EntryContext, incident: Incident): void {
  const shown = (instant: Instant) => localDateTimeText(instant, ctx.timeZone);
  let previous: Instant | undefined;
  incident.updates.forEach((update, index) => {
    const field = `updates[${index}].at`;
    if (update.at < incident.start) {
      ctx.report(incident.file, field, `${shown(update.at)} is before the incident's start ${shown(incident.start)}`);
    } else if (previous !== undefined && update.at < previous) {
      ctx.report(incident.file, field, `${shown(update.at)} is before the update above it; list updates oldest first`);
    } else if (previous !== undefined && sameSecond(update.at, previous)) {
      // An update's link and feed id are made from its time, so two at one time would be one.
      ctx.report(incident.file, field, `must be later than the previous update (also ${shown(previous)}): give each update its own time`);
    }
    previous = Math.max(previous ?? update.at, update.at);
  });
}

/** Whether two instants are the same to the second, the precision of an update's link (see `updateAnchor`). */
function sameSecond(a: Instant, b: Instant): boolean {
  return Math.floor(a / 1000) === Math.floor(b / 1000);
}
