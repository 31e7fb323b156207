/** The month tables (SlaTable.astro) as a reader sees them in Chromium (issue 15, item 2). */
import type { Page } from 'playwright-core';

/**
 * What a reader sees of the `index`th month table (.table-wrap) of the page, scrolled down to it: its
 * newest month's heading and first figure on screen, the first row's name uncovered, the hint, and
 * the same after scrolling the table to its oldest month; and whether the hint shows once it fits.
 */
export async function monthTable(page: Page, index: number) {
  return page.evaluate(async (at) => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const wrap = document.querySelectorAll<HTMLElement>('.table-wrap')[at] as HTMLElement;
    window.scrollTo(0, wrap.getBoundingClientRect().top + window.scrollY - 8);
    await frame();
    const scroller = wrap.querySelector('.table-scroll') as HTMLElement;
    const onScreen = (element: Element | null) => {
      const box = element?.getBoundingClientRect();
      return !!box && box.width > 0 && box.left >= 0 && box.right <= innerWidth && box.top >= 0 && box.bottom <= innerHeight;
    };
    /** Inside the scroll region and the topmost element at its centre (not covered by the sticky column). */
    const uncovered = (element: Element | null) => {
      const box = element?.getBoundingClientRect();
      const region = scroller.getBoundingClientRect();
      if (!box || box.left < region.left - 1 || box.right > region.right + 1) return false;
      const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      return !!top && !!element && element.contains(top);
    };
    const header = wrap.querySelector('thead th:last-child');
    const cell = wrap.querySelector('tbody tr:first-child > :last-child');
    const name = wrap.querySelector('tbody tr:first-child > th');
    const hint = wrap.querySelector('.table-hint');
    const hintShown = () => !!hint?.checkVisibility({ visibilityProperty: true }) && (hint.getBoundingClientRect().height ?? 0) > 0 && !!hint.textContent?.trim();
    const result = {
      newest: { header: onScreen(header) && uncovered(header), cell: onScreen(cell) && uncovered(cell) },
      name: onScreen(name) && uncovered(name),
      caption: onScreen(wrap.querySelector('caption')),
      overflows: scroller.scrollWidth > scroller.clientWidth + 1,
      hint: hintShown(),
      scrolled: { newestShown: false, name: false, caption: false },
      hintWhenFitting: false,
    };
    // The region runs right to left: its start (scrollLeft 0) is the newest month, the oldest is at -scrollWidth.
    scroller.scrollLeft = -scroller.scrollWidth;
    await frame();
    result.scrolled = { newestShown: uncovered(cell), name: uncovered(name), caption: onScreen(wrap.querySelector('caption')) };
    scroller.scrollLeft = 0;
    await frame();
    wrap.style.width = `${scroller.scrollWidth + 100}px`;
    await frame();
    result.hintWhenFitting = hintShown();
    wrap.style.width = '';
    return result;
  }, index);
}
