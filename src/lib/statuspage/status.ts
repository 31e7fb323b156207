/** `status.json`: the page's indicator, from the worst state of the systems' primary environments. */
import type { Content } from '../model.ts';
import { systemStatus, worst, type Status } from '../status.ts';
import type { Instant } from '../time.ts';

const INDICATOR: Record<Status, { indicator: string; description: string }> = {
  operational: { indicator: 'none', description: 'All Systems Operational' },
  maintenance: { indicator: 'maintenance', description: 'Service Under Maintenance' },
  degraded: { indicator: 'minor', description: 'Minor Service Outage' },
  outage: { indicator: 'major', description: 'Partial System Outage' },
};

/** The `status` object: what readers mean by "is it working?", for the whole page. */
export function statusIndicator(content: Pick<Content, 'systems' | 'incidents' | 'maintenance'>, now: Instant) {
  return INDICATOR[worst(content.systems.map((system) => systemStatus(system, content.incidents, content.maintenance, now)))];
}
