import { describe, expect, it } from 'vitest';
import { absoluteUrls, renderMarkdown, siteRelativeUrls } from '../../src/lib/markdown.ts';

describe('renderMarkdown', () => {
  it('links an image from another host instead of loading it, keeping its text', () => {
    expect(renderMarkdown('![Diagram](https://tracker.example/p.gif)')).toBe('<p><a href="https://tracker.example/p.gif">Diagram</a></p>\n');
    expect(renderMarkdown('<img src="//tracker.example/p.gif" onerror="alert(1)">')).toBe('<a href="//tracker.example/p.gif">//tracker.example/p.gif</a>');
  });

  it('keeps an image on the site itself', () => {
    expect(renderMarkdown('![Karta](/bilder/karta.png)')).toBe('<p><img src="/bilder/karta.png" alt="Karta" /></p>\n');
  });

  it('removes scripts and event handlers unless the site allows raw HTML', () => {
    const html = renderMarkdown('<script>alert(1)</script>\n\n**fet**');
    expect(html).not.toContain('script');
    expect(html).toContain('<p><strong>fet</strong></p>');
    expect(renderMarkdown('<b onclick="x()">b</b>', { allowHtml: true })).toBe('<p><b onclick="x()">b</b></p>\n');
  });
});

describe('absoluteUrls', () => {
  it('makes links and images on the site absolute, for feed readers', () => {
    const html = renderMarkdown('[Historik](/history/) ![Karta](/bilder/karta.png) [Ladok](https://ladok.se/) [Fel](//x.example/)');
    expect(absoluteUrls(html, 'https://status.example.se/')).toBe(
      '<p><a href="https://status.example.se/history/">Historik</a> <img src="https://status.example.se/bilder/karta.png" alt="Karta" /> <a href="https://ladok.se/">Ladok</a> <a href="//x.example/">Fel</a></p>\n',
    );
  });
});

describe('a site under a path', () => {
  const html = renderMarkdown('[Fönster](/maintenance/x/) ![Karta](/bilder/karta.png) [Här](#a) [Ladok](https://ladok.se/)');

  it('keeps the links an editor writes from the site root on the site, in pages', () => {
    expect(siteRelativeUrls(html, '/status/')).toBe(
      '<p><a href="/status/maintenance/x/">Fönster</a> <img src="/status/bilder/karta.png" alt="Karta" /> <a href="#a">Här</a> <a href="https://ladok.se/">Ladok</a></p>\n',
    );
    expect(siteRelativeUrls(html, '/')).toBe(html);
  });

  it('and in feeds, below the path of the site address', () => {
    expect(absoluteUrls(html, 'https://org.github.io/status/')).toContain('<a href="https://org.github.io/status/maintenance/x/">');
    expect(absoluteUrls(html, 'https://org.github.io/status/')).toContain('<img src="https://org.github.io/status/bilder/karta.png"');
  });
});
