// Bounded load test of room participation, on loopback only: N simulated phones join a room and
// submit cards and dot votes for a while, against the real room server (the build in
// out/main/room-server.js), while a simulated facilitator's page pulls, applies and acknowledges
// submissions (and "reloads" once in the middle, dropping a batch it had not acknowledged).
//
// It reports what was accepted, refused (and why) and lost. Nothing accepted may be lost: every
// submission a phone was told "applied" or "pending" must reach the facilitator exactly once.
// Exit code 1 when anything accepted was lost.
//
//   node scripts/room-load.mjs                  100 phones, 60 s
//   node scripts/room-load.mjs --duration 20 --phones 50
//   node scripts/room-load.mjs --tiny           5 phones, 3 s (for npm test)
//   node scripts/room-load.mjs --json           the report as JSON
//
// Each phone connects from its own loopback address (127.0.0.2, 127.0.0.3...) where the system
// allows it (Linux), so per-address rate limits apply as they would to real phones.
import { Agent, request as httpRequest } from 'node:http';
import { createServer } from 'node:net';
import { pathToFileURL } from 'node:url';
import { builtRoomServer } from './room-host.mjs';

export const DEFAULTS = { phones: 100, durationSeconds: 60 };
export const TINY = { phones: 5, durationSeconds: 3 };
const RISKS = ['risk-overdose', 'risk-youth', 'risk-housing', 'risk-seniors', 'risk-hate', 'risk-food', 'risk-ipv'];
const ALLOWANCE = { dotsPerParticipant: 5, maxDotsPerRisk: 2 };

export function parseLoadArgs(argv) {
  const options = { ...DEFAULTS, json: false, errors: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const next = () => Number(argv[++i]);
    if (arg === '--tiny') Object.assign(options, TINY);
    else if (arg === '--json') options.json = true;
    else if (arg === '--duration') options.durationSeconds = next();
    else if (arg === '--phones') options.phones = next();
    else options.errors.push(`unknown option ${arg}`);
  }
  if (!(options.durationSeconds > 0 && options.durationSeconds <= 600)) options.errors.push('--duration must be 1 to 600 seconds');
  if (!(Number.isInteger(options.phones) && options.phones >= 1 && options.phones <= 250)) options.errors.push('--phones must be 1 to 250');
  return options;
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Whether this system routes all of 127.0.0.0/8 to loopback (Linux does; macOS only 127.0.0.1). */
async function loopbackRangeWorks() {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(0, '127.0.0.2', () => probe.close(() => resolve(true)));
  });
}

function roomContent() {
  return {
    title: 'Load test',
    sessionTitle: '',
    partners: [],
    sectors: [],
    voting: { round: 1, ...ALLOWANCE, risks: RISKS.map((id) => ({ id, title: id })) },
    scoring: { risks: [], criteria: [] },
    ballots: {},
    scores: {},
    appliedThrough: 0,
  };
}

/** One HTTP exchange; never throws: { status, body, ms } or { error, ms }. */
function exchange(agent, base, method, path, headers, body) {
  const started = performance.now();
  return new Promise((resolve) => {
    const data = body === undefined ? undefined : JSON.stringify(body);
    const req = httpRequest(
      base + path,
      { method, agent, timeout: 15_000, headers: { ...headers, ...(data ? { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(data) } : {}) } },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => {
          let parsed;
          try {
            parsed = JSON.parse(Buffer.concat(chunks).toString('utf8'));
          } catch {
            parsed = null;
          }
          resolve({ status: res.statusCode, body: parsed, ms: performance.now() - started });
        });
      },
    );
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', (error) => resolve({ error: error.message, ms: performance.now() - started }));
    req.end(data);
  });
}

