/**
 * Chart images for download: the chart's SVG with its title above and, below, the source line, the
 * site's address and a labelled "downloaded on" date, so a copied image keeps its provenance. The
 * image is as wide as its widest line of text (nothing is cut off on the right); long lines wrap.
 * Pure DOM; no globals beyond the document of the chart passed in.
 */

const SVG = 'http://www.w3.org/2000/svg';

export interface ImageText {
  title: string;
  subtitle?: string;
  sourceLine: string;
  /** the page's address on the public site */
  site: string;
  /** "Tải về ngày 2/12/2026" */
  downloaded: string;
}

/** Text width in px: a generous estimate unless the browser can measure. */
export type Measure = (text: string, size: number, bold: boolean) => number;
export const estimate: Measure = (text, size, bold) => text.length * size * (bold ? 0.62 : 0.56);

const PAD = 10;
const MAX_WIDTH = 1200;

/** Splits a text into lines no wider than `width`, at spaces. */
export function wrap(text: string, width: number, size: number, measure: Measure): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && measure(next, size, false) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** A standalone SVG document string; see the module comment. */
export function composeImage(chart: SVGSVGElement, text: ImageText, measure: Measure = estimate): string {
  const doc = chart.ownerDocument;
  const box = (chart.getAttribute('viewBox') ?? `0 0 ${chart.getAttribute('width') ?? 640} ${chart.getAttribute('height') ?? 400}`).split(/[\s,]+/).map(Number);
  const [, , w, h] = box;
  if (!(w > 0 && h > 0)) throw new Error('chart has no size');
  const titleWidth = measure(text.title, 16, true) + 2 * PAD;
  const width = Math.ceil(Math.min(MAX_WIDTH, Math.max(w, titleWidth)));
  const titleLines = wrap(text.title, width - 2 * PAD, 16, (s, z) => measure(s, z, true));
  const subLines = text.subtitle ? wrap(text.subtitle, width - 2 * PAD, 12, measure) : [];
  const footLines = [...wrap(text.sourceLine, width - 2 * PAD, 11, measure), text.site, text.downloaded];
  const top = PAD + titleLines.length * 20 + subLines.length * 16 + 6;
  const bottom = footLines.length * 15 + PAD;
  const height = top + h + bottom;
  const out = doc.createElementNS(SVG, 'svg');
  out.setAttribute('xmlns', SVG);
  out.setAttribute('viewBox', `0 0 ${width} ${height}`);
  out.setAttribute('width', String(width));
  out.setAttribute('height', String(height));
  out.setAttribute('font-family', 'system-ui, sans-serif');
  const bg = doc.createElementNS(SVG, 'rect');
  for (const [k, v] of Object.entries({ width, height, fill: '#ffffff' })) bg.setAttribute(k, String(v));
  out.appendChild(bg);
  const line = (content: string, y: number, size: number, weight = 'normal', fill = '#1d232b'): void => {
    const node = doc.createElementNS(SVG, 'text');
    for (const [k, v] of Object.entries({ x: PAD, y, 'font-size': size, 'font-weight': weight, fill })) node.setAttribute(k, String(v));
    node.textContent = content;
    out.appendChild(node);
  };
  let y = PAD + 14;
  for (const l of titleLines) (line(l, y, 16, 'bold'), (y += 20));
  for (const l of subLines) (line(l, y, 12, 'normal', '#3d4651'), (y += 16));
  const inner = chart.cloneNode(true) as SVGSVGElement;
  // centred when the text is wider than the chart
  inner.setAttribute('x', String(Math.max(0, Math.round((width - w) / 2))));
  inner.setAttribute('y', String(top));
  inner.setAttribute('width', String(w));
  inner.setAttribute('height', String(h));
  inner.removeAttribute('class');
  out.appendChild(inner);
  y = top + h + 14;
  for (const l of footLines) (line(l, y, 11), (y += 15));
  return out.outerHTML;
}
