/**
 * The frame every chart sits in: a titled figure, the chart, an HTML legend (pattern swatches with
 * text), and Export PNG / SVG buttons. The export reads the chart's own <svg> from the DOM, so
 * what is saved is exactly what the room sees, framed with the same title and legend.
 */
import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { platform } from '../../platform';
import { useAnnouncer } from '../../components/Announcer';
import { chartFileName, chartSvg, svgToPng, type ExportLegendItem } from './export-chart';
import './charts.css';

/**
 * The frame's title, for the chart inside: Recharts makes its drawing a focusable
 * `role="application"` (keyboard access to the bars' values), which needs a name.
 */
const ChartTitle = createContext<string | undefined>(undefined);
export const useChartTitle = (): string | undefined => useContext(ChartTitle);

export interface LegendEntry extends ExportLegendItem {
  /** Swatch outline only (no fill), e.g. for a reference line. */
  key: string;
}

interface ChartFrameProps {
  title: string;
  /** Class on the chart container (tests and styles find the chart by it). */
  className: string;
  legend?: readonly LegendEntry[];
  /** A sentence under the chart saying how to read it. */
  note?: ReactNode;
  /** Controls shown above the chart (series pickers, toggles). */
  controls?: ReactNode;
  /** Text lines added under the chart in exported files (what the page shows as HTML beside it). */
  exportLines?: readonly string[];
  children: ReactNode;
}

export function ChartFrame({ title, className, legend = [], note, controls, exportLines, children }: ChartFrameProps) {
  const { t } = useTranslation('charts');
  const { announce } = useAnnouncer();
  const box = useRef<HTMLDivElement>(null);
  const [busy, setBusy] = useState(false);

  // Recharts 3.11 portals each drawing layer into a bare <g>; React listens for focus events on a
  // portal's container, and Chromium makes an SVG element with focus listeners focusable, so Tab
  // stopped on four unnamed layers after each chart. Take them out of the Tab order.
  useEffect(() => {
    const frame = box.current;
    if (!frame) return;
    const untab = () => {
      for (const layer of frame.querySelectorAll('g[class^="recharts-zIndex-layer"]:not([tabindex])')) layer.setAttribute('tabindex', '-1');
    };
    untab();
    const observer = new MutationObserver(untab);
    observer.observe(frame, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, []);

  const exportAs = async (format: 'png' | 'svg') => {
    const svg = box.current?.querySelector<SVGSVGElement>('svg.recharts-surface');
    if (!svg) return;
    setBusy(true);
    try {
      const doc = chartSvg(svg, { title, legend, lines: exportLines });
      const name = chartFileName(title, format);
      const saved =
        format === 'svg'
          ? await platform.exportFile(name, doc.text, [{ name: t('charts:svgFilter'), extensions: ['svg'] }])
          : await platform.exportFile(name, await svgToPng(doc, 2), [{ name: t('charts:pngFilter'), extensions: ['png'] }]);
      if (saved) announce(t('charts:exported', { name: saved.name }));
    } catch (e) {
      announce(t('charts:exportFailed', { reason: e instanceof Error ? e.message : String(e) }), { tone: 'error' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <figure className="chart-box chart-frame">
      <div className="chart-frame-header">
        <figcaption className="chart-title">{title}</figcaption>
        <div className="chart-export" role="group" aria-label={t('charts:exportGroup', { title })}>
          <button type="button" className="small" disabled={busy} aria-label={t('charts:exportPng', { title })} onClick={() => void exportAs('png')}>
            {t('charts:png')}
          </button>
          <button type="button" className="small" disabled={busy} aria-label={t('charts:exportSvg', { title })} onClick={() => void exportAs('svg')}>
            {t('charts:svg')}
          </button>
        </div>
      </div>
      {controls && <div className="chart-controls">{controls}</div>}
      <div ref={box} className={`chart-canvas ${className}`}>
        <ChartTitle.Provider value={title}>{children}</ChartTitle.Provider>
      </div>
      {legend.length > 0 && (
        <ul className="chart-legend" aria-label={t('charts:legend')}>
          {legend.map((item) => (
            <li key={item.key}>
              <svg className="legend-swatch" width="28" height="20" aria-hidden="true" focusable="false">
                <rect x="1" y="1" width="26" height="18" fill={item.fill} stroke="#111827" strokeWidth="1" />
              </svg>
              {item.label}
            </li>
          ))}
        </ul>
      )}
      {note && <p className="chart-note">{note}</p>}
    </figure>
  );
}
