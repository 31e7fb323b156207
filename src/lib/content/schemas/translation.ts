/** The schema of a translation: an incident, window or report in another language. */
import { z } from 'astro/zod';
import { text, type TimeFields } from './fields.ts';

/** content/<kind>/…/<slug>.<locale>.md: the title, updates and body of an entry in another language. */
export function translationSchema({ instant }: TimeFields) {
  return z.strictObject({
    /** The title in this language. */
    title: text,
    /** Update texts in this language, in the order of the original's updates (incidents only). */
    updates: z
      .array(
        z.strictObject({
          /** The original update's time, repeated to make the pairing plain (optional). */
          at: instant.optional(),
          /** The update in this language (Markdown). */
          text,
        }),
      )
      .optional(),
  });
}
