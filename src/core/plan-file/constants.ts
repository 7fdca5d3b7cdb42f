/** Identity and limits of the plan-file format. See docs/plan-file-format.md. */

export const PLAN_FILE_FORMAT = 'cswb-plan';
/**
 * Envelope format version: one integer for the envelope and every record shape. It is not the app
 * version. Bump it (and append a migration) whenever a reader of the previous version would
 * misread or drop something a new writer puts in the file.
 */
export const PLAN_FILE_VERSION = 1;
export const PLAN_FILE_EXTENSION = 'cswb';
export const PLAN_FILE_APP_NAME = 'CSWB Workshop';

/** Refuse longer input before parsing: a 50 MB plan is about 50 M chars; leave headroom. */
export const MAX_PLAN_FILE_CHARS = 120_000_000;
/** Deepest nesting accepted. A valid file nests 6 levels; the limit only stops hostile input. */
export const MAX_PLAN_FILE_DEPTH = 64;
/** Keys that could pollute prototypes if a consumer ever copied the parsed data with a merge. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