/** The facilitator's page, simulated: pull, apply (with the plan's voting rules), acknowledge. */
function simulatedFacilitator(host, { reloadAtMs }) {
  const applied = new Map(); // submission id -> outcome
  const ballots = new Map(); // member -> Map(risk -> dots)
  let redelivered = 0;
  let stopped = false;
  let reloaded = false;
  const started = Date.now();

  const apply = (item) => {
    if (item.type !== 'vote') return { id: item.id, outcome: 'applied' };
    const ballot = ballots.get(item.member.id) ?? new Map();
    const others = [...ballot].filter(([risk]) => risk !== item.riskId).reduce((sum, [, dots]) => sum + dots, 0);
    if (item.dots > ALLOWANCE.maxDotsPerRisk) return { id: item.id, outcome: 'refused', reason: 'overMaxPerRisk', limit: ALLOWANCE.maxDotsPerRisk };
    if (others + item.dots > ALLOWANCE.dotsPerParticipant) return { id: item.id, outcome: 'refused', reason: 'overAllowance', limit: ALLOWANCE.dotsPerParticipant };
    ballot.set(item.riskId, item.dots);
    ballots.set(item.member.id, ballot);
    return { id: item.id, outcome: 'applied' };
  };

  const loop = (async () => {
    while (!stopped) {
      const answer = await host.control({ op: 'pull', after: 0, waitMs: 500 });
      if (!answer.ok) return;
      const results = [];
      for (const item of answer.items) {
        if (applied.has(item.id)) {
          redelivered++; // handed over again after the reload: applied once, acknowledged again
          results.push(applied.get(item.id));
          continue;
        }
        const result = apply(item);
        applied.set(item.id, result);
        results.push(result);
      }
      if (!reloaded && Date.now() - started >= reloadAtMs && results.length > 0) {
        // The page reloads after applying this batch but before acknowledging it.
        reloaded = true;
        await sleep(1500);
        continue;
      }
      if (results.length) await host.control({ op: 'ack', results });
    }
  })();
  return {
    applied,
    get redelivered() {
      return redelivered;
    },
    get reloaded() {
      return reloaded;
    },
    async stop() {
      stopped = true;
      await loop;
    },
  };
}

async function phone(index, { base, code, endAt, localAddress, eager }) {
  const agent = new Agent({ keepAlive: true, maxSockets: 1, localAddress });
  const log = [];
  const send = async (kind, method, path, body, token) => {
    const headers = { 'X-Room-Code': code, ...(token ? { Authorization: `Bearer ${token}` } : {}) };
    const r = await exchange(agent, base, method, path, headers, body);
    log.push({ kind, ...r, id: r.body?.submission?.id ?? null });
    return r;
  };
  try {
    await send('joinOptions', 'POST', '/api/join-options', {});
    const joined = await send('join', 'POST', '/api/join', { name: `Phone ${index + 1}`, anonymous: false, partnerId: null, sector: null });
    const token = joined.body?.token;
    if (!token) return log;
    let n = 0;
    while (Date.now() < endAt) {
      n++;
      if (n % 5 === 0) {
        const riskId = RISKS[(index + n) % RISKS.length];
        await send('vote', 'POST', '/api/votes', { riskId, dots: n % 3 }, token);
      } else {
        await send('card', 'POST', '/api/cards', { kind: 'idea', text: `Phone ${index + 1}, idea ${n}: ${'x'.repeat(n % 40)}` }, token);
      }
      // A person types a card every few seconds; an "eager" phone (a script, a stuck button) hammers.
      await sleep(eager ? 50 : 700 + ((index * 37 + n * 101) % 600));
    }
    return log;
  } finally {
    agent.destroy();
  }
}

function percentile(sorted, p) {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : 0;
}

/**
 * Runs the load test. `createHost` makes the room host (default: the built room server with
 * Node's effects); tests pass one built from the sources.
 */
