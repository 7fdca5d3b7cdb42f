// Interactions through the real UI (the app's index.html, driven like a facilitator would):
// adding a card with 5,000 present, showing the matrix of 300 priority risks, and the heap once
// the plan is on screen. Times run from the input event's own timestamp to the paint after the
// screen stopped changing (probe.mjs).
/* global window, document */ // page functions: Playwright runs them in the page
import { heapAfterGc, listHasItem, settled, step } from './browser.mjs';

/** In the page: the matrix shows its first priority row and, in it, its first response. */
function matrixShown({ risk, response }) {
  const header = [...document.querySelectorAll('th[scope="row"]')].find((th) => th.textContent.trim() === risk);
  return Boolean(header?.closest('tr')?.textContent.includes(response));
}

async function openCaptureStage(page, session, planId) {
  const { labels } = session;
  await step('Opening the Capture stage of the large plan (capture.json "cardList")', async () => {
    await page.goto(`${session.urls.app}#/plan/${planId}/capture`);
    await settled(page, {}, listHasItem, { list: labels.capture.cardList, text: null });
  });
}

async function addCard(page, session, text, profile = null) {
  const { labels } = session;
  const field = page.getByRole('form', { name: labels.capture.addCardForm }).getByLabel(labels.capture.cardText);
  return step('Adding a card on the Capture stage (capture.json "addCardForm", "cardText", "cardList")', async () => {
    await field.fill(text);
    await settled(page, { quietMs: 100 });
    const before = await page.evaluate(() => window.__benchProbe.times().now);
    await profile?.start();
    await field.press('Enter');
    const t = await settled(page, { since: before }, listHasItem, { list: labels.capture.cardList, text });
    await profile?.stop();
    return t.paintAt - t.keyAt;
  });
}

async function showMatrix(page, session, profile = null) {
  const { labels, plan } = session;
  const nav = page.getByRole('navigation', { name: labels.workspace.stages });
  return step('Showing the matrix (workspace.json "stages", "stage.matrix"; its first priority row and response)', async () => {
    const left = await page.evaluate(() => window.__benchProbe.times().now);
    await nav.getByRole('link', { name: labels.workspace.stage.partners, exact: true }).click();
    await settled(page, { since: left });
    const before = await page.evaluate(() => window.__benchProbe.times().now);
    await profile?.start();
    await nav.getByRole('link', { name: labels.workspace.stage.matrix, exact: true }).click();
    const t = await settled(page, { since: before }, matrixShown, { risk: plan.expect.firstPriority, response: plan.expect.firstResponse });
    await profile?.stop();
    return t.paintAt - t.clickAt;
  });
}

/** card.add, matrix.render and heap.loaded, in pages of a context that holds the large plan. */
export async function measureUi(session, loaded) {
  const { options, log, profileRun } = session;
  const card = [];
  const matrix = [];
  const heap = [];
  const matrixPerRun = options.tiny ? 1 : 3;
  for (let run = 0; run < options.runs; run++) {
    const page = await loaded.context.newPage();
    try {
      await openCaptureStage(page, session, loaded.planId);
      heap.push(await heapAfterGc(page));
      if (run === 0) {
        for (let i = 0; i < options.samples; i++) card.push(await addCard(page, session, `Benchmark card ${i + 1}: the waitlist keeps growing`));
        log(`  add card: ${card.map((v) => v.toFixed(0)).join(' ')} ms`);
        await profileRun('card.add', page, (profile) => addCard(page, session, 'Benchmark card (profiled)', profile));
      }
      for (let i = 0; i < matrixPerRun; i++) matrix.push(await showMatrix(page, session));
      log(`  run ${run + 1}: heap ${heap.at(-1).toFixed(1)} MB, matrix ${matrix.slice(-matrixPerRun).map((v) => v.toFixed(0)).join(' ')} ms`);
      if (run === 0) await profileRun('matrix.render', page, (profile) => showMatrix(page, session, profile));
    } finally {
      await page.close();
    }
  }
  return { 'card.add': { samples: card }, 'matrix.render': { samples: matrix }, 'heap.loaded': { samples: heap } };
}
