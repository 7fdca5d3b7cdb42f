/** A report chart as SVG: the geometry comes from layoutBarChart (src/core/report), nothing else. */
import { useId } from 'react';
import { CHART_COLOURS, EMPHASIS_PATTERN_ID, layoutBarChart } from '@core/report/chart-layout';
import type { ReportChart } from '@core/report';

export function ReportChartView({ chart }: { chart: ReportChart }) {
  const layout = layoutBarChart(chart);
  const uid = useId();
  const pattern = `${EMPHASIS_PATTERN_ID}${uid}`;
  const titleId = `${uid}-title`;
  const descId = `${uid}-desc`;
  const fill = (emphasis: boolean) => (emphasis ? `url(#${pattern})` : CHART_COLOURS.bar);
  return (
    <figure className="report-chart">
      <figcaption id={titleId}>{chart.title}</figcaption>
      <svg
        role="img"
        aria-labelledby={titleId}
        aria-describedby={descId}
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        width={layout.width}
        height={layout.height}
        fontSize={layout.fontSize}
      >
        <desc id={descId}>{chart.description}</desc>
        <defs>
          <pattern id={pattern} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="6" height="6" fill={CHART_COLOURS.emphasis} />
            <line x1="0" y1="0" x2="0" y2="6" stroke="#ffffff" strokeWidth="2" />
          </pattern>
        </defs>
        <line x1={layout.axis.x} y1={layout.axis.y1} x2={layout.axis.x} y2={layout.axis.y2} stroke={CHART_COLOURS.axis} />
        {layout.bars.map((bar, i) => (
          <g key={i}>
            <text x={layout.labelRight} y={bar.textY} textAnchor="end" fill={CHART_COLOURS.text}>
              {bar.label !== bar.fullLabel && <title>{bar.fullLabel}</title>}
              {bar.label}
            </text>
            <rect x={bar.barX} y={bar.y} width={bar.barWidth} height={bar.barHeight} fill={fill(bar.emphasis)} stroke={bar.emphasis ? CHART_COLOURS.emphasis : undefined} />
            <text x={bar.valueX} y={bar.textY} fill={CHART_COLOURS.text}>
              {bar.valueLabel}
            </text>
          </g>
        ))}
        {layout.legend && (
          <g>
            <rect x={layout.legend.swatchX} y={layout.legend.swatchY} width={layout.legend.swatchSize} height={layout.legend.swatchSize} fill={fill(true)} stroke={CHART_COLOURS.emphasis} />
            <text x={layout.legend.x} y={layout.legend.y} fill={CHART_COLOURS.text}>
              {layout.legend.text}
            </text>
          </g>
        )}
      </svg>
    </figure>
  );
}
