/**
 * The plan document as a Word file (.docx), editable for council reports: real heading styles
 * (navigation pane, a table of contents Word can insert), real tables with repeating header
 * rows, charts as images with alt text. Built with the `docx` library from the report model.
 * No DOM here: chart images come from `chartImage`, so the builder also runs in tests.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  ImageRun,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import type { PlanReport, ReportBlock, ReportChart, ReportTable } from '@core/report';
import { cellText, documentLocale } from '../cell-text';

export interface ChartImage {
  png: Uint8Array;
  /** Size in pixels at 96 dpi (the image is scaled to fit the page width). */
  width: number;
  height: number;
}

export interface DocxOptions {
  /** PNG of a chart, or null to leave charts out (their data tables stay). */
  chartImage: (chart: ReportChart) => Promise<ChartImage | null>;
  appName: string;
}

/** Usable page width on US Letter with 1-inch margins, in pixels at 96 dpi. */
const PAGE_WIDTH_PX = 624;
const FONT = 'Arial';

export async function planReportDocx(report: PlanReport, options: DocxOptions): Promise<Uint8Array> {
  const language = documentLocale(report.language);
  const children: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(report.title)] }),
    new Paragraph({ children: [new TextRun({ text: report.subtitle, size: 28 })], spacing: { after: 200 } }),
  ];
  if (report.description) children.push(new Paragraph(report.description));
  children.push(new Paragraph({ children: [new TextRun({ text: report.preparedLine, italics: true })], spacing: { after: 300 } }));
  children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(report.contentsTitle)] }));
  report.sections.forEach((section, i) => children.push(new Paragraph({ text: `${i + 1}. ${section.title}` })));

  for (const section of report.sections) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, children: [new TextRun(section.title)] }));
    children.push(...(await blocks(section.blocks, HeadingLevel.HEADING_3, options, language)));
    for (const sub of section.subsections ?? []) {
      children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(sub.title)] }));
      children.push(...(await blocks(sub.blocks, HeadingLevel.HEADING_3, options, language)));
    }
  }

  const doc = new Document({
    creator: options.appName,
    title: report.title,
    subject: report.subtitle,
    description: report.preparedLine,
    styles: { default: { document: { run: { font: FONT, size: 22, language: { value: language } } } } },
    sections: [
      {
        properties: { page: { size: { width: 12240, height: 15840 }, margin: { top: 1440, bottom: 1440, left: 1440, right: 1440 } } },
        children,
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}

type Heading = (typeof HeadingLevel)[keyof typeof HeadingLevel];

async function blocks(list: readonly ReportBlock[], subHeading: Heading, options: DocxOptions, locale: string): Promise<(Paragraph | Table)[]> {
  const out: (Paragraph | Table)[] = [];
  for (const block of list) {
    switch (block.kind) {
      case 'heading':
        out.push(new Paragraph({ heading: subHeading, children: [new TextRun(block.text)] }));
        break;
      case 'paragraph':
        out.push(
          new Paragraph({
            children: [new TextRun({ text: block.tone === 'warning' ? `⚠ ${block.text}` : block.text, bold: block.tone === 'warning', italics: block.tone === 'note' })],
            spacing: { after: 120 },
          }),
        );
        break;
      case 'list':
        for (const item of block.items) out.push(new Paragraph({ text: item, bullet: { level: 0 } }));
        break;
      case 'facts':
        out.push(
          table(
            [1, 3],
            block.rows.map((row) => [row.label, row.value]),
            null,
          ),
        );
        out.push(spacer());
        break;
      case 'table':
        out.push(...reportTable(block.table, locale));
        break;
      case 'chart': {
        const image = await options.chartImage(block.chart);
        out.push(new Paragraph({ children: [new TextRun({ text: block.chart.title, bold: true })], keepNext: true }));
        if (image) {
          const scale = Math.min(1, PAGE_WIDTH_PX / image.width);
          out.push(
            new Paragraph({
              children: [
                new ImageRun({
                  type: 'png',
                  data: image.png,
                  transformation: { width: Math.round(image.width * scale), height: Math.round(image.height * scale) },
                  altText: { name: block.chart.id, title: block.chart.title, description: block.chart.description },
                }),
              ],
            }),
          );
        } else {
          out.push(new Paragraph({ children: [new TextRun({ text: block.chart.description, italics: true })] }));
        }
        break;
      }
    }
  }
  return out;
}

function reportTable(t: ReportTable, locale: string): (Paragraph | Table)[] {
  if (t.rows.length === 0) return t.emptyText ? [new Paragraph({ children: [new TextRun({ text: t.emptyText, italics: true })] })] : [];
  return [
    new Paragraph({ children: [new TextRun({ text: t.caption, bold: true })], keepNext: true, spacing: { before: 120 } }),
    table(
      t.columns.map((c) => c.width ?? 1),
      t.rows.map((row) => row.map((cell) => cellText(cell, locale))),
      t.columns.map((c) => c.label),
      t.columns.map((c) => c.numeric === true),
    ),
    spacer(),
  ];
}

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '9CA3AF' };

function table(widths: readonly number[], rows: readonly string[][], header: readonly string[] | null, numeric: readonly boolean[] = []): Table {
  const total = widths.reduce((a, b) => a + b, 0);
  const cell = (text: string, i: number, isHeader: boolean) =>
    new TableCell({
      width: { size: Math.round(((widths[i] ?? 1) / total) * 100), type: WidthType.PERCENTAGE },
      shading: isHeader ? { type: ShadingType.CLEAR, fill: 'E5E7EB', color: 'auto' } : undefined,
      children: text.split('\n').map(
        (line) =>
          new Paragraph({
            alignment: numeric[i] && !isHeader ? AlignmentType.RIGHT : AlignmentType.LEFT,
            children: [new TextRun({ text: line, bold: isHeader || (header === null && i === 0) }) as ParagraphChild],
          }),
      ),
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER },
    rows: [
      ...(header ? [new TableRow({ tableHeader: true, cantSplit: true, children: header.map((h, i) => cell(h, i, true)) })] : []),
      ...rows.map((row) => new TableRow({ cantSplit: true, children: row.map((text, i) => cell(text, i, false)) })),
    ],
  });
}

function spacer(): Paragraph {
  return new Paragraph({ text: '', spacing: { after: 120 } });
}
