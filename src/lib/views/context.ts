/** What the page views read besides the entry they show. */
import type { Site, System } from '../model.ts';
import type { Instant } from '../time.ts';

/** The site's settings, its systems by id and the instant the build describes. */
export interface ViewContext {
  site: Pick<Site, 'locale' | 'notice' | 'responseTargets'>;
  systems: ReadonlyMap<string, System>;
  now: Instant;
}

/** An incident's page below the locale's root. */
export const incidentPath = (slug: string) => `incidents/${slug}/`;

/** A planned window's page below the locale's root. */
export const windowPath = (slug: string) => `maintenance/${slug}/`;
