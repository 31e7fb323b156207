import { describe, expect, it } from 'vitest';
import { axisTop, drawChart } from '../../src/lib/chart-drawing.ts';
import type { ChartSpec } from '../../src/lib/charts.ts';

const spec = (over: Partial<ChartSpec>): ChartSpec => ({ type: 'line', title: 'T', labels: [], series: [], unit: '%', ...over });

describe('axisTop', () => {
  it('rounds the largest value up to a step of 1, 2 or 5 times a power of ten, about a quarter of the span', () => {
    // span 10, a quarter 2.5 → steps of 5: 10 is on one
    expect(axisTop(10, 0)).toBe(10);
    // span 13, a quarter 3.25 → steps of 5: 15
    expect(axisTop(13, 0)).toBe(15);
    // span 6 above 94, a quarter 1.5 → steps of 2: 100, not above 100 %
    expect(axisTop(100, 94)).toBe(100);
    // span 1.7 above 98, a quarter 0.425 → steps of 0.5: 100
    expect(axisTop(99.7, 98)).toBe(100);
    // span 0.3 above 99, a quarter 0.075 → steps of 0.1: 99.3 is on one
    expect(axisTop(99.3, 99)).toBe(99.3);
  });

  it('gives a span of 1 when every value is at the bottom', () => {
    expect(axisTop(0, 0)).toBe(1);
    expect(axisTop(98, 98)).toBe(99);
  });
});

describe('drawChart', () => {
  it('puts bars side by side in each label’s slot, from zero', () => {
    const drawing = drawChart(
      spec({ type: 'bar', labels: ['a', 'b'], series: [{ label: 'x', data: [5, 10] }, { label: 'y', data: [null, 2] }] }),
    );
    // High 10; slots 500 wide; two series share 0.8 of a slot: 200 each, from 50 into the slot.
    expect(drawing.low).toBe(0);
    expect(drawing.high).toBe(10);
    expect(drawing.bars).toEqual([
      { x: 50, y: 50, width: 200, height: 50, series: 0, band: false },
      { x: 550, y: 0, width: 200, height: 100, series: 0, band: false },
      // 2 of 10 is 20 high, from y 80; second in its slot: 500 + 50 + 200.
      { x: 750, y: 80, width: 200, height: 20, series: 1, band: false },
    ]);
    expect(drawing.lines).toEqual([]);
  });

  it('draws lines through the slots’ centres, broken where a value is missing, from the spec’s minimum', () => {
    const drawing = drawChart(
      spec({
        labels: ['a', 'b', 'c', 'd'],
        min: 98,
        series: [
          { label: 'x', data: [99, 100, null, 98.5] },
          { label: 'target', data: [99.5, 99.5, 99.5, 99.5], role: 'target' },
        ],
      }),
    );
    // Span 2 (98 to 100); slots 250 wide, centres 125, 375, 625, 875; 99 is halfway: y 50; 98.5 → y 75.
    expect(drawing.high).toBe(100);
    expect(drawing.lines).toEqual([
      // The lone last value is a zero-length run, drawn as a dot.
      { d: 'M125 50 L375 0 M875 75 L875 75', series: 0, target: false },
      { d: 'M125 25 L375 25 L625 25 L875 25', series: 1, target: true },
    ]);
  });

  it('draws band series across whole slots behind a line', () => {
    const drawing = drawChart(spec({ labels: ['a', 'b'], series: [{ label: 'm', data: [4, 8] }, { label: 'p', data: [null, 8], role: 'band' }] }));
    // High 8 (span 8, steps of 2); the band fills the second slot to the top; 4 is halfway: y 50.
    expect(drawing.high).toBe(8);
    expect(drawing.bars).toEqual([{ x: 500, y: 0, width: 500, height: 100, series: 1, band: true }]);
    expect(drawing.lines).toEqual([{ d: 'M250 50 L750 0', series: 0, target: false }]);
  });
});
