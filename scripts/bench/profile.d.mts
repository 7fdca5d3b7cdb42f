export interface ProfileRow {
  name: string;
  selfMs: number;
  share: number;
}
export interface ProfileSummary {
  totalMs: number;
  functions: ProfileRow[];
  files: ProfileRow[];
  appFunctions: ProfileRow[];
}
export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; children?: number[] }[];
  samples?: number[];
  timeDeltas?: number[];
}
export function summariseProfile(
  profile: CpuProfile,
  options?: { top?: number; locate?: (url: string, line: number, column: number) => { source: string; line: number } | null },
): ProfileSummary;
export function buildLocator(buildDir: string): (url: string, line: number, column: number) => { source: string; line: number } | null;
export function formatProfileSummary(summary: ProfileSummary): string;
export function startProfile(page: unknown): Promise<unknown>;
export function stopProfile(cdp: unknown): Promise<CpuProfile>;
