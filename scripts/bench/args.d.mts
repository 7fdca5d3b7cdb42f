export interface BenchOptions {
  tiny: boolean;
  runs: number;
  samples: number;
  only: string[];
  profile: string | null;
  out: string;
  build: boolean;
  /** Pages built elsewhere (implies no build). */
  buildDir: string | null;
  help: boolean;
}
export const USAGE: string;
export const GROUPS: string[];
export const PROFILABLE: string[];
export function parseBenchArgs(argv: string[]): BenchOptions;
