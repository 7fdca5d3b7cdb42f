/** Chart geometry, export file names, and the messages the report asks for. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { barChartSvg, layoutBarChart, safeFileStem, type ReportChart } from '@core/report';
import { translator } from './translate';

const chart = (bars: [string, number][], emphasisLabel: string | null = null): ReportChart => ({
  id: 'c',
  title: 'Dots <per> risk',
  description: 'A & B',
  emphasisLabel,
  bars: bars.map(([label, value], i) => ({ label, value, valueLabel: String(value), emphasis: i === 0 && emphasisLabel !== null })),
});

describe('layoutBarChart', () => {
  test('bars are proportional to their values; the longest fills the bar area', () => {
    const layout = layoutBarChart(chart([['A', 10], ['B', 5], ['C', 0]]), 640, 13);
    const [a, b, c] = layout.bars;
    expect(b!.barWidth).toBeCloseTo(a!.barWidth / 2, 5);
    expect(c!.barWidth).toBe(0);
    expect(a!.valueX).toBeCloseTo(a!.barX + a!.barWidth + 6, 5);
    expect(a!.valueX + 2 * 13 * 0.56).toBeLessThanOrEqual(640);
    expect(layout.bars.map((bar) => bar.y)).toEqual([4, 31, 58]);
  });
  test('long labels are shortened with an ellipsis and keep the full text', () => {
    const long = 'Youth mental health and access to services in rural Riverbend and the townships';
    const bar = layoutBarChart(chart([[long, 3]]), 640, 13).bars[0]!;
    expect(bar.label.endsWith('…')).toBe(true);
    expect(bar.label.length).toBeLessThan(long.length);
    expect(bar.fullLabel).toBe(long);
  });
  test('a legend only when some bar is emphasised', () => {
    expect(layoutBarChart(chart([['A', 1]])).legend).toBeNull();
    const layout = layoutBarChart(chart([['A', 1]], 'Hatched: priorities'));
    expect(layout.legend?.text).toBe('Hatched: priorities');
    expect(layout.height).toBeGreaterThan(layout.legend!.y);
  });
  test('the SVG escapes text and carries title and description', () => {
    const svg = barChartSvg(chart([['<b>&"x"</b>', 2]], 'Hatched'), layoutBarChart(chart([['<b>&"x"</b>', 2]], 'Hatched')));
    expect(svg).toContain('<title>Dots &lt;per&gt; risk</title><desc>A &amp; B</desc>');
    expect(svg).toContain('&lt;b&gt;&amp;&quot;x&quot;&lt;/b&gt;');
    expect(svg).toContain('url(#cswb-emphasis-hatch)');
    expect(svg).not.toContain('<b>');
  });
});

describe('safeFileStem', () => {
  test.each([
    ['Town of Riverbend (sample)', 'town-of-riverbend-sample'],
    ['Plan « SBEC » de Rivière-du-Pont', 'plan-sbec-de-riviere-du-pont'],
    ['../../etc/passwd', 'etcpasswd'],
    ['', 'plan'],
    ['🛡️', 'plan'],
  ])('%j -> %s', (name, stem) => {
    expect(safeFileStem(name)).toBe(stem);
  });
});

describe('messages', () => {
  test('the test translator throws on a missing message (so report tests catch missing keys)', async () => {
    const t = await translator('en');
    expect(() => t('reports:no.such.key')).toThrow(/missing message/);
  });

  test('every static reports: key in src/core/report exists in English and French', async () => {
    const root = join(import.meta.dirname, '..', '..', '..', 'src', 'core', 'report');
    const files = (dir: string): string[] => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]));
    const keys = new Set<string>();
    for (const file of files(root)) for (const m of readFileSync(file, 'utf8').matchAll(/t\('(reports:[\w.-]+)'/g)) keys.add(m[1]!);
    expect(keys.size).toBeGreaterThan(60);
    for (const lang of ['en', 'fr'] as const) {
      const t = await translator(lang);
      for (const key of keys) expect(() => t(key, { count: 2 }), `${lang} ${key}`).not.toThrow();
    }
  });
});
