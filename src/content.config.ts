import { defineCollection } from 'astro:content';
import { driftstatusLoader } from './data/loader.ts';

// Every collection is filled from one validated read of the content folder (src/data/loader.ts):
// times are converted in the site's time zone and cross-file references checked before anything is stored.
export const collections = {
  site: defineCollection({ loader: driftstatusLoader('site') }),
  systems: defineCollection({ loader: driftstatusLoader('systems') }),
  incidents: defineCollection({ loader: driftstatusLoader('incidents') }),
  maintenance: defineCollection({ loader: driftstatusLoader('maintenance') }),
  schedules: defineCollection({ loader: driftstatusLoader('schedules') }),
  reports: defineCollection({ loader: driftstatusLoader('reports') }),
  metrics: defineCollection({ loader: driftstatusLoader('metrics') }),
};
