// The in-page probe behind every "to paint" figure. scripts/bench.mjs installs it with Playwright's
// addInitScript, so it runs in each page before any of the page's own scripts (including the app).
//
// It records, on the page's own clock (performance.now(), 0 = navigation start):
// - when the DOM last changed (a MutationObserver on the whole document);
// - when the frame that showed that change was painted: a requestAnimationFrame callback posts a
//   message, and the message task runs once that frame's style, layout and paint are done;
// - when the last Enter keydown and the last click happened (the event's own timestamp, so the
//   time the input waited for the main thread is counted).
// `settled()` waits until the DOM has been quiet for a while and returns the paint after the last
// change: "the screen is done" for start-up, a card added, a vote ranked, a stage shown.
// Changes inside status regions (role="status": the toasts) are not counted: toasts appear and
// go on their own timers, and one leaving during a later measurement would stretch it.

/* global window, document, requestAnimationFrame, MutationObserver */

/** Runs in the page: keep it self-contained (Playwright serialises the function's source). */
export function installProbe() {
  if (window.__benchProbe) return;
  let lastMutationAt = -1;
  let lastPaintAt = -1;
  let frame = 'idle'; // 'idle' | 'requested' | 'painting'
  let changedWhilePainting = false;
  let lastKeyAt = -1;
  let lastClickAt = -1;
  let firstRenderAt = -1; // first content put into the app's #root: React's first commit
  const channel = new MessageChannel();
  const requestPaintMark = () => {
    frame = 'requested';
    requestAnimationFrame(() => {
      frame = 'painting';
      channel.port2.postMessage(0);
    });
  };
  channel.port1.onmessage = () => {
    lastPaintAt = performance.now();
    frame = 'idle';
    // A change made after our frame callback may have missed that frame: mark the next one too.
    if (changedWhilePainting) {
      changedWhilePainting = false;
      requestPaintMark();
    }
  };
  const inStatusRegion = (node) => {
    const element = node.nodeType === 1 ? node : node.parentElement;
    return Boolean(element?.closest('[role="status"]'));
  };
  new MutationObserver((records) => {
    if (records.every((r) => inStatusRegion(r.target))) return;
    lastMutationAt = performance.now();
    if (firstRenderAt < 0 && records.some((r) => r.target.id === 'root' && r.addedNodes.length > 0)) firstRenderAt = lastMutationAt;
    if (frame === 'idle') requestPaintMark();
    else if (frame === 'painting') changedWhilePainting = true;
  }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  window.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') lastKeyAt = e.timeStamp;
  }, true);
  window.addEventListener('click', (e) => {
    lastClickAt = e.timeStamp;
  }, true);

  window.__benchProbe = {
    times: () => ({ lastMutationAt, lastPaintAt, lastKeyAt, lastClickAt, firstRenderAt, now: performance.now() }),
    /** Start-up phases: scripts loaded and run (DOMContentLoaded), first render, on the page's clock. */
    phases: () => ({
      scriptsRun: performance.getEntriesByType('navigation')[0]?.domContentLoadedEventEnd ?? null,
      firstRender: firstRenderAt < 0 ? null : firstRenderAt,
    }),
    /**
     * Resolves with { paintAt, mutationAt, keyAt, clickAt } once the DOM changed after `since`,
     * has been quiet for `quietMs`, the frame showing the last change was painted and `ready()`
     * (if given) is true. `ready` is only called while the DOM is quiet, and once per change, so
     * a check that walks a long list does not steal time from the work being measured.
     */
    settled: ({ since = 0, quietMs = 200, timeoutMs = 60000 } = {}, ready = null) =>
      new Promise((resolve, reject) => {
        const started = performance.now();
        // `ready` depends on the DOM only: ask again only once the DOM changed since the last "no".
        let refusedAt = -1;
        const isReady = () => {
          if (!ready) return true;
          if (refusedAt === lastMutationAt) return false;
          if (ready()) return true;
          refusedAt = lastMutationAt;
          return false;
        };
        const check = () => {
          const now = performance.now();
          const quiet = lastMutationAt > since && now - lastMutationAt >= quietMs && frame === 'idle' && lastPaintAt >= lastMutationAt;
          if (quiet && isReady()) {
            resolve({ paintAt: lastPaintAt, mutationAt: lastMutationAt, keyAt: lastKeyAt, clickAt: lastClickAt });
          } else if (now - started > timeoutMs) {
            const why = lastMutationAt <= since ? 'did not change' : quiet ? 'did not show what was expected' : 'kept changing';
            reject(new Error(`The screen ${why} within ${timeoutMs} ms`));
          } else {
            setTimeout(check, 10);
          }
        };
        check();
      }),
  };
}
