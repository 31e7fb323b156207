/** The schema of an incident file. */
import { z } from 'astro/zod';
import { CAUSES, idList, IMPACTS, share, text, UPDATE_STATUSES, type TimeFields } from './fields.ts';

/** content/incidents/<year>/<slug>.md: something that went wrong, with what readers were told. */
export function incidentSchema({ instant }: TimeFields) {
  return z.strictObject({
    /** Headline, e.g. "Inloggningen fungerar inte". */
    title: text,
    /** Ids of the affected systems (files in content/systems/). */
    systems: idList,
    /** Affected environments of those systems. Default: all of them. */
    environments: idList.optional(),
    /** outage: unavailable because of a fault (red); degraded: available, missing functionality (yellow). */
    impact: z.enum(IMPACTS),
    /**
     * Only with impact degraded: the share of the service it took away, counted as unavailable, from 0
     * to 1 or in percent (e.g. 25 %). Default: the site's `sla.degradedWeight`.
     */
    weight: share.optional(),
    /** What failed: application (software) or infrastructure (hardware, operating system, network). */
    cause: z.enum(CAUSES).optional(),
    /** When it began, e.g. 2024-03-06 05:30 (site time zone unless an offset is given). */
    start: instant,
    /** When it was over. Leave out while it is ongoing. */
    end: instant.optional(),
    /** What readers were told, oldest first. */
    updates: z
      .array(
        z.strictObject({
          /** When the update was published. */
          at: instant,
          /** investigating, identified, monitoring or resolved. */
          status: z.enum(UPDATE_STATUSES),
          /** The update as readers see it (Markdown). */
          text,
        }),
      )
      .default([]),
  });
}
