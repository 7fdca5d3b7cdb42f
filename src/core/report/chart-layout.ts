/**
 * Horizontal bar charts for the plan document, laid out as plain geometry. The print view draws
 * the layout as React SVG; the Word export rasterises `barChartSvg` of the same layout. Text
 * widths are estimated (no DOM in the core), so labels are shortened generously, and every chart
 * is followed by its data table in the document anyway.
 */
import type { ReportChart } from './types';

/** Okabe-Ito blue and vermillion: distinct for every common colour-vision deficiency. */
export const CHART_COLOURS = { bar: '#0072B2', emphasis: '#D55E00', text: '#1a1a1a', axis: '#555555' } as const;

export interface BarLayout {
  y: number;
  barX: number;
  barWidth: number;
  barHeight: number;
  textY: number;
  label: string;
  fullLabel: string;
  valueLabel: string;
  valueX: number;
  emphasis: boolean;
}

export interface BarChartLayout {
  width: number;
  height: number;
  fontSize: number;
  labelRight: number;
  axis: { x: number; y1: number; y2: number };
  bars: BarLayout[];
  legend: { x: number; y: number; text: string; swatchX: number; swatchY: number; swatchSize: number } | null;
}

/** Average glyph width as a share of the font size, for a sans-serif at body sizes (generous). */
const CHAR_WIDTH = 0.56;

export function layoutBarChart(chart: ReportChart, width = 640, fontSize = 13): BarChartLayout {
  const row = Math.round(fontSize * 2.1);
  const top = 4;
  const charW = fontSize * CHAR_WIDTH;
  const longestLabel = Math.max(1, ...chart.bars.map((b) => b.label.length));
  const labelWidth = Math.min(width * 0.5, longestLabel * charW + 10);
  const maxChars = Math.max(4, Math.floor((labelWidth - 10) / charW));
  const valueWidth = Math.max(...chart.bars.map((b) => b.valueLabel.length), 1) * charW + 12;
  const barArea = Math.max(40, width - labelWidth - valueWidth - 8);
  const max = Math.max(0, ...chart.bars.map((b) => b.value));
  const bars = chart.bars.map((bar, i) => {
    const y = top + i * row;
    const barWidth = max === 0 ? 0 : Math.max(bar.value > 0 ? 2 : 0, (bar.value / max) * barArea);
    const barX = labelWidth + 2;
    return {
      y,
      barX,
      barWidth,
      barHeight: Math.round(row * 0.66),
      textY: y + Math.round(row * 0.33) + Math.round(fontSize * 0.35),
      label: shorten(bar.label, maxChars),
      fullLabel: bar.label,
      valueLabel: bar.valueLabel,
      valueX: barX + barWidth + 6,
      emphasis: bar.emphasis === true,
    };
  });
  const chartBottom = top + chart.bars.length * row;
  const legend =
    chart.emphasisLabel === null
      ? null
      : { x: fontSize + 10, y: chartBottom + fontSize + 6, text: chart.emphasisLabel, swatchX: 2, swatchY: chartBottom + 6, swatchSize: fontSize };
  return {
    width,
    height: Math.ceil(legend ? legend.y + 8 : chartBottom + 4),
    fontSize,
    labelRight: labelWidth - 6,
    axis: { x: labelWidth + 2, y1: top - 2, y2: chartBottom },
    bars,
    legend,
  };
}

function shorten(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('').trimEnd()}…`;
}

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** Pattern id shared by the SVG string and the React renderer. */
export const EMPHASIS_PATTERN_ID = 'cswb-emphasis-hatch';

/** The same chart as a standalone SVG document (for rasterising into the Word export). */
export function barChartSvg(chart: ReportChart, layout: BarChartLayout, fontFamily = 'Arial, Helvetica, sans-serif'): string {
  const c = CHART_COLOURS;
  const fill = (emphasis: boolean) => (emphasis ? `url(#${EMPHASIS_PATTERN_ID})` : c.bar);
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${layout.width}" height="${layout.height}" viewBox="0 0 ${layout.width} ${layout.height}" font-family="${escapeXml(fontFamily)}" font-size="${layout.fontSize}">`,
    `<title>${escapeXml(chart.title)}</title><desc>${escapeXml(chart.description)}</desc>`,
    `<defs><pattern id="${EMPHASIS_PATTERN_ID}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="${c.emphasis}"/><line x1="0" y1="0" x2="0" y2="6" stroke="#ffffff" stroke-width="2"/></pattern></defs>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<line x1="${layout.axis.x}" y1="${layout.axis.y1}" x2="${layout.axis.x}" y2="${layout.axis.y2}" stroke="${c.axis}"/>`,
  ];
  for (const bar of layout.bars) {
    parts.push(
      `<text x="${layout.labelRight}" y="${bar.textY}" text-anchor="end" fill="${c.text}">${escapeXml(bar.label)}</text>`,
      `<rect x="${bar.barX}" y="${bar.y}" width="${bar.barWidth.toFixed(1)}" height="${bar.barHeight}" fill="${fill(bar.emphasis)}"${bar.emphasis ? ` stroke="${c.emphasis}"` : ''}/>`,
      `<text x="${bar.valueX.toFixed(1)}" y="${bar.textY}" fill="${c.text}">${escapeXml(bar.valueLabel)}</text>`,
    );
  }
  if (layout.legend) {
    const l = layout.legend;
    parts.push(
      `<rect x="${l.swatchX}" y="${l.swatchY}" width="${l.swatchSize}" height="${l.swatchSize}" fill="${fill(true)}" stroke="${c.emphasis}"/>`,
      `<text x="${l.x}" y="${l.y}" fill="${c.text}">${escapeXml(l.text)}</text>`,
    );
  }
  parts.push('</svg>');
  return parts.join('');
}
