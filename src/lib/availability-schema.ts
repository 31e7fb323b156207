/**
 * The JSON Schema (draft-07) of `/api/availability.json`, published at `/api/availability.schema.json`.
 * Written out value by value, like the Statuspage one (src/lib/statuspage/schema.ts), so that a test
 * of the built document against it can fail.
 */

const fraction = { type: 'number', minimum: 0, maximum: 1 };
const minutes = { type: 'number', minimum: 0 };

/** The schema served at `/api/availability.schema.json`. */
export const availabilitySchema = (siteUrl: string) => ({
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: new URL('api/availability.schema.json', siteUrl).href,
  title: 'Availability per system, environment (and cause) and month',
  description:
    'One row per system, environment and month with data, from the first month with an event or a reported figure to the month of the build; for systems split by cause, one row per cause for the first environment.',
  type: 'array',
  items: {
    type: 'object',
    additionalProperties: false,
    required: ['system', 'environment', 'month', 'measuredMinutes', 'outageMinutes', 'degradedMinutes', 'weightedDegradedMinutes', 'plannedMinutes', 'availability', 'availabilityWithPlanned', 'target', 'met'],
    properties: {
      system: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]*$', description: 'The system\'s id.' },
      environment: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]*$', description: 'The environment\'s id.' },
      cause: { enum: ['application', 'infrastructure'], description: 'Only on the rows of a system split by cause: only incidents with this cause (or none) count.' },
      month: { type: 'string', pattern: '^\\d{4}-(0[1-9]|1[0-2])$', description: '`yyyy-mm`, cut at midnight in the site\'s time zone.' },
      measuredMinutes: { ...minutes, description: 'Minutes of the month up to the build, less excluded planned downtime.' },
      outageMinutes: { ...minutes, description: 'Minutes unavailable within the measured time.' },
      degradedMinutes: { ...minutes, description: 'Minutes degraded (and not also unavailable) within the measured time.' },
      weightedDegradedMinutes: { ...minutes, description: 'The degraded minutes times their weights (the incident\'s own, else the site\'s), overlaps counted once at the highest weight: what missing functionality took off the figure.' },
      plannedMinutes: { ...minutes, description: 'Minutes of planned downtime in the month.' },
      availability: { anyOf: [fraction, { type: 'null' }], description: 'A fraction, unrounded; null when nothing was measured.' },
      availabilityWithPlanned: { anyOf: [fraction, { type: 'null' }], description: '24/7: the same formula with planned downtime counted as unavailable; null when nothing was measured.' },
      target: { anyOf: [fraction, { type: 'null' }], description: 'The system\'s SLA target as a fraction, on its first environment; null on the others.' },
      met: { type: ['boolean', 'null'], description: 'Whether `availability` meets `target` at two decimals in percent; null without both.' },
      reported: {
        type: 'object',
        additionalProperties: false,
        required: ['value', 'report', 'met'],
        description: 'Where a monthly report states a figure for the month (the latest report restating it wins).',
        properties: {
          value: fraction,
          report: { type: 'string', pattern: '^\\d{4}-(0[1-9]|1[0-2])$', description: 'The report (month) that states it.' },
          note: { type: 'string' },
          met: { type: ['boolean', 'null'] },
        },
      },
    },
  },
});
