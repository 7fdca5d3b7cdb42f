/** Reading and decoding a plan file for a command, with the error printed the same way everywhere. */
import { decodePlanFile, describePlanFileError, type DecodeResult } from '@core/plan-file';
import { CliFileError, type CliIo } from './io';

export type Loaded = { path: string; text: string; decoded: DecodeResult } | { path: string; failure: string };

export async function loadPlanFile(io: CliIo, path: string): Promise<Loaded> {
  let text: string;
  try {
    text = await io.readText(path);
  } catch (error) {
    if (error instanceof CliFileError) return { path, failure: error.message };
    throw error;
  }
  return { path, text, decoded: decodePlanFile(text) };
}

/** The one-line (or multi-line, for `invalid`) reason a file could not be read. */
export function failureOf(loaded: Loaded): string | null {
  if ('failure' in loaded) return loaded.failure;
  if (!loaded.decoded.ok) return `${loaded.path}: ${describePlanFileError(loaded.decoded.error)}`;
  return null;
}
