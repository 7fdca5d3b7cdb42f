/**
 * The plan-file codec: the `.cswb` file a plan is saved to, shared by the app and the CLI.
 * Format, versioning, repair rules and limits: docs/plan-file-format.md.
 */
export {
  PLAN_FILE_FORMAT,
  PLAN_FILE_VERSION,
  PLAN_FILE_EXTENSION,
  MAX_PLAN_FILE_CHARS,
} from './constants';
export { encodePlanFile } from './encode';
export { decodePlanFile } from './decode';
export { describePlanFileError } from './describe';
export { peekFormatVersion, isOlderPlanFile, upgradePlanFile, upgradeDecoded, type UpgradeResult } from './upgrade';
export type { PlanFileMeta } from './encode';
export { planFileSchema, type PlanFileEnvelope } from './schemas';
export type { PlanFileProblem, PlanFileRepair, PlanFileError, DecodeResult } from './types';
