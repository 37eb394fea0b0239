/** What every chart's SVG gets after Plot has drawn it. */

/**
 * Removes Plot's inline <style> (a Content-Security-Policy of 'self' refuses inline styles; the
 * site stylesheet carries the same rules for `svg.chart`), and gives the SVG a title for screen readers.
 */
export function finish(svg: SVGSVGElement | HTMLElement, title: string | undefined): SVGSVGElement {
  if (svg.tagName.toLowerCase() !== 'svg') throw new Error('chart is not an svg');
  const el = svg as SVGSVGElement;
  for (const style of Array.from(el.querySelectorAll('style'))) style.remove();
  // Plot names its mark groups with aria-label ("dot", "x-axis tick"); on a <g> without a role
  // that is a prohibited attribute (axe: aria-prohibited-attr). The chart's own title and the
  // text summary and table beside it carry the meaning.
  for (const node of Array.from(el.querySelectorAll('[aria-label]'))) node.removeAttribute('aria-label');
  el.setAttribute('class', 'chart');
  el.setAttribute('role', 'img');
  if (title) {
    const doc = el.ownerDocument;
    const node = doc.createElementNS('http://www.w3.org/2000/svg', 'title');
    node.textContent = title;
    el.insertBefore(node, el.firstChild);
    el.setAttribute('aria-label', title);
  }
  return el;
}
