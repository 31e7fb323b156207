/**
 * Draws a <drift-chart data-chart="{…}"> (see chart.ts) with chart.js, bundled with the site (no
 * CDN), in a chunk of its own that chart.ts loads when a chart comes into view. The element holds the build's drawing
 * (Chart.astro): the canvas takes the place of its plot, its HTML title and legend stay (so chart.js's
 * Title and Legend plugins are not bundled). The table beside it stays the accessible alternative;
 * the canvas carries a short label.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from "chart.js";
import type { ChartSpec } from "../lib/charts";

// Only the parts the specs use: `chart.js/auto` would register every chart type, scale and plugin.
Chart.register(
  BarController,
  BarElement,
  CategoryScale,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
);

// The same colours and dashes as the build's drawing (.chart-s0… and .chart-d0… in global.css).
// Colours that keep 3:1 against white and dark backgrounds; dashes and point shapes tell series apart without colour.
const COLOURS = [
  "#1f4f99",
  "#b3261e",
  "#1d6b3a",
  "#8a5a00",
  "#6b3fa0",
  "#00707a",
  "#a33b72",
  "#4a5561",
];
const DASHES = [[], [6, 3], [2, 2], [10, 4, 2, 4]];
const POINTS = [
  "circle",
  "rect",
  "triangle",
  "rectRot",
  "star",
  "crossRot",
] as const;

/** Replaces the build's plot of `element` with a chart.js canvas. */
export function drawChart(element: HTMLElement): void {
  const spec = JSON.parse(element.dataset["chart"] ?? "{}") as ChartSpec;
  const dark = matchMedia("(prefers-color-scheme: dark)").matches;
  const text = dark ? "#e8ecef" : "#1b1f24";
  const grid = dark ? "#3a424a" : "#d5dbe1";
  const canvas = document.createElement("canvas");
  canvas.setAttribute("role", "img");
  canvas.setAttribute("aria-label", element.dataset["label"] ?? spec.title);
  const box = document.createElement("div");
  box.className = "chart-canvas";
  box.append(canvas);
  const plot = element.querySelector(".chart-plot");
  element.querySelector(".chart-ends")?.remove();
  if (plot) plot.replaceWith(box);
  else element.append(box);
  new Chart(canvas, {
    type: spec.type,
    data: {
      labels: spec.labels,
      datasets: spec.series.map((series, i) => {
        const colour =
          series.role === "target"
            ? text
            : (COLOURS[i % COLOURS.length] ?? "#1f4f99");
        if (series.role === "band") {
          return {
            type: "bar" as const,
            label: series.label,
            data: series.data,
            backgroundColor: dark
              ? "rgba(141,180,255,0.25)"
              : "rgba(31,79,153,0.18)",
            borderWidth: 0,
            barPercentage: 1,
            categoryPercentage: 1,
          };
        }
        return {
          label: series.label,
          data: series.data,
          borderColor: colour,
          backgroundColor: colour,
          borderDash:
            series.role === "target"
              ? [4, 4]
              : (DASHES[i % DASHES.length] ?? []),
          pointStyle:
            series.role === "target"
              ? false
              : (POINTS[i % POINTS.length] ?? "circle"),
          pointRadius: spec.labels.length > 60 ? 0 : 3,
          borderWidth: 2,
          spanGaps: false,
        };
      }),
    },
    options: {
      animation: false,
      maintainAspectRatio: false,
      color: text,
      scales: {
        x: { ticks: { color: text }, grid: { color: grid } },
        y: {
          ...(spec.min !== undefined ? { min: spec.min } : {}),
          title: { display: true, text: spec.unit, color: text },
          ticks: { color: text },
          grid: { color: grid },
        },
      },
    },
  });
}
