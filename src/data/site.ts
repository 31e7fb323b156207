/**
 * The only reader of the collections: turns entries back into domain objects, once per build, fixes
 * "now" for the whole build, and computes the overview every page shares.
 */
import { getCollection } from 'astro:content';
import type { Content, Incident, PlannedWindow, Report, Schedule, Site, System } from '../lib/model.ts';
import { overview } from '../lib/overview.ts';
import { buildNow } from './read.ts';

// The loader stores domain objects validated by src/lib/content/validate.ts, so the casts are safe.
async function readCollections(): Promise<Content> {
  const [site] = await getCollection('site');
  if (!site) throw new Error('The site collection is empty: the content failed validation (see the lines above).');
  const data = async <T,>(name: 'systems' | 'incidents' | 'maintenance' | 'schedules' | 'reports') =>
    (await getCollection(name)).map((entry) => entry.data as T);
  return {
    site: site.data as Site,
    systems: await data<System>('systems'),
    incidents: await data<Incident>('incidents'),
    maintenance: await data<PlannedWindow>('maintenance'),
    schedules: await data<Schedule>('schedules'),
    reports: await data<Report>('reports'),
  };
}

export const content = await readCollections();

const pinned = buildNow();
/** The instant the whole build describes. The integration has already rejected an invalid DRIFTSTATUS_NOW. */
export const now = pinned.ok ? pinned.value : Date.now();

/** Statuses, bars and event lists for every page, computed once. */
export const view = overview(content, now);
