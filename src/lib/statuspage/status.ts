/**
 * `status.json`: the page's indicator, rolled up as Statuspage does from every listed component and
 * every unresolved incident (see the rule at the top of index.ts).
 */
import type { ComponentStatus } from './components.ts';

export type Indicator = 'none' | 'maintenance' | 'minor' | 'major' | 'critical';

/** Indicators from best to worst: planned work is better news than any fault. */
const INDICATORS: readonly Indicator[] = ['none', 'maintenance', 'minor', 'major', 'critical'];

const DESCRIPTION: Record<Indicator, string> = {
  none: 'All Systems Operational',
  maintenance: 'Service Under Maintenance',
  minor: 'Minor Service Outage',
  major: 'Partial System Outage',
  critical: 'Major System Outage',
};

const FROM_COMPONENT: Record<ComponentStatus, Indicator> = {
  operational: 'none',
  under_maintenance: 'maintenance',
  degraded_performance: 'minor',
  partial_outage: 'major',
  major_outage: 'major',
};

/** The worse of the indicators given; `none` for none. */
export function worstIndicator(indicators: Iterable<Indicator>): Indicator {
  let result: Indicator = 'none';
  for (const indicator of indicators) if (INDICATORS.indexOf(indicator) > INDICATORS.indexOf(result)) result = indicator;
  return result;
}

/**
 * The `status` object: the worst of the components' statuses and the unresolved incidents' impacts.
 * Only when every component is in `major_outage` is the page `critical`, as on Statuspage; one such
 * component among working ones is a partial outage of the page.
 * @example
 * statusIndicator([{ status: 'operational' }, { status: 'major_outage' }], []) // { indicator: 'major', description: 'Partial System Outage' }
 */
export function statusIndicator(components: readonly { status: ComponentStatus }[], unresolved: readonly { impact: string }[]) {
  const allDown = components.length > 0 && components.every((c) => c.status === 'major_outage');
  const indicator = worstIndicator([
    ...components.map((c) => FROM_COMPONENT[c.status]),
    ...unresolved.map((i) => (INDICATORS as readonly string[]).includes(i.impact) ? (i.impact as Indicator) : 'none'),
    ...(allDown ? ['critical' as const] : []),
  ]);
  return { indicator, description: DESCRIPTION[indicator] };
}
