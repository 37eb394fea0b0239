/**
 * Chart images for download: the chart's SVG with its title above and the source line and date
 * below, so a copied image keeps its provenance. Pure DOM; no globals beyond the document passed in.
 */

const SVG = 'http://www.w3.org/2000/svg';

/** A standalone SVG document string: title, chart, source line with date. */
export function composeImage(chart: SVGSVGElement, title: string, sourceLine: string, date: string): string {
  const doc = chart.ownerDocument;
  const box = (chart.getAttribute('viewBox') ?? `0 0 ${chart.getAttribute('width') ?? 640} ${chart.getAttribute('height') ?? 400}`).split(/[\s,]+/).map(Number);
  const [, , w, h] = box;
  if (!(w > 0 && h > 0)) throw new Error('chart has no size');
  const top = 34;
  const bottom = 40;
  const out = doc.createElementNS(SVG, 'svg');
  out.setAttribute('xmlns', SVG);
  out.setAttribute('viewBox', `0 0 ${w} ${h + top + bottom}`);
  out.setAttribute('width', String(w));
  out.setAttribute('height', String(h + top + bottom));
  out.setAttribute('font-family', 'system-ui, sans-serif');
  const bg = doc.createElementNS(SVG, 'rect');
  for (const [k, v] of Object.entries({ width: w, height: h + top + bottom, fill: '#ffffff' })) bg.setAttribute(k, String(v));
  out.appendChild(bg);
  const line = (text: string, y: number, size: number, weight = 'normal'): void => {
    const node = doc.createElementNS(SVG, 'text');
    for (const [k, v] of Object.entries({ x: 8, y, 'font-size': size, 'font-weight': weight, fill: '#1d232b' })) node.setAttribute(k, String(v));
    node.textContent = text;
    out.appendChild(node);
  };
  line(title, 22, 15, 'bold');
  const inner = chart.cloneNode(true) as SVGSVGElement;
  inner.setAttribute('y', String(top));
  inner.setAttribute('width', String(w));
  inner.setAttribute('height', String(h));
  inner.removeAttribute('class');
  out.appendChild(inner);
  line(sourceLine, h + top + 18, 11);
  line(date, h + top + 33, 11);
  return out.outerHTML;
}

/** A file name from a title: lowercase ASCII words joined by hyphens. */
export function fileName(title: string, ext: 'svg' | 'png' | 'csv'): string {
  const base = title.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D')
    .toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60);
  return `${base || 'chart'}.${ext}`;
}
