/**
 * Chart export for reports and slides. The chart on screen is an SVG drawn by Recharts whose look
 * partly comes from CSS; a file must stand alone, so the SVG is cloned with the computed styles
 * written inline, and framed with the chart's title and legend (which are HTML on screen). The
 * PNG is that SVG drawn on a canvas at twice its size, sharp on a projector or in a document.
 */

export interface ExportLegendItem {
  label: string;
  /** A colour, or `url(#pattern-id)` of a pattern defined in the chart's SVG. */
  fill: string;
}

export interface ExportableChart {
  title: string;
  legend: readonly ExportLegendItem[];
  /** Lines of text under the chart (e.g. the key of a map's numbered points). */
  lines?: readonly string[];
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const STYLE_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'paint-order',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'visibility',
  'display',
] as const;
const TITLE_SIZE = 22;
const LEGEND_SIZE = 17;
const PADDING = 16;

/**
 * Copies the computed style of every element of `source` onto the matching element of `copy`.
 * Only what differs from the parent is written: the rest is inherited, which keeps the file small.
 */
function inlineStyles(source: Element, copy: Element, parent: Map<string, string> | null = null): void {
  const computed = getComputedStyle(source);
  const values = new Map(STYLE_PROPERTIES.map((p) => [p, computed.getPropertyValue(p)] as const));
  const own = [...values].filter(([p, v]) => v !== '' && parent?.get(p) !== v);
  if (own.length > 0) copy.setAttribute('style', own.map(([p, v]) => `${p}:${v}`).join(';'));
  else copy.removeAttribute('style');
  const from = source.children;
  const to = copy.children;
  for (let i = 0; i < from.length && i < to.length; i++) inlineStyles(from[i]!, to[i]!, values);
}

function svgElement<K extends keyof SVGElementTagNameMap>(name: K, attributes: Record<string, string | number>): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes)) el.setAttribute(key, String(value));
  return el;
}

function fontFamily(svg: SVGSVGElement): string {
  return getComputedStyle(svg).getPropertyValue('font-family') || 'Liberation Sans, Arial, sans-serif';
}

/** Lays legend items out in rows that fit `width`; returns the group and its height. */
function legendGroup(items: readonly ExportLegendItem[], width: number, font: string): { group: SVGGElement; height: number } {
  const group = svgElement('g', { 'font-family': font, 'font-size': LEGEND_SIZE, fill: '#111827' });
  const rowHeight = LEGEND_SIZE + 12;
  let x = PADDING;
  let y = 0;
  for (const item of items) {
    // Width estimate: no layout engine here; 0.6em per character is generous for Liberation Sans.
    const itemWidth = 30 + item.label.length * LEGEND_SIZE * 0.6 + 24;
    if (x + itemWidth > width - PADDING && x > PADDING) {
      x = PADDING;
      y += rowHeight;
    }
    group.append(svgElement('rect', { x, y: y + 2, width: 22, height: LEGEND_SIZE, fill: item.fill, stroke: '#111827', 'stroke-width': 1 }));
    const text = svgElement('text', { x: x + 30, y: y + LEGEND_SIZE - 1 });
    text.textContent = item.label;
    group.append(text);
    x += itemWidth;
  }
  return { group, height: items.length === 0 ? 0 : y + rowHeight };
}

/** A standalone SVG document of the chart with its title and legend. */
export function chartSvg(svg: SVGSVGElement, chart: ExportableChart): { text: string; width: number; height: number } {
  const box = svg.getBoundingClientRect();
  const width = Math.ceil(box.width);
  const chartHeight = Math.ceil(box.height);
  const font = fontFamily(svg);
  const copy = svg.cloneNode(true) as SVGSVGElement;
  inlineStyles(svg, copy);
  const titleHeight = TITLE_SIZE + PADDING * 2;
  const legend = legendGroup(chart.legend, width, font);
  const lines = chart.lines ?? [];
  const lineHeight = LEGEND_SIZE + 8;
  const height = titleHeight + chartHeight + legend.height + lines.length * lineHeight + PADDING;

  const root = svgElement('svg', { xmlns: SVG_NS, width, height, viewBox: `0 0 ${width} ${height}`, role: 'img' });
  const title = svgElement('title', {});
  title.textContent = chart.title;
  root.append(title, svgElement('rect', { width, height, fill: '#ffffff' }));
  const heading = svgElement('text', { x: PADDING, y: PADDING + TITLE_SIZE, 'font-family': font, 'font-size': TITLE_SIZE, 'font-weight': 700, fill: '#111827' });
  heading.textContent = chart.title;
  root.append(heading);
  copy.setAttribute('x', '0');
  copy.setAttribute('y', String(titleHeight));
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(chartHeight));
  // The copy is a picture, not a control: drop the chart's keyboard role and focus stop.
  for (const attribute of ['role', 'tabindex', 'class']) copy.removeAttribute(attribute);
  copy.setAttribute('overflow', 'visible');
  root.append(copy);
  legend.group.setAttribute('transform', `translate(0 ${titleHeight + chartHeight + PADDING / 2})`);
  root.append(legend.group);
  lines.forEach((line, i) => {
    const y = titleHeight + chartHeight + PADDING / 2 + legend.height + (i + 1) * lineHeight - 6;
    const text = svgElement('text', { x: PADDING, y, 'font-family': font, 'font-size': LEGEND_SIZE, fill: '#111827' });
    text.textContent = line;
    root.append(text);
  });
  return { text: `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(root)}`, width, height };
}

/** Draws the SVG on a canvas at `scale` and encodes it as PNG bytes. */
export async function svgToPng(svg: { text: string; width: number; height: number }, scale = 2): Promise<Uint8Array> {
  const url = URL.createObjectURL(new Blob([svg.text], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.decoding = 'sync';
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('The chart could not be drawn as an image.'));
      image.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(svg.width * scale);
    canvas.height = Math.round(svg.height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('No canvas to draw the chart on.');
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, svg.width, svg.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('The chart could not be encoded as PNG.');
    return new Uint8Array(await blob.arrayBuffer());
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** A file name from a chart title: "Dots per candidate risk" -> "dots-per-candidate-risk". */
export function chartFileName(title: string, extension: 'png' | 'svg'): string {
  const slug = title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return `${slug || 'chart'}.${extension}`;
}
