/** Runs the real `cswb` command (bin/cswb.mjs with plain node) on real files in a temp folder. */
import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
export const BIN = join(root, 'bin', 'cswb.mjs');
export const CORPUS_DIR = join(root, 'tests', 'fixtures', 'plan-files');

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export function cswb(args: readonly string[], cwd: string): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd, timeout: 120_000, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/** A fresh temp folder with copies of the named corpus files. */
export function workdir(...corpusFiles: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'cswb-cli-'));
  for (const file of corpusFiles) copyFileSync(join(CORPUS_DIR, file), join(dir, file));
  return dir;
}
