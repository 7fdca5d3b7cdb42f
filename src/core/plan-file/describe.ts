/** Plain-English messages for the CLI. The UI translates by `kind` instead. */
import { PLAN_FILE_FORMAT } from './constants';
import type { PlanFileError } from './types';

export function describePlanFileError(error: PlanFileError): string {
  switch (error.kind) {
    case 'empty':
      return 'The file is empty.';
    case 'tooLarge':
      return `The file is too large to open (${formatCount(error.chars)} characters; the limit is ${formatCount(error.limit)}).`;
    case 'notJson':
      return `The file is not valid JSON${error.position === undefined ? '' : ` (at character ${error.position})`}: ${error.message}`;
    case 'notAPlanFile':
      return `This is not a CSWB plan file (${PLAN_FILE_FORMAT}): ${error.reason}`;
    case 'tooNew':
      return `The file was saved by a newer version of CSWB Workshop (format ${error.formatVersion}; this version reads up to ${error.supported}). Update the app to open it.`;
    case 'tooDeep':
      return `The file is nested too deeply (more than ${error.limit} levels); it was not written by CSWB Workshop.`;
    case 'forbiddenKey':
      return `The file contains the forbidden key "${error.key}"${error.path === '' ? ' at the top level' : ` in ${error.path}`}; it was not opened for safety.`;
    case 'migrationFailed':
      return `The file could not be upgraded from format version ${error.from}: ${error.message}`;
    case 'invalid':
      return [
        'The plan in this file cannot be read:',
        ...error.problems.map((problem) => `- ${problem.path}: ${problem.message}`),
      ].join('\n');
    default:
      return assertNever(error);
  }
}

function formatCount(n: number): string {
  return n.toLocaleString('en-CA');
}

function assertNever(value: never): never {
  throw new Error(`Unhandled plan-file error: ${JSON.stringify(value)}`);
}
