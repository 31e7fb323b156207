import { wcagContrast } from 'culori';
import { describe, expect, it } from 'vitest';
import { brandColorProblem, brandHex, brandStyles } from '../../src/lib/brand.ts';

describe('the brand colour', () => {
  it('accepts a colour white text meets WCAG AA on, written any CSS way', () => {
    // #005b99: relative luminance 0.7152 × 0.1047 + 0.0722 × 0.3186 = 0.098, so (1 + 0.05) / (0.098 + 0.05) = 7.1:1.
    expect(brandColorProblem('#005b99')).toBeUndefined();
    expect(brandColorProblem('rgb(0 91 153)')).toBeUndefined();
    expect(brandHex('rebeccapurple')).toBe('#663399');
  });

  it('refuses one below 4.5:1 with the figure and a darker colour of the same hue that passes', () => {
    // #777777: luminance 0.1845, (1.05) / (0.2345) = 4.48:1, just below.
    const problem = brandColorProblem('#777') ?? '';
    expect(problem).toContain('contrast of 4.48:1, below the 4.5:1');
    const suggested = /e\.g\. "(#[0-9a-f]{6})"/.exec(problem)?.[1] ?? '';
    expect(wcagContrast(suggested, '#fff')).toBeGreaterThanOrEqual(4.5);
    expect(brandColorProblem('ferrari red')).toContain('is not a colour');
  });

  it('paints the header band only when a colour is given', () => {
    expect(brandStyles({ color: '#005B99' })).toContain('background: #005b99');
    expect(brandStyles({ logo: 'logo.svg' })).not.toContain('background');
  });
});
