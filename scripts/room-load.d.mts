import type { RoomHost } from '../src/room-server/host';

export const DEFAULTS: { phones: number; durationSeconds: number };
export const TINY: { phones: number; durationSeconds: number };
export function parseLoadArgs(argv: string[]): { phones: number; durationSeconds: number; json: boolean; errors: string[] };

export interface LoadReport {
  phones: number;
  durationSeconds: number;
  separateAddresses: boolean;
  joined: number;
  sent: number;
  accepted: number;
  appliedAtOnce: number;
  answeredPending: number;
  /** Accepted, then refused by the plan's rules when applied (a vote over the allowance...), by reason. */
  refusedByThePlan: Record<string, number>;
  refused: number;
  refusedByCode: Record<string, number>;
  failed: number;
  lost: number;
  pendingAtEnd: number;
  facilitatorReloaded: boolean;
  deliveredAgainAfterReload: number;
  latencyMs: { p50: number; p95: number; max: number };
}

export function runLoad(options?: { phones?: number; durationSeconds?: number; createHost?: () => RoomHost }): Promise<LoadReport>;
export function formatReport(report: LoadReport): string;
