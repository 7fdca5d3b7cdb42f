/**
 * A category-axis tick that wraps long risk titles over up to three lines instead of cutting them.
 * Every line but the last ends with a space, so the tick's text content is the full title.
 * Memoised on what it draws: Recharts hands every tick fresh props after any change to the chart.
 */
import { memo } from 'react';
import { wrapLabel } from '@core/charts';
import { FONT, INK } from './palette';

interface TickProps {
  x?: number | string;
  y?: number | string;
  payload?: { value?: unknown };
  /** Characters per line (from the axis width and font size). */
  maxChars: number;
  fontSize?: number;
}

function Tick({ x = 0, y = 0, payload, maxChars, fontSize = FONT.tick }: TickProps) {
  const lines = wrapLabel(String(payload?.value ?? ''), maxChars);
  const lineHeight = fontSize * 1.15;
  const first = -((lines.length - 1) * lineHeight) / 2;
  return (
    <text x={Number(x)} y={Number(y)} textAnchor="end" dominantBaseline="central" fill={INK} fontSize={fontSize} className="recharts-cartesian-axis-tick-value">
      {lines.map((line, i) => (
        <tspan key={i} x={Number(x)} dy={i === 0 ? first : lineHeight}>
          {i < lines.length - 1 ? `${line} ` : line}
        </tspan>
      ))}
    </text>
  );
}

const sameTick = (a: TickProps, b: TickProps) =>
  a.x === b.x && a.y === b.y && a.payload?.value === b.payload?.value && a.maxChars === b.maxChars && a.fontSize === b.fontSize;

export const WrappedTick = memo(Tick, sameTick);

/** Characters that fit on one tick line of `width` px (Liberation Sans averages ~0.52 em). */
export const charsFor = (width: number, fontSize: number = FONT.tick) => Math.max(8, Math.floor(width / (fontSize * 0.52)));
