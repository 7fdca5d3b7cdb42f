// `npm run bench`: how fast the app is with a regional-size plan, against what the machine can do.
//
// Generates a large plan (src/core/sample/large-plan.ts) in Chromium and measures, each figure
// over several runs (median and p95), as a ratio to a baseline measured in the same run where one
// exists: start to interactive (vs a blank page), open and save (vs raw IndexedDB + JSON), adding
// a card, re-ranking after a vote, showing the matrix, and the heap. Prints a table, writes every
// sample as JSON to bench-results/. Targets and method: docs/performance.md.
//
// `--tiny` (run by `npm test`) does one of everything on a tiny plan: it checks the script still
// works and asserts no timing. The exit code is non-zero only when the benchmark itself broke.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CHROMIUM_HELP, findChromium } from './chromium.mjs';
import { startRendererServer } from './serve-renderer.mjs';
import { parseBenchArgs, USAGE } from './bench/args.mjs';
import { runCli } from './bench/cli.mjs';
import { buildBenchPages, BENCH_BUILD_DIR } from './bench/build.mjs';
import { hasButton, heapAfterGc, launchChromium, newBenchContext, readLabels, settled } from './bench/browser.mjs';
import { busyWarning, machineInfo } from './bench/machine.mjs';
import { loadedContext, measureFiles } from './bench/measure-files.mjs';
import { measureStart } from './bench/measure-start.mjs';
import { measureUi } from './bench/measure-ui.mjs';
import { measureVote } from './bench/measure-vote.mjs';
import { buildLocator, formatProfileSummary, startProfile, stopProfile, summariseProfile } from './bench/profile.mjs';
import { evaluateAll, formatMarkdown, formatTable } from './bench/report.mjs';

const root = join(import.meta.dirname, '..');
const log = (message) => console.log(message);

function stamp(date) {
  return date.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
}

/** The heap of the app's home screen on an empty database: what the large plan adds is measured against it. */
async function measureHomeHeap(session) {
  const samples = [];
  for (let run = 0; run < session.options.runs; run++) {
    const context = await newBenchContext(session.browser);
    try {
      const page = await context.newPage();
      await page.goto(session.urls.app);
      await settled(page, {}, hasButton, session.labels.home.newPlan);
      samples.push(await heapAfterGc(page));
    } finally {
      await context.close();
    }
  }
  return { 'heap.home': { samples } };
}

/**
 * profileRun(id, page, fn): when --profile names `id`, runs `fn(span)` once more (not counted)
 * under Chromium's CPU profiler. `fn` calls span.start() and span.stop() around the measured
 * part, so the profile holds the work measured and not the set-up around it.
 */
function profiler(options, browser, outDir, startedAt, locate) {
  return async function profileRun(id, page, fn) {
    if (options.profile !== id) return;
    mkdirSync(outDir, { recursive: true });
    const base = join(outDir, `profile-${id}-${stamp(startedAt)}`);
    let cdp = null;
    let profile = null;
    const span = {
      start: async () => {
        cdp ??= await startProfile(page);
      },
      stop: async () => {
        if (cdp && !profile) profile = await stopProfile(cdp);
      },
    };
    await fn(span);
    await span.stop();
    if (!profile) throw new Error(`Profiling ${id}: the measure never started the profiler`);
    writeFileSync(`${base}.cpuprofile`, JSON.stringify(profile));
    log(`\nCPU profile of one ${id} run: ${base}.cpuprofile\n${formatProfileSummary(summariseProfile(profile, { locate }))}`);
  };
}

