/**
 * Text as a reader sees it (issue 15, item 7): no words run together where a template puts an
 * inline element after text ("kalenderprogram:Öppna", "Hela kalendern ·Alla händelser"), and names
 * that stay in the site's language are marked with `lang` on the other languages' pages. Read from
 * builds other tests make anyway: the example site and the Danish fixture.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { NodeType, parse, type HTMLElement, type Node } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { readPage, sharedBuild } from '../support/site.ts';

/** Elements that start a new line: text on either side of them does not run together. */
const BLOCKS = new Set(
  'address article aside blockquote body br caption dd details div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody td tfoot th thead tr ul'.split(' '),
);
const SKIPPED = new Set(['script', 'style', 'template', 'svg']);

/**
 * A separator or colon glued to a word: `a·b`, `a ·b`, `a· b`, `word:Word`. A colon between a small
 * and a capital letter only: `API:t` and `TRANSP:TRANSPARENT` are words.
 */
const JOINED = /\S·|·\S|\p{Ll}:\p{Lu}/u;

/** The runs of inline text inside `root`, as a browser lays them out (block elements end a run). */
export function inlineRuns(root: HTMLElement): string[] {
  const runs: string[] = [];
  let current = '';
  const flush = () => {
    const run = current.replace(/\s+/g, ' ').trim();
    if (run) runs.push(run);
    current = '';
  };
  const walk = (node: Node) => {
    if (node.nodeType === NodeType.TEXT_NODE) {
      current += node.rawText.replace(/&nbsp;|&#160;/g, ' ');
      return;
    }
    if (node.nodeType !== NodeType.ELEMENT_NODE) return;
    const element = node as HTMLElement;
    const tag = element.rawTagName?.toLowerCase() ?? '';
    if (SKIPPED.has(tag) || element.hasAttribute('hidden')) return;
    const block = BLOCKS.has(tag);
    if (block) flush();
    for (const child of element.childNodes) walk(child);
    if (block) flush();
  };
  walk(root);
  flush();
  return runs;
}

const EXAMPLE = ['content', '2026-11-24T12:00:00+01:00'] as const;
const DANISH = ['tests/fixtures/danish', '2024-02-22T12:00:00+01:00'] as const;

const pages = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));

describe('joined text', () => {
  it('finds a word glued to a link, and nothing where a space or a block separates them', () => {
    const runs = (html: string) => inlineRuns(parse(html)).filter((run) => JOINED.test(run));
    expect(runs('<p>Prenumerera i ditt kalenderprogram:<a href="#">Öppna</a></p>')).toEqual(['Prenumerera i ditt kalenderprogram:Öppna']);
    expect(runs('<p><a href="#">Hela kalendern</a> ·\n<a href="#">Alla</a></p>')).toEqual([]);
    expect(runs('<p><a href="#">Hela kalendern</a> ·<a href="#">Alla</a></p>')).toEqual(['Hela kalendern ·Alla']);
    // Times and addresses have colons between digits or before slashes; a heading ends a run.
    expect(runs('<p>Kl. 05:30, https://example.se/, API:t, END:VCALENDAR</p><h2>Status:</h2><p>Löst</p>')).toEqual([]);
  });

  it.each([
    ['the example site', ...EXAMPLE],
    ['the Danish fixture', ...DANISH],
  ])('runs no words together on any page of %s', (_, dir, now) => {
    const build = sharedBuild(dir, now);
    expect(build.status, build.stderr).toBe(0);
    const found = pages(build.outDir).flatMap((file) =>
      inlineRuns(parse(readFileSync(path.join(build.outDir, file), 'utf8'))).filter((run) => JOINED.test(run)).map((run) => `${file}: ${run}`),
    );
    expect(found).toEqual([]);
  }, 180_000);
});

describe('names in the reader’s language', () => {
  /** [text, lang] of the elements `selector` finds on `file`. */
  const named = (build: { outDir: string }, file: string, selector: string) =>
    readPage(build.outDir, file)
      .querySelectorAll(selector)
      .map((element) => [element.textContent.trim(), element.getAttribute('lang')]);

  it('translates the groups site.yaml translates and marks the others with the site’s language (Danish fixture)', () => {
    const build = sharedBuild(...DANISH);
    expect(build.status, build.stderr).toBe(0);
    // site.yaml: Støttesystemer has an English name; Serviceplatformen has none.
    expect(named(build, 'reports/2024-01/index.html', '.report-group h2')).toEqual([
      ['Støttesystemer', undefined],
      ['Serviceplatformen', undefined],
    ]);
    expect(named(build, 'en/reports/2024-01/index.html', '.report-group h2')).toEqual([
      ['Support systems', undefined],
      ['Serviceplatformen', 'da'],
    ]);
    expect(named(build, 'en/systems/ko/index.html', '.entry-kind')).toEqual([['Support systems', undefined]]);
  });

  it.each([
    // content/site.yaml: Studieadministration in en and da, Gemensamma tjänster in en only (listed in the systems' order).
    ['sv', '', [['Studieadministration', undefined], ['Gemensamma tjänster', undefined]], 'Unika anställda per 10 minuter', undefined],
    ['en', 'en/', [['Student administration', undefined], ['Shared services', undefined]], 'Unique staff per 10 minutes', undefined],
    ['da', 'da/', [['Studieadministration', undefined], ['Gemensamma tjänster', 'sv']], 'Unikke medarbejdere pr. 10 minutter', undefined],
  ])('names the example’s groups and usage metric in %s', (_, prefix, groups, metric, lang) => {
    const build = sharedBuild(...EXAMPLE);
    expect(build.status, build.stderr).toBe(0);
    expect(named(build, `${prefix}index.html`, 'section.group > h3')).toEqual(groups);
    const intro = readPage(build.outDir, `${prefix}calendar/index.html`).querySelector('[id^="metric-"] ~ p span');
    expect([intro?.textContent, intro?.getAttribute('lang')]).toEqual([metric, lang]);
    expect(readPage(build.outDir, `${prefix}calendar/index.html`).querySelector('drift-chart .chart-title')?.textContent).toBe(metric);
  });
});
