// What `npm run bench` measures, and the target each figure is held to (docs/performance.md).
// A ratio target compares medians with the baseline measured in the same run; a p95 target is an
// absolute budget for an interaction (50 ms: below what a room notices on the projector).

export const TARGETS = {
  openSave: { kind: 'ratio', max: 1.3 },
  start: { kind: 'ratio', max: 2 },
  interaction: { kind: 'p95', max: 50 },
};

/** Every figure, in the order of the printed table. {table} in a label is that table's record count. */
export const METRICS = [
  { id: 'start.empty', label: 'Start to interactive (empty database)', unit: 'ms', baseline: 'blank page, same server and browser', target: TARGETS.start },
  { id: 'start.stored', label: 'Start to interactive (large plan stored)', unit: 'ms', baseline: 'blank page, same server and browser', target: TARGETS.start },
  { id: 'start.capture', label: 'Restart into the large plan (Capture stage)', unit: 'ms', baseline: 'blank page, same server and browser', target: null },
  { id: 'open', label: 'Open the plan file (decode + import)', unit: 'ms', baseline: 'JSON.parse + raw IndexedDB bulk insert', target: TARGETS.openSave },
  { id: 'save', label: 'Save the plan (read + encode)', unit: 'ms', baseline: 'raw IndexedDB reads + JSON.stringify', target: TARGETS.openSave },
  { id: 'card.add', label: 'Add a card, {cards} present (Enter to paint)', unit: 'ms', baseline: null, target: TARGETS.interaction },
  { id: 'vote.rerank', label: 'One vote to re-ranked results and chart (paint)', unit: 'ms', baseline: null, target: TARGETS.interaction },
  { id: 'rank.dots', label: 'Dot tally + ranking, computation only', unit: 'ms', baseline: null, target: null },
  { id: 'rank.weighted', label: 'Weighted scores + ranking, computation only', unit: 'ms', baseline: null, target: null },
  { id: 'matrix.render', label: 'Show the matrix, {risks} risks (click to paint)', unit: 'ms', baseline: null, target: TARGETS.interaction },
  { id: 'heap.loaded', label: 'JS heap, large plan on screen (after GC)', unit: 'MB', baseline: null, target: null },
  { id: 'heap.home', label: 'JS heap, home screen, empty database (after GC)', unit: 'MB', baseline: null, target: null },
];

export const METRIC_IDS = METRICS.map((m) => m.id);
