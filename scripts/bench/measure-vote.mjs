// One vote to re-ranked results: the real app mounted in the benchmark page on the Results stage,
// the vote written through setDots (what the Voting stage calls), timed to the paint after the
// ranking table and its chart stopped changing.
/* global window, document */ // page functions: Playwright runs them in the page
import { openBenchPage, prepare } from './measure-files.mjs';
import { settled, step } from './browser.mjs';

/**
 * In the page: true once a table listing `risk` (as a row header) shows `dots` in its column
 * headed `column` (any number when `dots` is null; "67 (tie)" reads as 67). Self-contained:
 * Playwright sends its source to the page.
 */
function showsDots({ risk, column, dots }) {
  for (const header of document.querySelectorAll('th[scope="row"]')) {
    if (header.textContent.trim() !== risk) continue;
    const row = header.closest('tr');
    const head = row?.closest('table')?.tHead?.rows[0];
    const index = head ? [...head.cells].findIndex((c) => c.textContent.trim() === column) : -1;
    const text = index < 0 ? '' : (row.cells[index]?.textContent ?? '');
    const number = /\d[\d,\s\u00a0\u202f]*/.exec(text)?.[0].replace(/\D/g, '');
    if (number && (dots === null || number === dots)) return true;
  }
  return false;
}

export async function measureVote(session, loaded) {
  const { options, labels, log, profileRun } = session;
  const column = labels.results.dots;
  const page = await loaded.context.newPage();
  try {
    await openBenchPage(page, `${session.urls.bench}#/plan/${loaded.planId}/results`);
    const plan = await prepare(page, session.size);
    await step('Showing the Results stage with its ranking table (results.json "dots" column)', async () => {
      await page.evaluate(() => window.cswbBench.mountApp());
      await settled(page, {}, showsDots, { risk: plan.expect.voteRisk, column, dots: null });
    });
    const vote = async (i, profile = null) => {
      await profile?.start();
      const started = await step(`Vote ${i + 1}`, () => page.evaluate((n) => window.cswbBench.vote(n), i));
      const t = await step(`Vote ${i + 1}: waiting for "${started.riskTitle}" to show ${started.expectedDots} dots`, () =>
        settled(page, { since: started.startedAt }, showsDots, { risk: started.riskTitle, column, dots: String(started.expectedDots) }),
      );
      await profile?.stop();
      return t.paintAt - started.startedAt;
    };
    const samples = [];
    for (let i = 0; i < options.samples; i++) samples.push(await vote(i));
    log(`  vote: ${samples.map((v) => v.toFixed(0)).join(' ')} ms`);
    // Even samples add a dot, odd ones take it back: the timed votes leave the plan as it was.
    await profileRun('vote.rerank', page, (profile) => vote(options.samples, profile));
    return { 'vote.rerank': { samples } };
  } finally {
    await page.close();
  }
}
