// A minimal source map (v3) reader, so CPU profiles of the bundled app name the original files
// (src/renderer/src/features/capture/CaptureStage.tsx, node_modules/i18next...) instead of one
// bundle. Only what the profile summary needs: generated line and column to source file and line.

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Map([...BASE64].map((c, i) => [c, i]));

/** Decodes one segment's base64 VLQ fields. */
export function decodeVlq(segment) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = DIGIT.get(char);
    if (digit === undefined) throw new Error(`Invalid base64 VLQ character "${char}"`);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

/**
 * A lookup over a parsed source map: `find(line, column)` (both 0-based, generated code) gives
 * { source, line } (line 0-based in the source) of the closest mapping at or before the column.
 */
export function sourceMapLookup(map) {
  const lines = [];
  let source = 0;
  let sourceLine = 0;
  map.mappings.split(';').forEach((text, generatedLine) => {
    let column = 0;
    const segments = [];
    for (const segment of text.split(',')) {
      if (!segment) continue;
      // Fields: generated column, source, source line, source column (unused here), name.
      const [dc, ds, dl] = decodeVlq(segment);
      column += dc;
      if (ds === undefined) continue;
      source += ds;
      sourceLine += dl;
      segments.push([column, source, sourceLine]);
    }
    lines[generatedLine] = segments;
  });
  return {
    find(line, column) {
      const segments = lines[line];
      if (!segments?.length) return null;
      let lo = 0;
      let hi = segments.length - 1;
      if (segments[0][0] > column) return null;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (segments[mid][0] <= column) lo = mid;
        else hi = mid - 1;
      }
      const [, s, l] = segments[lo];
      return { source: map.sources[s] ?? '(unknown)', line: l };
    },
  };
}

/** A readable name for a source path: the package for node_modules, else the path from src/. */
export function sourceLabel(path) {
  const normalised = path.replace(/\\/g, '/').replace(/^(\.\.\/)+/, '');
  const module = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(normalised);
  if (module) return `node_modules/${module[1]}`;
  const src = normalised.indexOf('src/');
  return src >= 0 ? normalised.slice(src) : normalised;
}