async function main(options) {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(CHROMIUM_HELP);
  const startedAt = new Date();
  const size = options.tiny ? 'tiny' : 'full';
  log(`Benchmark: ${size} plan, ${options.runs} run(s), ${options.samples} sample(s) per interaction, groups: ${options.only.join(', ')}`);
  if (options.tiny) log('Tiny size: this only checks that the benchmark works. The timings mean nothing.');

  const buildDir = options.buildDir ? resolve(root, options.buildDir) : join(root, BENCH_BUILD_DIR);
  if (options.build) {
    log(`Building the app and the benchmark page into ${BENCH_BUILD_DIR}...`);
    await buildBenchPages(root, buildDir, { sourcemap: Boolean(options.profile), quick: options.tiny });
  }
  if (!existsSync(join(buildDir, 'bench.html'))) throw new Error(`No benchmark pages in ${buildDir}: build them first (run without --no-build or --build-dir)`);
  const server = await startRendererServer({ root: buildDir });
  const browser = await launchChromium(executablePath);
  const machine = machineInfo(browser.version());
  const busy = busyWarning(machine.loadAverage[0], machine.cores);
  if (busy) log(`Warning: ${busy}`);
  const outDir = join(root, options.out);
  const session = {
    browser,
    options,
    size,
    labels: readLabels(root),
    urls: { app: `${server.url}index.html`, bench: `${server.url}bench.html`, blank: `${server.url}blank.html` },
    log,
    profileRun: profiler(options, browser, outDir, startedAt, buildLocator(buildDir)),
    plan: null,
  };
  const results = {};
  let file = null;
  let loaded = null;
  let startPhases = null;
  try {
    const has = (group) => options.only.includes(group);
    if (has('files')) {
      log('\nOpen, save and re-ranking computation (benchmark page)...');
      const f = await measureFiles(session);
      Object.assign(results, f.results);
      file = f.info;
    }
    if (has('ui') || has('vote') || has('start')) {
      log('\nOpening the large plan into the app database...');
      loaded = await loadedContext(session);
      session.plan = loaded.plan;
    }
    if (has('ui')) {
      log('\nAdding cards, showing the matrix, heap (the app, driven through its UI)...');
      Object.assign(results, await measureUi(session, loaded), await measureHomeHeap(session));
    }
    if (has('vote')) {
      log('\nVoting with the Results stage on screen...');
      Object.assign(results, await measureVote(session, loaded));
    }
    if (has('start')) {
      log('\nStarting the app and the blank page...');
      const start = await measureStart(session, loaded);
      Object.assign(results, start.results);
      startPhases = start.phases;
    }
  } finally {
    await loaded?.context.close();
    await browser.close();
    await server.close();
  }

  const counts = file?.counts ?? loaded?.plan.counts ?? {};
  const rows = evaluateAll(results, undefined, counts);
  const finishedAt = new Date();
  machine.loadAverageAtEnd = machineInfo(machine.chromium).loadAverage;
  log(`\nResults (${size} plan; ${machine.cores} cores, ${machine.memoryGiB} GiB, Chromium ${machine.chromium}, Node ${machine.node}):\n`);
  log(formatTable(rows.filter((r) => r.summary.n > 0)));
  const missed = rows.filter((r) => r.verdict === 'missed');
  const met = rows.filter((r) => r.verdict === 'met');
  log(`\nTargets: ${met.length} met, ${missed.length} missed${missed.length ? ` (${missed.map((r) => r.id).join(', ')})` : ''}.`);
  if (options.tiny) log('(Tiny plan: verdicts are not meaningful.)');

  mkdirSync(outDir, { recursive: true });
  const jsonPath = join(outDir, options.tiny ? 'bench-tiny.json' : `bench-${stamp(startedAt)}.json`);
  const record = {
    schema: 1,
    startedAt: startedAt.toISOString(),
    finishedAt: finishedAt.toISOString(),
    size,
    options,
    machine,
    plan: file ?? (loaded ? { counts: loaded.plan.counts, fileChars: loaded.plan.chars } : null),
    startPhases,
    figures: rows.map((r) => ({ ...r, samples: results[r.id]?.samples ?? [], baselineSamples: results[r.id]?.baselineSamples ?? [] })),
  };
  writeFileSync(jsonPath, `${JSON.stringify(record, null, 2)}\n`);
  // The same table in Markdown, with the machine, ready for docs/performance.md.
  const mdPath = jsonPath.replace(/\.json$/, '.md');
  const machineLine = `${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, ${machine.os}; Chromium ${machine.chromium}; Node ${machine.node}; load average ${machine.loadAverage[0]} at start, ${machine.loadAverageAtEnd[0]} at end`;
  writeFileSync(mdPath, `Run of ${startedAt.toISOString()} (${size} plan, ${options.runs} runs, ${options.samples} samples per interaction)\n\nMachine: ${machineLine}\n\n${formatMarkdown(rows.filter((r) => r.summary.n > 0))}\n`);
  log(`Every sample: ${jsonPath.replace(`${root}/`, '')}; Markdown table: ${mdPath.replace(`${root}/`, '')}`);
}

await runCli({ parse: parseBenchArgs, usage: USAGE, main, what: 'benchmark' });
