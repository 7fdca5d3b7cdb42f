/** Chart SVG to PNG in the page (for the Word export), at 2x so it stays sharp when printed. */
import { barChartSvg, layoutBarChart, type ReportChart } from '@core/report';
import type { ChartImage } from './docx';

export async function chartPng(chart: ReportChart, scale = 2): Promise<ChartImage> {
  const layout = layoutBarChart(chart);
  const svg = barChartSvg(chart, layout, getComputedStyle(document.documentElement).fontFamily || 'Arial, sans-serif');
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.decoding = 'async';
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(layout.width * scale);
    canvas.height = Math.ceil(layout.height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas');
    context.scale(scale, scale);
    context.drawImage(image, 0, 0);
    const blob = await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'));
    return { png: new Uint8Array(await blob.arrayBuffer()), width: layout.width, height: layout.height };
  } finally {
    URL.revokeObjectURL(url);
  }
}
