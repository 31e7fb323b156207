/**
 * The editors' interface: one Zod schema per kind of content file (in `schemas/`). Every field carries
 * a comment; the editors' guide documents the same fields. Times are read as text and converted here,
 * in the site's time zone, so `schemasFor(timeZone)` builds the schemas for one site.
 */
import { z } from 'astro/zod';
import { idList, timeFields } from './schemas/fields.ts';
import { incidentSchema } from './schemas/incident.ts';
import { maintenanceSchema, scheduleSchema } from './schemas/maintenance.ts';
import { reportSchema } from './schemas/report.ts';
import { siteSchema, systemSchema } from './schemas/site.ts';
import { translationSchema } from './schemas/translation.ts';

export { CAUSES, IMPACTS, idSchema, LOCALE, MAINTENANCE_KINDS, monthSchema, SLUG, UPDATE_STATUSES } from './schemas/fields.ts';
export { siteSchema, systemSchema };

/** Builds the schemas whose times are read in `timeZone`. */
export function schemasFor(timeZone: string) {
  const times = timeFields(timeZone);
  return {
    incident: incidentSchema(times),
    maintenance: maintenanceSchema(times),
    schedule: scheduleSchema,
    report: reportSchema(times),
    translation: translationSchema(times),
  };
}

/** Only the references of an incident, window or schedule, for checking them in a file that fails otherwise. */
export const referencesSchema = z.object({ systems: idList, environments: idList.optional() });

export type SiteData = z.output<typeof siteSchema>;
export type SystemData = z.output<typeof systemSchema>;
type Schemas = ReturnType<typeof schemasFor>;
export type IncidentData = z.output<Schemas['incident']>;
export type MaintenanceData = z.output<Schemas['maintenance']>;
export type ScheduleData = z.output<Schemas['schedule']>;
export type ReportData = z.output<Schemas['report']>;
export type TranslationData = z.output<Schemas['translation']>;
