/** Group, metric and environment names in the reader's language (issue 15, item 7). */
import { describe, expect, it } from 'vitest';
import { siteSchema, systemSchema } from '../../src/lib/content/schemas.ts';
import { environmentGivenName, groupName, metricName, shownName } from '../../src/lib/names.ts';
import { environmentName } from '../../src/i18n/index.ts';
import { site } from './helpers.ts';

// A Danish site: Støttesystemer translated into English only, Serviceplatformen not at all.
const danish = site({
  locale: 'da',
  locales: ['da', 'en', 'sv'],
  translations: { groups: { Støttesystemer: { en: 'Support systems' } }, metrics: { brugere: { en: 'Users', sv: 'Användare' } } },
});

describe('shownName', () => {
  it('gives the translation, else the name as written marked with the site’s language', () => {
    expect(shownName('Støttesystemer', { en: 'Support systems' }, 'en', 'da')).toEqual({ text: 'Support systems', lang: undefined });
    expect(shownName('Støttesystemer', { en: 'Support systems' }, 'sv', 'da')).toEqual({ text: 'Støttesystemer', lang: 'da' });
    // On the site's own language the name as written needs no mark.
    expect(shownName('Støttesystemer', undefined, 'da', 'da')).toEqual({ text: 'Støttesystemer', lang: undefined });
  });
});

describe('groupName and metricName', () => {
  it.each([
    ['da', { text: 'Støttesystemer', lang: undefined }, { text: 'Serviceplatformen', lang: undefined }],
    ['en', { text: 'Support systems', lang: undefined }, { text: 'Serviceplatformen', lang: 'da' }],
    ['sv', { text: 'Støttesystemer', lang: 'da' }, { text: 'Serviceplatformen', lang: 'da' }],
  ] as const)('names the groups on %s pages', (locale, support, platform) => {
    expect(groupName(danish, 'Støttesystemer', locale)).toEqual(support);
    expect(groupName(danish, 'Serviceplatformen', locale)).toEqual(platform);
  });

  it('names a metric by its file’s translations, else by its CSV header', () => {
    const metric = { slug: 'brugere', label: 'Brugere pr. 10 minutter' };
    expect(metricName(danish, metric, 'en')).toEqual({ text: 'Users', lang: undefined });
    expect(metricName(danish, metric, 'sv')).toEqual({ text: 'Användare', lang: undefined });
    expect(metricName(danish, metric, 'da')).toEqual({ text: 'Brugere pr. 10 minutter', lang: undefined });
    expect(metricName(danish, { slug: 'other', label: 'Andet' }, 'en')).toEqual({ text: 'Andet', lang: 'da' });
  });
});

describe('environment names', () => {
  const given = { id: 'integrationstest', name: 'Integrationstest', translations: { en: 'Integration test' } };
  it.each([
    ['sv', 'Integrationstest', undefined],
    ['en', 'Integration test', undefined],
    ['da', 'Integrationstest', 'sv'],
  ] as const)('in %s: %s', (locale, text, lang) => {
    expect(environmentName(given, locale)).toBe(text);
    expect(environmentGivenName(given, locale, 'sv')).toEqual({ text, lang });
  });

  it('leaves well-known ids to the UI’s words, which need no mark', () => {
    expect(environmentName({ id: 'production' }, 'en')).toBe('Production');
    expect(environmentGivenName({ id: 'production' }, 'en', 'sv')).toBeUndefined();
  });
});

describe('the translation fields', () => {
  it('are read from site.yaml and system files, by language code', () => {
    const base = { title: 'T', url: 'https://s.example.org/', timezone: 'Europe/Copenhagen', locale: 'da' };
    expect(siteSchema.parse({ ...base, translations: { groups: { Støttesystemer: { en: 'Support systems' } } } }).translations.groups).toEqual({
      Støttesystemer: { en: 'Support systems' },
    });
    expect(siteSchema.parse(base).translations).toEqual({});
    // Any language code is a language (which ones the site is built in is checked with the whole folder).
    expect(siteSchema.safeParse({ ...base, translations: { groups: { X: { de: 'Y' } } } }).success).toBe(true);
    expect(siteSchema.safeParse({ ...base, translations: { groups: { X: { German: 'Y' } } } }).success).toBe(false);
    const system = systemSchema.parse({ name: 'A', environments: [{ id: 'mit-ik', name: 'MIT-IK', translations: { en: 'MIT-IK' } }] });
    expect(system.environments).toEqual([{ id: 'mit-ik', name: 'MIT-IK', translations: { en: 'MIT-IK' } }]);
    expect(systemSchema.safeParse({ name: 'A', environments: [{ id: 'x', name: 'X', translations: { en: '' } }] }).success).toBe(false);
  });
});
