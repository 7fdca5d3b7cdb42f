/** Merging two copies of one plan (two laptops, one workshop). Rules: docs/merge-rules.md. */
export { mergeSnapshots, type MergeOptions } from './merge';
export { describeMergeReport, describeMergeError } from './describe';
export type * from './types';
