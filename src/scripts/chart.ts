/**
 * <drift-chart data-chart="{…}">: the build's drawing (Chart.astro) stands on its own; where scripts
 * run, chart.js takes over its plot (chart-draw.ts). chart.js is the largest script of the site, so it
 * is loaded only when a chart comes near the screen, not while the page loads.
 */
class DriftChart extends HTMLElement {
  connectedCallback(): void {
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        observer.disconnect();
        void import("./chart-draw.ts").then(({ drawChart }) => drawChart(this));
      },
      { rootMargin: "200px" },
    );
    observer.observe(this);
  }
}

if (!customElements.get("drift-chart"))
  customElements.define("drift-chart", DriftChart);