export async function runLoad({ phones = DEFAULTS.phones, durationSeconds = DEFAULTS.durationSeconds, createHost } = {}) {
  if (!createHost) {
    const file = builtRoomServer();
    if (!file) throw new Error('out/main/room-server.js is missing: run `npx electron-vite build` first.');
    const { createNodeRoomHost } = await import(pathToFileURL(file).href);
    createHost = () => createNodeRoomHost({ preferredPort: 0 });
  }
  const host = createHost();
  const gates = { kinds: ['idea'], voting: true, scoring: false };
  const started = await host.control({ op: 'start', planId: 'load-test', sessionId: null, address: '127.0.0.1', gates, content: roomContent() });
  if (!started.ok || !started.status.room || started.status.room.address !== '127.0.0.1') throw new Error(`the room did not start on loopback: ${JSON.stringify(started)}`);
  const { url, joinCode } = started.status.room;
  const base = url.replace(/\/$/, '');
  const spread = await loopbackRangeWorks();
  const durationMs = durationSeconds * 1000;
  const facilitator = simulatedFacilitator(host, { reloadAtMs: durationMs * 0.4 });
  const t0 = Date.now();
  const endAt = t0 + durationMs;
  const logs = await Promise.all(
    Array.from({ length: phones }, (_, i) =>
      phone(i, { base, code: joinCode, endAt, localAddress: spread ? `127.0.${Math.floor((i + 2) / 250)}.${((i + 2) % 250) + 1}` : undefined, eager: i % 10 === 9 || i === phones - 1 }),
    ),
  );
  // Drain: the facilitator adds what is still queued.
  const drainUntil = Date.now() + 30_000;
  while (Date.now() < drainUntil) {
    const status = await host.control({ op: 'status' });
    if ((status.status.room?.queue.pending ?? 0) === 0) break;
    await sleep(100);
  }
  await facilitator.stop();
  const pendingAtEnd = (await host.control({ op: 'status' })).status.room?.queue.pending ?? 0;
  await host.control({ op: 'stop', force: true });

  const submissions = logs.flat().filter((e) => e.kind === 'card' || e.kind === 'vote');
  const accepted = submissions.filter((e) => e.status === 200 || e.status === 202 || (e.status === 422 && e.body?.error?.code === 'refused'));
  const refused = submissions.filter((e) => e.status !== undefined && !accepted.includes(e));
  const failed = submissions.filter((e) => e.status === undefined);
  const lost = accepted.filter((e) => !e.id || !facilitator.applied.has(e.id));
  const count = (entries, keyOf) => entries.reduce((acc, e) => ((acc[keyOf(e)] = (acc[keyOf(e)] ?? 0) + 1), acc), {});
  const refusedByCode = count(refused, (e) => e.body?.error?.code ?? `HTTP ${e.status}`);
  const refusedByThePlan = count(
    accepted.filter((e) => e.status === 422),
    (e) => e.body?.error?.reason ?? 'unknown',
  );
  const latencies = submissions.map((e) => e.ms).sort((a, b) => a - b);
  return {
    phones,
    durationSeconds,
    separateAddresses: spread,
    joined: logs.filter((l) => l.some((e) => e.kind === 'join' && e.status === 201)).length,
    sent: submissions.length,
    accepted: accepted.length,
    appliedAtOnce: accepted.filter((e) => e.status === 200).length,
    answeredPending: accepted.filter((e) => e.status === 202).length,
    refusedByThePlan,
    refused: refused.length,
    refusedByCode,
    failed: failed.length,
    lost: lost.length,
    pendingAtEnd,
    facilitatorReloaded: facilitator.reloaded,
    deliveredAgainAfterReload: facilitator.redelivered,
    latencyMs: { p50: Math.round(percentile(latencies, 50)), p95: Math.round(percentile(latencies, 95)), max: Math.round(latencies.at(-1) ?? 0) },
  };
}

const counts = (byKey) =>
  Object.entries(byKey)
    .sort((a, b) => b[1] - a[1])
    .map(([key, n]) => `${key} ${n}`)
    .join(', ');
const total = (byKey) => Object.values(byKey).reduce((a, b) => a + b, 0);

export function formatReport(r) {
  const refusals = counts(r.refusedByCode);
  const byPlan = total(r.refusedByThePlan);
  return [
    `Room load test: ${r.phones} phones on loopback for ${r.durationSeconds} s${r.separateAddresses ? ' (one address each)' : ' (one shared address)'}; ${r.joined} joined.`,
    `  sent      ${r.sent}`,
    `  accepted  ${r.accepted} (added at once ${r.appliedAtOnce}, answered "pending" ${r.answeredPending}, then refused by the plan's rules ${byPlan}${byPlan ? `: ${counts(r.refusedByThePlan)}` : ''})`,
    `  refused   ${r.refused} at the door${refusals ? ` — ${refusals}` : ''}`,
    `  failed    ${r.failed} (network errors or timeouts: not accepted, and the phone was told)`,
    `  lost      ${r.lost}${r.pendingAtEnd ? ` (still queued at the end: ${r.pendingAtEnd})` : ''}`,
    `  facilitator page reloaded mid-run: ${r.facilitatorReloaded ? `yes; ${r.deliveredAgainAfterReload} submission${r.deliveredAgainAfterReload === 1 ? '' : 's'} handed over again, each applied once` : 'no'}`,
    `  latency   p50 ${r.latencyMs.p50} ms, p95 ${r.latencyMs.p95} ms, max ${r.latencyMs.max} ms`,
    r.lost === 0 && r.pendingAtEnd === 0 ? 'PASS: nothing accepted was lost.' : 'FAIL: accepted submissions were lost.',
  ].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const options = parseLoadArgs(process.argv.slice(2));
  if (options.errors.length) {
    console.error(`room-load: ${options.errors.join('; ')}`);
    process.exit(2);
  }
  const report = await runLoad(options);
  console.log(options.json ? JSON.stringify(report, null, 2) : formatReport(report));
  process.exit(report.lost === 0 && report.pendingAtEnd === 0 ? 0 : 1);
}
