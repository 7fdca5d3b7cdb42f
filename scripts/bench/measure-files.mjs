// Open and save against their raw baselines, and re-ranking as computation, in the benchmark page
// (src/renderer/src/bench). Also loads the large plan into the app's database for the UI figures.
// Functions passed to page.evaluate run in the page, where window is the page's.
/* global window */
import { newBenchContext, step } from './browser.mjs';

export async function openBenchPage(page, url) {
  await step(`Loading the benchmark page ${url}`, async () => {
    await page.goto(url);
    await page.waitForSelector('html[data-bench-ready="true"]', { state: 'attached', timeout: 30_000 });
  });
}

export function prepare(page, size) {
  return step('Generating the large plan in the page', () => page.evaluate((s) => window.cswbBench.prepare(s), size));
}

/** open, save, rank.dots and rank.weighted, plus the file sizes. */
export async function measureFiles(session) {
  const { browser, urls, options, log, profileRun } = session;
  const context = await newBenchContext(browser);
  try {
    const page = await context.newPage();
    await openBenchPage(page, urls.bench);
    const plan = await prepare(page, session.size);
    const open = { samples: [], baselineSamples: [] };
    const save = { samples: [], baselineSamples: [] };
    let savedChars = null;
    for (let run = 0; run < options.runs; run++) {
      const s = await step(`Open and save, run ${run + 1}`, () => page.evaluate((r) => window.cswbBench.measureOpenSave(r), run));
      open.samples.push(s.openApp);
      open.baselineSamples.push(s.openRaw);
      save.samples.push(s.saveApp);
      save.baselineSamples.push(s.saveRaw);
      savedChars = s.savedChars;
      log(`  open ${s.openApp.toFixed(0)} ms (raw ${s.openRaw.toFixed(0)}), save ${s.saveApp.toFixed(0)} ms (raw ${s.saveRaw.toFixed(0)})`);
    }
    const profiledDb = 'cswb-bench-profiled';
    await profileRun('open', page, async (profile) => {
      await profile.start();
      const planId = await page.evaluate((db) => window.cswbBench.appOpen(db), profiledDb);
      await profile.stop();
      await page.evaluate(([db, id]) => window.cswbBench.appSave(db, id), [profiledDb, planId]);
      await page.evaluate((db) => window.cswbBench.appDrop(db), profiledDb);
    });
    await profileRun('save', page, async (profile) => {
      const planId = await page.evaluate((db) => window.cswbBench.appOpen(db), profiledDb);
      await profile.start();
      await page.evaluate(([db, id]) => window.cswbBench.appSave(db, id), [profiledDb, planId]);
      await profile.stop();
      await page.evaluate((db) => window.cswbBench.appDrop(db), profiledDb);
    });
    const dots = [];
    const weighted = [];
    for (let i = 0; i < options.samples; i++) {
      const r = await page.evaluate(() => window.cswbBench.measureRanking());
      dots.push(r.dots);
      weighted.push(r.weighted);
    }
    return {
      results: { open, save, 'rank.dots': { samples: dots }, 'rank.weighted': { samples: weighted } },
      info: { fileChars: plan.chars, savedChars, counts: plan.counts },
    };
  } finally {
    await context.close();
  }
}

/**
 * A browser context whose app database holds the large plan (opened through the app's own
 * openPlanFile): what the UI, vote and warm start figures run against.
 */
export async function loadedContext(session) {
  const context = await newBenchContext(session.browser);
  const page = await context.newPage();
  await openBenchPage(page, session.urls.bench);
  const plan = await prepare(page, session.size);
  const planId = await step('Opening the large plan into the app database', () => page.evaluate(() => window.cswbBench.loadIntoApp()));
  await page.close();
  return { context, planId, plan };
}
