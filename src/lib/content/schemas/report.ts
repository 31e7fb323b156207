/** The schema of a monthly report: figures as they were reported, beside the computed ones. */
import { z } from 'astro/zod';
import { CAUSES, idSchema, monthSchema, text, type TimeFields } from './fields.ts';

/** A count, or counts keyed by system id or group name. */
const counts = z.union([
  z.number().int().nonnegative(),
  z.record(z.string(), z.number().int().nonnegative()),
]);

/** content/reports/<yyyy-mm>.md: the report of one month. */
export function reportSchema({ instantOrDate }: TimeFields) {
  return z.strictObject({
    /** Heading. Default: the month's name. */
    title: text.optional(),
    /** When the report was published (a date or a time). */
    published: instantOrDate.optional(),
    /** Availability figures as reported, in percent; shown beside the computed ones. */
    availability: z
      .array(
        z.strictObject({
          /** System id. */
          system: idSchema,
          /** Environment id. Default: the system's first environment. */
          environment: idSchema.optional(),
          /** application or infrastructure, where the figure is for one cause. */
          cause: z.enum(CAUSES).optional(),
          /** Month the figure is for. Default: the report's month. */
          month: monthSchema.optional(),
          /** The figure in percent, e.g. 99.82. */
          value: z.number().min(0).max(100),
          /** Why the reported figure differs from the computed one, shown beside it. */
          note: text.optional(),
        }),
      )
      .default([]),
    /** Number of changes/fixes made: one number, or per system id or group name. */
    changes: counts.optional(),
    /** Number of service windows held: one number, or per system id or group name. */
    serviceWindows: counts.optional(),
    /** Requests served: one number, or per system id or group name; each may list months (`2023-02: 161779154`). */
    requests: z
      .union([
        z.number().int().nonnegative(),
        z.record(z.string(), z.union([z.number().int().nonnegative(), z.record(z.string(), z.number().int().nonnegative())])),
      ])
      .optional(),
    /** Why reported availability figures differ from the computed ones, shown beside the differences. */
    figuresNote: text.optional(),
  });
}
