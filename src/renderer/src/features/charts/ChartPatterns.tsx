/**
 * SVG <defs> with one fill pattern per series. Rendered inside the chart's own <svg>, so an
 * exported SVG or PNG carries the patterns with it. Pattern lines are white over the series
 * colour (black for the light yellow), thick enough to survive a projector.
 */
import type { PatternKind, SeriesStyle } from './palette';

export const patternId = (prefix: string, i: number) => `${prefix}-pattern-${i}`;

/** The fill of series `i`: its pattern (or plain colour for 'solid'). */
export const seriesFill = (prefix: string, i: number, style: SeriesStyle) => (style.pattern === 'solid' ? style.color : `url(#${patternId(prefix, i)})`);

function marks(kind: PatternKind, stroke: string) {
  const line = { stroke, strokeWidth: 2.5 };
  switch (kind) {
    case 'solid':
      return null;
    case 'diagonal':
      return <path d="M-2,2 l4,-4 M0,12 l12,-12 M10,14 l4,-4" {...line} />;
    case 'reverseDiagonal':
      return <path d="M-2,10 l4,4 M0,0 l12,12 M10,-2 l4,4" {...line} />;
    case 'crosshatch':
      return <path d="M0,12 l12,-12 M0,0 l12,12" {...line} strokeWidth={1.8} />;
    case 'horizontal':
      return <path d="M0,3 h12 M0,9 h12" {...line} />;
    case 'vertical':
      return <path d="M3,0 v12 M9,0 v12" {...line} />;
    case 'grid':
      return <path d="M0,6 h12 M6,0 v12" {...line} strokeWidth={2} />;
    case 'dots':
      return (
        <>
          <circle cx={3} cy={3} r={1.9} fill={stroke} />
          <circle cx={9} cy={9} r={1.9} fill={stroke} />
        </>
      );
  }
}

export function ChartPatterns({ prefix, styles }: { prefix: string; styles: readonly SeriesStyle[] }) {
  return (
    <defs>
      {styles.map((style, i) =>
        style.pattern === 'solid' ? null : (
          <pattern key={i} id={patternId(prefix, i)} width={12} height={12} patternUnits="userSpaceOnUse">
            <rect width={12} height={12} fill={style.color} />
            {marks(style.pattern, style.color === '#f0e442' ? '#000000' : '#ffffff')}
          </pattern>
        ),
      )}
    </defs>
  );
}
