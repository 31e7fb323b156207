import { describe, expect, it } from 'vitest';
import { inLocale } from '../../src/lib/translated-content.ts';
import { at, incident, plannedWindow } from './helpers.ts';

const down = incident({
  slug: 'down',
  title: 'Ladok nere',
  body: 'Orsaken utreds.',
  start: at('2026-11-02 08:00'),
  updates: [
    { at: at('2026-11-02 08:10'), status: 'investigating', text: 'Vi undersöker.' },
    { at: at('2026-11-02 09:00'), status: 'resolved', text: 'Åtgärdat.' },
  ],
  translations: { en: { title: 'Ladok down', body: '', updates: [{ text: 'We are looking into it.' }], file: 'down.en.md' } },
});
const upgrade = plannedWindow({ slug: 'upgrade', title: 'Uppgradering', start: at('2026-11-04 05:30'), end: at('2026-11-04 09:00') });

describe('inLocale', () => {
  it('gives each text in the language asked for where translated, the original elsewhere', () => {
    const { incidents, maintenance } = inLocale({ incidents: [down], maintenance: [upgrade] }, 'en', 'sv');
    expect(incidents[0]).toMatchObject({ slug: 'down', title: 'Ladok down', body: 'Orsaken utreds.', start: down.start });
    expect(incidents[0]?.updates.map((u) => u.text)).toEqual(['We are looking into it.', 'Åtgärdat.']);
    expect(incidents[0]?.updates.map((u) => u.at)).toEqual(down.updates.map((u) => u.at));
    expect(maintenance[0]?.title).toBe('Uppgradering');
  });

  it('leaves the content as it is in the default language', () => {
    const content = { incidents: [down], maintenance: [upgrade] };
    expect(inLocale(content, 'sv', 'sv')).toBe(content);
  });
});
