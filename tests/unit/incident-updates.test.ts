import { describe, expect, it } from 'vitest';
import { endedWithoutResolved, publishedUpdates, updateAnchor } from '../../src/lib/incident-updates.ts';
import { at, incident } from './helpers.ts';

const update = (time: string, status: 'investigating' | 'identified' | 'monitoring' | 'resolved') => ({ at: at(time), status, text: status });

describe('updateAnchor', () => {
  it('addresses an update by its UTC time to the second', () => {
    expect(updateAnchor(at('2024-03-06 05:40'))).toBe('update-20240306T044000Z');
  });
});

describe('publishedUpdates', () => {
  it('leaves out updates dated after now', () => {
    const entry = incident({ start: at('2026-07-01 08:00'), updates: [update('2026-07-01 08:10', 'identified'), update('2026-07-01 08:40', 'monitoring')] });
    expect(publishedUpdates(entry, at('2026-07-01 08:30')).map((u) => u.status)).toEqual(['identified']);
  });
});

describe('endedWithoutResolved', () => {
  const start = at('2026-07-01 08:00');
  const end = at('2026-07-01 11:00');
  const after = at('2026-07-02 12:00');

  it('gives the end of an incident that is over without any update', () => {
    expect(endedWithoutResolved(incident({ start, end }), after)).toBe(end);
  });

  it('gives the end when the last update is not "resolved", even though an earlier one was', () => {
    const reopened = incident({ start, end, updates: [update('2026-07-01 09:00', 'resolved'), update('2026-07-01 10:00', 'monitoring')] });
    expect(endedWithoutResolved(reopened, after)).toBe(end);
  });

  it('gives nothing when the last update says "resolved"', () => {
    const said = incident({ start, end, updates: [update('2026-07-01 09:00', 'monitoring'), update('2026-07-01 11:00', 'resolved')] });
    expect(endedWithoutResolved(said, after)).toBeUndefined();
  });

  it('gives nothing for an ongoing incident or one whose end is still to come', () => {
    expect(endedWithoutResolved(incident({ start }), after)).toBeUndefined();
    expect(endedWithoutResolved(incident({ start, end }), at('2026-07-01 10:59'))).toBeUndefined();
  });

  it('reads only the updates published by now', () => {
    const later = incident({ start, end, updates: [update('2026-07-01 10:00', 'monitoring'), update('2026-07-01 11:30', 'resolved')] });
    expect(endedWithoutResolved(later, at('2026-07-01 11:15'))).toBe(end);
    expect(endedWithoutResolved(later, after)).toBeUndefined();
  });
});
