/**
 * A site's brand colour: the header band is painted in it with white text, so the colour is refused
 * when white text on it falls below WCAG 2.1 AA (4.5:1 for normal text). Colours are parsed and
 * measured by culori (CSS Color 4 parsing, WCAG relative luminance): a maintained library, not
 * hand-written formulas.
 */
import { formatHex, oklch, parse, wcagContrast } from 'culori';

/** The colour of text on the brand band. */
export const ON_BRAND = '#ffffff';
/** WCAG 2.1 AA contrast for normal text. */
export const AA_CONTRAST = 4.5;

/** The colour as `#rrggbb`, or undefined when it is not a CSS colour. */
export function brandHex(color: string): string | undefined {
  const parsed = parse(color);
  return parsed ? formatHex(parsed) : undefined;
}

/** The same hue made darker, step by step, until white text on it meets AA. */
function darkerPassing(color: string): string {
  const start = oklch(color);
  if (!start) return '#000000';
  for (let l = start.l; l > 0; l -= 0.01) {
    const candidate = formatHex({ ...start, l });
    if (wcagContrast(candidate, ON_BRAND) >= AA_CONTRAST) return candidate;
  }
  return '#000000';
}

/**
 * What is wrong with `color` as the brand colour, in the editor's words, or undefined.
 * @example brandColorProblem('#005b99') // undefined (7.1:1)
 * @example brandColorProblem('#ffcc00') // 'white text on #ffcc00 has a contrast of 1.5:1, below … write e.g. #8a6b00 …'
 */
export function brandColorProblem(color: string): string | undefined {
  const hex = brandHex(color);
  if (!hex) return `"${color}" is not a colour: write it as in CSS, e.g. "#005b99"`;
  const contrast = wcagContrast(hex, ON_BRAND);
  if (contrast >= AA_CONTRAST) return undefined;
  const suggestion = darkerPassing(hex);
  return (
    `white text on ${hex} has a contrast of ${contrast.toFixed(2)}:1, below the ${AA_CONTRAST}:1 WCAG AA asks for: ` +
    `write a darker colour, e.g. "${suggestion}" (${wcagContrast(suggestion, ON_BRAND).toFixed(2)}:1)`
  );
}

/** The brand's look, as CSS: the header band in the brand colour with white text, and the logo's size. */
export function brandStyles(brand: { color?: string | undefined; logo?: string | undefined }): string {
  const rules = [
    // The logo is as tall as two lines of the title, whatever its file's size.
    '.site-logo { display: inline-block; height: 2rem; width: auto; max-width: 10rem; vertical-align: middle; margin-right: 0.5rem; }',
  ];
  const hex = brand.color === undefined ? undefined : brandHex(brand.color);
  if (hex) {
    rules.push(
      `html .site-header { background: ${hex}; color: ${ON_BRAND}; margin: 0 -1rem 1rem; padding: 0.75rem 1rem; border-bottom: 0; }`,
      `html .site-header a, html .site-header a[aria-current] { color: ${ON_BRAND}; }`,
      `html .site-header :focus-visible { outline-color: ${ON_BRAND}; }`,
    );
  }
  return `${rules.join('\n')}\n`;
}
