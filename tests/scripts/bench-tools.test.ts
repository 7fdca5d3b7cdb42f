/** The benchmark's command line, CPU-profile summary and source-map reader. */
import { describe, expect, it } from 'vitest';
import { parseBenchArgs } from '../../scripts/bench/args.mjs';
import { summariseProfile, formatProfileSummary } from '../../scripts/bench/profile.mjs';
import { decodeVlq, sourceLabel, sourceMapLookup } from '../../scripts/bench/source-map.mjs';

describe('parseBenchArgs', () => {
  it('defaults to the full plan, 7 runs, 30 samples, every group, a fresh build', () => {
    expect(parseBenchArgs([])).toEqual({ tiny: false, runs: 7, samples: 30, only: ['start', 'files', 'ui', 'vote'], profile: null, out: 'bench-results', build: true, buildDir: null, help: false });
  });

  it('runs one of everything for --tiny unless told otherwise', () => {
    expect(parseBenchArgs(['--tiny'])).toMatchObject({ tiny: true, runs: 1, samples: 2 });
    expect(parseBenchArgs(['--tiny', '--runs', '3'])).toMatchObject({ tiny: true, runs: 3, samples: 2 });
  });

  it('reads every option', () => {
    expect(parseBenchArgs(['--runs', '5', '--samples', '40', '--only', 'files, ui', '--profile', 'card.add', '--out', 'x', '--no-build'])).toEqual({
      tiny: false,
      runs: 5,
      samples: 40,
      only: ['files', 'ui'],
      profile: 'card.add',
      out: 'x',
      build: false,
      buildDir: null,
      help: false,
    });
    expect(parseBenchArgs(['--build-dir', '.tmp/other'])).toMatchObject({ build: false, buildDir: '.tmp/other' });
    expect(parseBenchArgs(['-h']).help).toBe(true);
  });

  it('says what is wrong with a bad command line', () => {
    expect(() => parseBenchArgs(['--runs', '0'])).toThrow('--runs takes a whole number from 1 to 1000, got "0"');
    expect(() => parseBenchArgs(['--runs'])).toThrow('--runs needs a value');
    expect(() => parseBenchArgs(['--samples', '--tiny'])).toThrow('--samples needs a value');
    expect(() => parseBenchArgs(['--only', 'start,disk'])).toThrow(/unknown: disk/);
    expect(() => parseBenchArgs(['--profile', 'heap'])).toThrow(/--profile takes one of open, save/);
    expect(() => parseBenchArgs(['--build-dir'])).toThrow('--build-dir needs a value');
    expect(() => parseBenchArgs(['--fast'])).toThrow('Unknown option "--fast". Try --help.');
  });
});

describe('decodeVlq', () => {
  it('decodes the source map examples', () => {
    expect(decodeVlq('AAAA')).toEqual([0, 0, 0, 0]);
    expect(decodeVlq('AACA')).toEqual([0, 0, 1, 0]);
    expect(decodeVlq('D')).toEqual([-1]);
    // 16 needs a continuation digit: "gB" = 0b100000 | 0, then 1 << 5 -> 32 -> +16.
    expect(decodeVlq('gB')).toEqual([16]);
    expect(decodeVlq('SAAS')).toEqual([9, 0, 0, 9]);
  });

  it('refuses characters outside base64', () => {
    expect(() => decodeVlq('A*')).toThrow(/Invalid base64 VLQ character "\*"/);
  });
});

describe('sourceMapLookup', () => {
  // Line 0: col 0 -> a.ts line 0; col 10 -> b.ts line 4. Line 1: col 2 -> b.ts line 5.
  const map = { sources: ['../src/a.ts', '../node_modules/b/index.js'], mappings: 'AAAA,UCIA;EACA' };
  const lookup = sourceMapLookup(map);

  it('finds the closest mapping at or before a column', () => {
    expect(lookup.find(0, 0)).toEqual({ source: '../src/a.ts', line: 0 });
    expect(lookup.find(0, 9)).toEqual({ source: '../src/a.ts', line: 0 });
    expect(lookup.find(0, 10)).toEqual({ source: '../node_modules/b/index.js', line: 4 });
    expect(lookup.find(0, 500)).toEqual({ source: '../node_modules/b/index.js', line: 4 });
    expect(lookup.find(1, 3)).toEqual({ source: '../node_modules/b/index.js', line: 5 });
  });

  it('finds nothing before the first mapping of a line or past the last line', () => {
    expect(lookup.find(1, 0)).toBeNull();
    expect(lookup.find(7, 0)).toBeNull();
  });
});

describe('sourceLabel', () => {
  it('names a package for node_modules and the path from src/ for app code', () => {
    expect(sourceLabel('../../node_modules/i18next/dist/esm/i18next.js')).toBe('node_modules/i18next');
    expect(sourceLabel('../../node_modules/@dnd-kit/core/dist/core.esm.js')).toBe('node_modules/@dnd-kit/core');
    expect(sourceLabel('../../src/renderer/src/features/capture/CardList.tsx')).toBe('src/renderer/src/features/capture/CardList.tsx');
  });
});

describe('summariseProfile', () => {
  // root -> App (src) -> render (react) ; App -> t (i18next); plus idle. Samples every 1 ms.
  const frame = (functionName: string, url: string, lineNumber = 0) => ({ functionName, url, lineNumber, columnNumber: 0 });
  const profile = {
    nodes: [
      { id: 1, callFrame: frame('(root)', ''), children: [2, 5] },
      { id: 2, callFrame: frame('App', 'http://127.0.0.1:1/assets/app.js', 0), children: [3, 4] },
      { id: 3, callFrame: frame('render', 'http://127.0.0.1:1/assets/app.js', 1) },
      { id: 4, callFrame: frame('t', 'http://127.0.0.1:1/assets/app.js', 2) },
      { id: 5, callFrame: frame('(idle)', '') },
    ],
    samples: [3, 3, 4, 2, 5, 5, 3],
    timeDeltas: [0, 1000, 1000, 1000, 1000, 1000, 1000],
  };
  const sources = ['src/App.tsx', 'node_modules/react-dom/index.js', 'node_modules/i18next/index.js'];
  const locate = (_url: string, line: number) => ({ source: `../../${sources[line]}`, line: line * 10 });

  it('adds self time per function and per source, leaving idle time out', () => {
    const s = summariseProfile(profile, { locate });
    // Each sample counts the gap to the next one; the last sample counts nothing.
    expect(s.totalMs).toBe(4);
    expect(s.functions).toEqual([
      { name: 'render node_modules/react-dom/index.js:11', selfMs: 2, share: 0.5 },
      { name: 't node_modules/i18next/index.js:21', selfMs: 1, share: 0.25 },
      { name: 'App src/App.tsx:1', selfMs: 1, share: 0.25 },
    ]);
    expect(s.files.map((f) => f.name)).toEqual(['node_modules/react-dom', 'node_modules/i18next', 'src/App.tsx']);
  });

  it("counts the app's own functions with what they call", () => {
    expect(summariseProfile(profile, { locate }).appFunctions).toEqual([{ name: 'App src/App.tsx:1', selfMs: 4, share: 1 }]);
  });

  it('falls back to the bundle file without a source map, and prints a readable summary', () => {
    const s = summariseProfile(profile);
    expect(s.files[0]!.name).toBe('app.js');
    expect(s.appFunctions).toEqual([]);
    expect(formatProfileSummary(s)).toMatch(/^Busy time: 4\.0 ms\nHottest functions \(self time\):\n\s+2\.0 ms\s+50\.0%\s+render app\.js:2/);
  });
});
