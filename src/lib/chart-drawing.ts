/**
 * A chart drawn at build time: the shapes of a ChartSpec in a 1000 × 100 box, for an inline SVG that
 * stands in where JavaScript does not run (chart.js replaces it where it does). The box is stretched
 * to the element's size, so there is no text in it: the title, the axis ends and the legend are HTML.
 */
import type { ChartSpec } from './charts.ts';

export const WIDTH = 1000;
export const HEIGHT = 100;

export interface DrawnBar {
  x: number;
  y: number;
  width: number;
  height: number;
  /** Index of the series in the spec. */
  series: number;
  band: boolean;
}

export interface DrawnLine {
  /** SVG path data: one `M … L …` run per stretch without gaps; a lone value is a zero-length run (drawn as a dot). */
  d: string;
  series: number;
  target: boolean;
}

export interface ChartDrawing {
  /** The value at the bottom and at the top of the box. */
  low: number;
  high: number;
  bars: DrawnBar[];
  lines: DrawnLine[];
}

/** Rounded to two decimals, so that the SVG's bytes stay short and the same on every build. */
const round = (value: number) => Math.round(value * 100) / 100;

/**
 * The top of the axis: the largest value rounded up to a step of 1, 2 or 5 × a power of ten, about a
 * quarter of the span from `low` (at least `low` + 1 when there is no span).
 * @example axisTop(100, 94) // 100: a span of 6, steps of 2
 */
export function axisTop(largest: number, low: number): number {
  const span = largest - low;
  if (!(span > 0)) return low + 1;
  const power = 10 ** Math.floor(Math.log10(span / 4));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= span / 4) ?? 10 * power;
  // Rounded, so that 99.3 in steps of 0.1 ends at 99.3, not at 99.30000000000001.
  return Math.round(Math.ceil(largest / step - 1e-9) * step * 1e6) / 1e6;
}

/**
 * The bars and lines of `spec`: bar series side by side in each label's slot, band series across the
 * whole slot behind them, line series through the slots' centres.
 * @example drawChart({ type: 'bar', labels: ['a', 'b'], series: [{ label: 'x', data: [5, 10] }], … })
 *   // low 0, high 10; bars 400 wide at x 50 and 550 (0.8 of each 500-wide slot), heights 50 and 100
 */
export function drawChart(spec: ChartSpec): ChartDrawing {
  const values = spec.series.flatMap((s) => s.data).filter((v): v is number => v !== null);
  const low = spec.min ?? Math.min(0, ...values);
  const high = axisTop(Math.max(low, ...values), low);
  const slot = WIDTH / Math.max(1, spec.labels.length);
  const y = (value: number) => round(HEIGHT - ((Math.min(Math.max(value, low), high) - low) / (high - low)) * HEIGHT);
  const bars: DrawnBar[] = [];
  const lines: DrawnLine[] = [];
  const barSeries = spec.series.map((s, i) => ({ s, i })).filter(({ s }) => s.role !== 'band' && s.role !== 'target' && spec.type === 'bar');
  spec.series.forEach((series, index) => {
    if (series.role === 'band') {
      series.data.forEach((value, at) => {
        if (value !== null) bars.push({ x: round(at * slot), y: y(value), width: round(slot), height: round(HEIGHT - y(value)), series: index, band: true });
      });
      return;
    }
    const side = barSeries.findIndex(({ i }) => i === index);
    if (side >= 0) {
      const width = (slot * 0.8) / barSeries.length;
      series.data.forEach((value, at) => {
        if (value === null) return;
        const top = Math.min(y(value), y(low));
        bars.push({ x: round(at * slot + slot * 0.1 + side * width), y: top, width: round(width), height: round(Math.abs(y(low) - y(value))), series: index, band: false });
      });
      return;
    }
    const runs: string[] = [];
    let run: string[] = [];
    const end = () => {
      if (run.length === 1) run.push(run[0]?.replace(/^M/, 'L') ?? '');
      if (run.length > 0) runs.push(run.join(' '));
      run = [];
    };
    series.data.forEach((value, at) => {
      if (value === null) return end();
      run.push(`${run.length === 0 ? 'M' : 'L'}${round(at * slot + slot / 2)} ${y(value)}`);
    });
    end();
    if (runs.length > 0) lines.push({ d: runs.join(' '), series: index, target: series.role === 'target' });
  });
  return { low, high, bars, lines };
}
