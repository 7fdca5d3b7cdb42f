// Start to interactive: from navigation start to the paint after the first screen stopped
// changing, for the app and for the blank baseline page, served by the same server to the same
// browser. App and blank alternate, so a machine that slows down mid-run hurts both alike. The
// app's time is also split into phases: its scripts loaded and run (DOMContentLoaded), its first
// render (content in #root), and the rest (data read from IndexedDB, re-renders).
/* global window */
import { hasButton, listHasItem, newBenchContext, settled, step } from './browser.mjs';
import { median } from './stats.mjs';

async function startOnce(context, url, ready) {
  const page = await context.newPage();
  try {
    await page.goto(url);
    const { paintAt } = await settled(page, {}, ...ready);
    return { paintAt, ...(await page.evaluate(() => window.__benchProbe.phases())) };
  } finally {
    await page.close();
  }
}

/** start.empty (a fresh profile each run), start.stored and start.capture (the plan in the database). */
export async function measureStart(session, loaded) {
  const { browser, urls, options, labels, log, profileRun } = session;
  // What must be on screen: the home screen's first button, or the Capture stage's cards.
  const home = [hasButton, labels.home.newPlan];
  const capture = [listHasItem, { list: labels.capture.cardList, text: null }];
  const results = {};
  const phases = {};
  const record = (id, app, blank) => {
    results[id] ??= { samples: [], baselineSamples: [] };
    results[id].samples.push(app.paintAt);
    results[id].baselineSamples.push(blank.paintAt);
    phases[id] ??= { scriptsRun: [], firstRender: [] };
    phases[id].scriptsRun.push(app.scriptsRun);
    phases[id].firstRender.push(app.firstRender);
  };

  const inFreshContext = async (url, ready) => {
    const context = await newBenchContext(browser);
    try {
      return await startOnce(context, url, ready);
    } finally {
      await context.close();
    }
  };
  const cases = [
    { id: 'start.empty', app: () => inFreshContext(urls.app, home), blank: () => inFreshContext(urls.blank, home) },
    { id: 'start.stored', app: () => startOnce(loaded.context, urls.app, home), blank: () => startOnce(loaded.context, urls.blank, home) },
    { id: 'start.capture', app: () => startOnce(loaded.context, `${urls.app}#/plan/${loaded.planId}/capture`, capture), blank: () => startOnce(loaded.context, urls.blank, home) },
  ];
  for (const c of cases) {
    await step(`${c.id}: starting the app (home.json "newPlan" button, capture.json "cardList")`, async () => {
      for (let run = 0; run < options.runs; run++) {
        const appFirst = run % 2 === 1;
        const first = await (appFirst ? c.app() : c.blank());
        const second = await (appFirst ? c.blank() : c.app());
        record(c.id, appFirst ? first : second, appFirst ? second : first);
      }
    });
    const r = results[c.id];
    const p = phases[c.id];
    log(`  ${c.id}: app ${r.samples.map((v) => v.toFixed(0)).join(' ')} ms; blank ${r.baselineSamples.map((v) => v.toFixed(0)).join(' ')} ms`);
    log(`    app phases (median): scripts run by ${fmt(median(p.scriptsRun))}, first render ${fmt(median(p.firstRender))}, settled ${fmt(median(r.samples))}`);
  }
  // Profiled in one page: the blank page first (same origin, so the app loads in the same
  // renderer process the profiler is attached to), then the app.
  const context = options.profile === 'start.empty' ? await newBenchContext(browser) : null;
  try {
    const page = await context?.newPage();
    await page?.goto(urls.blank);
    await profileRun('start.empty', page, async (profile) => {
      await profile.start();
      await page.goto(urls.app);
      await settled(page, {}, ...home);
      await profile.stop();
    });
  } finally {
    await context?.close();
  }
  return { results, phases };
}

const fmt = (ms) => (ms === null ? '-' : `${ms.toFixed(0)} ms`);
