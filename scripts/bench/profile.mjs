// CPU profiles for `npm run bench -- --profile <figure>`: Chromium's sampling profiler over one
// extra run of the figure (not counted in its samples), saved as .cpuprofile (open it in Chrome
// DevTools > Performance, or VS Code) and summarised: where the time went, by function and by
// source (a package of node_modules, or a file of src/), through the bundle's source maps.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sourceLabel, sourceMapLookup } from './source-map.mjs';

/** Maps a profiled script URL and position to its original source, through the build's .map files. */
export function buildLocator(buildDir) {
  const lookups = new Map();
  return (url, line, column) => {
    const path = /^https?:\/\/[^/]+\/(.*)$/.exec(url)?.[1]?.split('?')[0];
    if (!path) return null;
    if (!lookups.has(path)) {
      const mapFile = join(buildDir, `${path}.map`);
      lookups.set(path, existsSync(mapFile) ? sourceMapLookup(JSON.parse(readFileSync(mapFile, 'utf8'))) : null);
    }
    return lookups.get(path)?.find(line, column) ?? null;
  };
}

export async function startProfile(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  return cdp;
}

export async function stopProfile(cdp) {
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.detach();
  return profile;
}

function fileOf(url) {
  if (!url) return '(native)';
  const path = url.replace(/^[a-z]+:\/\/[^/]+/, '').split('?')[0];
  return path.split('/').pop() || path;
}

/**
 * Where a profile's time went, in ms, busiest first (idle time left out):
 * - `functions`: self time per function; `files`: self time per source (package or file);
 * - `appFunctions`: total time (with callees) of the app's own functions (sources under src/),
 *   which names the screen or domain function to fix even when the time is spent in a library.
 * A sample's time is the gap to the next sample, as DevTools counts it.
 */
export function summariseProfile(profile, { top = 15, locate = () => null } = {}) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const child of n.children ?? []) parent.set(child, n.id);
  const described = new Map();
  const describe = (id) => {
    if (described.has(id)) return described.get(id);
    const frame = nodes.get(id)?.callFrame;
    let d = null;
    if (frame) {
      const name = frame.functionName || '(anonymous)';
      const original = frame.url && frame.lineNumber >= 0 ? locate(frame.url, frame.lineNumber, frame.columnNumber) : null;
      const path = original?.source.replace(/^(\.\.\/)+/, '');
      const file = original ? sourceLabel(original.source) : fileOf(frame.url);
      d = { idle: name === '(idle)', key: `${name} ${original ? `${path}:${original.line + 1}` : `${file}:${frame.lineNumber + 1}`}`, file, app: file.startsWith('src/') };
    }
    described.set(id, d);
    return d;
  };
  // The distinct app functions on a node's stack (itself and its callers), memoised per node.
  const stacks = new Map();
  const appStack = (id) => {
    if (stacks.has(id)) return stacks.get(id);
    const up = parent.has(id) ? appStack(parent.get(id)) : [];
    const d = describe(id);
    const keys = d?.app && !up.includes(d.key) ? [...up, d.key] : up;
    stacks.set(id, keys);
    return keys;
  };

  const byFunction = new Map();
  const byFile = new Map();
  const byAppFunction = new Map();
  const add = (map, key, us) => map.set(key, (map.get(key) ?? 0) + us);
  let totalUs = 0;
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    const us = deltas[i + 1] ?? 0;
    const d = describe(samples[i]);
    if (!d || d.idle) continue;
    totalUs += us;
    add(byFunction, d.key, us);
    add(byFile, d.file, us);
    for (const key of appStack(samples[i])) add(byAppFunction, key, us);
  }
  const rank = (map) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, us]) => ({ name, selfMs: us / 1000, share: totalUs ? us / totalUs : 0 }));
  return { totalMs: totalUs / 1000, functions: rank(byFunction), files: rank(byFile), appFunctions: rank(byAppFunction) };
}

export function formatProfileSummary(summary) {
  const line = (r) => `  ${r.selfMs.toFixed(1).padStart(8)} ms  ${(r.share * 100).toFixed(1).padStart(5)}%  ${r.name}`;
  return [
    `Busy time: ${summary.totalMs.toFixed(1)} ms`,
    'Hottest functions (self time):',
    ...summary.functions.map(line),
    'By source (self time):',
    ...summary.files.map(line),
    "The app's own functions (total time, with what they call):",
    ...summary.appFunctions.map(line),
  ].join('\n');
}
