import { describe, expect, it } from 'vitest';
import { basePath, siteRoot, underBase } from '../../src/lib/site-url.ts';

describe('the site under a path', () => {
  it('keeps the path of the address, ending in /, without query or fragment', () => {
    expect(siteRoot('https://status.example.se/')).toBe('https://status.example.se/');
    expect(siteRoot('https://status.example.se')).toBe('https://status.example.se/');
    expect(siteRoot('https://org.github.io/status/')).toBe('https://org.github.io/status/');
    expect(siteRoot('https://org.github.io/status')).toBe('https://org.github.io/status/');
    expect(siteRoot('https://org.github.io/a/b/?x=1#top')).toBe('https://org.github.io/a/b/');
  });

  it('serves a site at the root under /, one under a path under that path', () => {
    expect(basePath('https://status.example.se/')).toBe('/');
    expect(basePath('https://org.github.io/status/')).toBe('/status/');
    expect(basePath('http://127.0.0.1:4321/a/b/')).toBe('/a/b/');
  });

  it('puts a site-relative address below the base, with or without its leading slash', () => {
    expect(underBase('/', '/feed.xml')).toBe('/feed.xml');
    expect(underBase('/status/', '/feed.xml')).toBe('/status/feed.xml');
    expect(underBase('/status/', 'api/v2/summary.json')).toBe('/status/api/v2/summary.json');
    expect(underBase('https://org.github.io/status/', '/systems/app/')).toBe('https://org.github.io/status/systems/app/');
    // A base that is also the first folder of a path is still added: the path is the site's own.
    expect(underBase('/systems/', 'systems/app/feed.xml')).toBe('/systems/systems/app/feed.xml');
  });
});
