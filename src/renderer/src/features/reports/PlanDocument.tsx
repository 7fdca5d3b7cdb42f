/**
 * The plan document as HTML: the on-screen preview and the print view (the PDF) are this one
 * component over the report model of src/core/report. Text comes from the model, already in the
 * document's language; this component adds no words of its own.
 */
import type { PlanReport, ReportBlock, ReportTable } from '@core/report';
import { ReportChartView } from './ReportChartView';
import { cellText, documentLocale } from './cell-text';

interface PlanDocumentProps {
  report: PlanReport;
  /** Prefix for element ids, so the preview and the print copy never share an id. */
  idPrefix: string;
  label?: string;
  /**
   * The on-screen preview: the document can be focused, so a keyboard can scroll it sideways
   * when a wide table does not fit (narrow windows, 200% zoom).
   */
  scrollable?: boolean;
}

export function PlanDocument({ report, idPrefix, label, scrollable = false }: PlanDocumentProps) {
  const sectionId = (id: string) => `${idPrefix}${id}`;
  const locale = documentLocale(report.language);
  return (
    <article className="plan-document" lang={report.language} aria-label={label} tabIndex={scrollable ? 0 : undefined}>
      <header className="report-cover">
        <h1 className="report-title">{report.title}</h1>
        <p className="report-subtitle">{report.subtitle}</p>
        {report.description && <p className="report-description">{report.description}</p>}
        <p className="report-prepared">{report.preparedLine}</p>
        <nav className="report-contents" aria-labelledby={sectionId('contents')}>
          <h2 id={sectionId('contents')}>{report.contentsTitle}</h2>
          <ol>
            {report.sections.map((section) => (
              <li key={section.id}>
                <a href={`#${sectionId(section.id)}`}>{section.title}</a>
              </li>
            ))}
          </ol>
        </nav>
      </header>
      {report.sections.map((section) => (
        <section key={section.id} className="report-section" aria-labelledby={sectionId(section.id)}>
          <h2 id={sectionId(section.id)}>{section.title}</h2>
          <Blocks blocks={section.blocks} locale={locale} />
          {section.subsections?.map((sub) => (
            <section key={sub.id} className="report-subsection" aria-labelledby={sectionId(sub.id)}>
              <h3 id={sectionId(sub.id)}>{sub.title}</h3>
              <Blocks blocks={sub.blocks} locale={locale} nested />
            </section>
          ))}
        </section>
      ))}
    </article>
  );
}

function Blocks({ blocks, locale, nested = false }: { blocks: ReportBlock[]; locale: string; nested?: boolean }) {
  return (
    <>
      {blocks.map((block, i) => {
        switch (block.kind) {
          case 'heading':
            return nested ? (
              <h4 key={i}>{block.text}</h4>
            ) : (
              <h3 key={i}>{block.text}</h3>
            );
          case 'paragraph':
            return (
              <p key={i} className={`report-paragraph tone-${block.tone ?? 'normal'}`}>
                {block.tone === 'warning' && (
                  <span className="report-warning-mark" aria-hidden="true">
                    {'⚠ '}
                  </span>
                )}
                {block.text}
              </p>
            );
          case 'list':
            return (
              <ul key={i} className="report-list">
                {block.items.map((item, j) => (
                  <li key={j}>{item}</li>
                ))}
              </ul>
            );
          case 'facts':
            return (
              <dl key={i} className="report-facts">
                {block.rows.map((row, j) => (
                  <div key={j}>
                    <dt>{row.label}</dt>
                    <dd>{row.value}</dd>
                  </div>
                ))}
              </dl>
            );
          case 'table':
            return <TableView key={i} table={block.table} locale={locale} />;
          case 'chart':
            return <ReportChartView key={i} chart={block.chart} />;
        }
      })}
    </>
  );
}

function TableView({ table, locale }: { table: ReportTable; locale: string }) {
  if (table.rows.length === 0) return table.emptyText ? <p className="report-paragraph tone-note">{table.emptyText}</p> : null;
  return (
    <table className="report-table">
      <caption>{table.caption}</caption>
      <thead>
        <tr>
          {table.columns.map((column) => (
            <th key={column.key} scope="col" className={column.numeric ? 'numeric' : undefined}>
              {column.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row, r) => (
          <tr key={r}>
            {row.map((cell, c) =>
              c === 0 && !table.columns[0]?.numeric ? (
                <th key={c} scope="row">
                  {cellText(cell, locale)}
                </th>
              ) : (
                <td key={c} className={table.columns[c]?.numeric ? 'numeric' : undefined}>
                  {cellText(cell, locale)}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
