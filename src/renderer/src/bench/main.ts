/**
 * Entry of the benchmark page (bench.html, built only by scripts/bench/build.mjs). It exposes
 * `window.cswbBench` for scripts/bench.mjs and does nothing by itself: the harness generates the
 * large plan here, times open and save on the app's real code paths against raw IndexedDB, loads
 * the plan into the app's database, and mounts the real app to time a vote reaching the screen.
 */
import { RECORD_TABLES, type PlanSnapshot } from '@core/model';
import { encodePlanFile } from '@core/plan-file';
import { buildLargePlan, LARGE_PLAN_SIZES, TINY_PLAN_SIZES } from '@core/sample/large-plan';
import { tallyDots } from '@core/scoring';
import { db } from '../db/database';
import { setDots } from '../domain/votes';
import { openPlanFile } from '../files/plan-files';
import { APP_VERSION } from '../platform';
import { appSide, measureOpenSave, type OpenSaveSample } from './open-save';
import { measureRanking, type RankingSample } from './ranking';

export interface PreparedPlan {
  planId: string;
  /** Length of the plan file text. */
  chars: number;
  counts: Record<string, number>;
  /** What the screens must show once they have rendered the plan (the harness waits for it). */
  expect: {
    /** Title of the first row of the matrix and of the first response in that row. */
    firstPriority: string;
    firstResponse: string;
    /** The risk the vote benchmark changes, and its dot total before any benchmark vote. */
    voteRisk: string;
    voteRiskDots: number;
  };
}

export interface VoteStarted {
  /** performance.now() just before the vote was written. */
  startedAt: number;
  riskTitle: string;
  /** The risk's dot total the results must show once they caught up. */
  expectedDots: number;
}

export interface BenchApi {
  prepare(size: 'full' | 'tiny'): PreparedPlan;
  measureOpenSave(run: number): Promise<OpenSaveSample>;
  /** One app-side open, save or clean-up, for a CPU profile of exactly that step. */
  appOpen(db: string): Promise<string>;
  appSave(db: string, planId: string): Promise<number>;
  appDrop(db: string): Promise<void>;
  measureRanking(): RankingSample;
  loadIntoApp(): Promise<string>;
  mountApp(): Promise<void>;
  vote(sample: number): Promise<VoteStarted>;
}

declare global {
  interface Window {
    cswbBench?: BenchApi;
  }
}

type VoteTarget = ReturnType<typeof voteTarget>;
let current: { snapshot: PlanSnapshot; text: string; prepared: PreparedPlan; target: VoteTarget } | null = null;

function need(): NonNullable<typeof current> {
  if (!current) throw new Error('Call cswbBench.prepare(size) first');
  return current;
}

/** Participant 0's vote in the middle of their ballot: toggled between 1 and 2 dots. */
function voteTarget(snapshot: PlanSnapshot) {
  const participant = snapshot.participants[0]!;
  const ballot = snapshot.votes.filter((v) => v.participantId === participant.id);
  const vote = ballot[Math.floor(ballot.length / 2)]!;
  const risk = snapshot.risks.find((r) => r.id === vote.riskId)!;
  const tally = tallyDots(snapshot.votes, snapshot.risks, snapshot.participants, snapshot.partners, snapshot.plan.voting);
  return { participantId: participant.id, risk, dots: tally.find((t) => t.riskId === risk.id)!.dots, baseDots: vote.dots };
}

const api: BenchApi = {
  prepare(size) {
    const snapshot = buildLargePlan(size === 'tiny' ? TINY_PLAN_SIZES : LARGE_PLAN_SIZES);
    const text = encodePlanFile(snapshot, { appVersion: APP_VERSION, savedAt: '2026-03-12T18:00:00.000Z' });
    const first = [...snapshot.risks].sort((a, b) => a.order - b.order)[0]!;
    const firstResponse = snapshot.responses.filter((r) => r.riskId === first.id).sort((a, b) => a.order - b.order)[0]!;
    const target = voteTarget(snapshot);
    const prepared: PreparedPlan = {
      planId: snapshot.plan.id,
      chars: text.length,
      counts: Object.fromEntries(RECORD_TABLES.map((t) => [t, snapshot[t].length])),
      expect: { firstPriority: first.title, firstResponse: firstResponse.title, voteRisk: target.risk.title, voteRiskDots: target.dots },
    };
    current = { snapshot, text, prepared, target };
    return prepared;
  },

  measureOpenSave(run) {
    const { text, prepared } = need();
    return measureOpenSave(text, run, prepared.counts);
  },

  appOpen(name) {
    return appSide.open(name, need().text);
  },
  appSave: (name, planId) => appSide.save(name, planId),
  appDrop: (name) => appSide.drop(name),

  measureRanking() {
    return measureRanking(need().snapshot);
  },

  async loadIntoApp() {
    const { text, prepared } = need();
    // Never write into a profile that holds someone's plans: the harness uses a fresh profile.
    const others = (await db.plans.toCollection().primaryKeys()).filter((id) => id !== prepared.planId);
    if (others.length > 0) throw new Error('This browser profile holds other plans: the benchmark only runs in a fresh profile');
    const outcome = await openPlanFile(db, { text, name: 'large-plan.cswb', path: 'large-plan.cswb' });
    if (outcome.kind === 'opened') return outcome.planId;
    if (outcome.kind === 'conflict') return prepared.planId;
    throw new Error(`The app did not open the large plan: ${JSON.stringify(outcome.error)}`);
  },

  async mountApp() {
    const { mountApp } = await import('./app-host');
    await mountApp();
  },

  async vote(sample) {
    const { snapshot, target } = need();
    // Even samples add a dot, odd ones take it back, so the plan ends as it started.
    const dots = sample % 2 === 0 ? target.baseDots + 1 : target.baseDots;
    const startedAt = performance.now();
    await setDots(db, snapshot.plan.id, target.participantId, target.risk.id, dots);
    return { startedAt, riskTitle: target.risk.title, expectedDots: target.dots - target.baseDots + dots };
  },
};

window.cswbBench = api;
document.documentElement.dataset.benchReady = 'true';
