import { describe, expect, it } from 'vitest';
import { allEvents } from '../../src/lib/events.ts';
import { eventListItems } from '../../src/lib/views/event-list.ts';
import { at, incident, plannedWindow, site, system } from './helpers.ts';

const context = (now: number) => ({ site: site(), systems: new Map([['app', system({ id: 'app', name: 'App' })]]), now });

const events = allEvents({
  incidents: [
    incident({ slug: 'down', start: at('2024-03-06 10:00'), translations: { en: { file: 'down.en.md', title: 'Down', body: '' } } }),
    incident({ slug: 'slow', impact: 'degraded', environments: ['test'], start: at('2024-03-04 10:00'), end: at('2024-03-04 11:00') }),
  ],
  maintenance: [
    plannedWindow({ slug: 'early', start: at('2024-03-05 05:30'), end: at('2024-03-05 09:00'), finished: at('2024-03-05 07:00') }),
    plannedWindow({ slug: 'off', kind: 'hotfix', downtime: false, start: at('2024-03-07 05:30'), end: at('2024-03-07 06:00'), cancelled: true }),
  ],
});

describe('eventListItems', () => {
  it('keeps the order given and says whether each incident is ongoing', () => {
    const items = eventListItems(events, 'sv', context(at('2024-03-06 10:30')));
    expect(items.map((i) => [i.type, i.slug, i.path])).toEqual([
      ['maintenance', 'off', 'maintenance/off/'],
      ['incident', 'down', 'incidents/down/'],
      ['maintenance', 'early', 'maintenance/early/'],
      ['incident', 'slow', 'incidents/slow/'],
    ]);
    const ongoing = items.flatMap((i) => (i.type === 'incident' ? [[i.slug, i.ongoing, i.end]] : []));
    expect(ongoing).toEqual([['down', true, undefined], ['slow', false, at('2024-03-04 11:00')]]);
    expect(eventListItems(events, 'sv', context(at('2024-03-06 09:00'))).find((i) => i.slug === 'down')).toMatchObject({ ongoing: false });
  });

  it('gives each window its state and the times the live script switches at', () => {
    const items = eventListItems(events, 'sv', context(at('2024-03-05 06:00')));
    const early = items.find((i) => i.slug === 'early');
    const off = items.find((i) => i.slug === 'off');
    expect(early).toMatchObject({ state: 'active', end: at('2024-03-05 09:00'), live: { watch: true, start: at('2024-03-05 05:30'), end: at('2024-03-05 09:00'), finished: at('2024-03-05 07:00') } });
    expect(off).toMatchObject({ state: 'cancelled', downtime: false, kind: 'hotfix', live: { watch: false } });
    expect(eventListItems(events, 'sv', context(at('2024-03-05 08:00'))).find((i) => i.slug === 'early')).toMatchObject({ state: 'over' });
  });

  it('titles each line in the reader\'s language and names what it affects', () => {
    const items = eventListItems(events, 'en', context(at('2024-03-06 10:30')));
    expect(items.find((i) => i.slug === 'down')).toMatchObject({ title: 'Down', titleLang: undefined });
    expect(items.find((i) => i.slug === 'slow')).toMatchObject({ title: 'Incident', titleLang: 'sv' });
    expect(items.find((i) => i.slug === 'slow')?.affected.map((a) => a.environments)).toEqual([[{ id: 'test' }]]);
  });
});

describe('the latest update of an incident line', () => {
  const updates = [
    { at: at('2024-03-06 10:05'), status: 'investigating' as const, text: 'Vi felsöker.' },
    { at: at('2024-03-06 10:20'), status: 'identified' as const, text: 'Orsaken är funnen.' },
    { at: at('2024-03-06 11:00'), status: 'resolved' as const, text: 'Åtgärdat.' },
  ];
  const translated = incident({
    slug: 'down',
    start: at('2024-03-06 10:00'),
    updates,
    translations: { en: { file: 'down.en.md', title: 'Down', body: '', updates: [{ text: 'Investigating.' }] } },
  });
  const lines = (locale: 'sv' | 'en', now: number) => eventListItems([{ type: 'incident', entry: translated }], locale, context(now));

  it('is the one published last by now, never one still to come', () => {
    expect(lines('sv', at('2024-03-06 10:30'))[0]).toMatchObject({ latest: { at: at('2024-03-06 10:20'), status: 'identified', text: 'Orsaken är funnen.', textLang: undefined } });
    expect(lines('sv', at('2024-03-06 10:00'))[0]).toMatchObject({ latest: undefined });
  });

  it('is in the reader\'s language where translated, else in the original\'s, marked with its language', () => {
    expect(lines('en', at('2024-03-06 10:10'))[0]).toMatchObject({ latest: { text: 'Investigating.', textLang: undefined } });
    expect(lines('en', at('2024-03-06 10:30'))[0]).toMatchObject({ latest: { text: 'Orsaken är funnen.', textLang: 'sv' } });
  });
});
