/** The help text: what `cswb help` prints, and what wrong usage points to. */
export const USAGE = `cswb: check, describe, upgrade and merge CSWB Workshop plan files (.cswb).

Usage:
  cswb validate <file.cswb>... [--json]
      Check files. Prints every problem; exit 0 when all are valid, 1 otherwise.
  cswb info <file.cswb> [--json]
      Print the plan's name, format version and record counts.
  cswb upgrade <file.cswb> [--output <file>] [--repair] [--no-backup]
      Rewrite an older file in the current format. In place, the original is kept
      as <file>.v<version>.bak. --repair also rewrites a current file that needed repairs.
  cswb merge <first.cswb> <second.cswb> --output <merged.cswb> [--base <base.cswb>] [--force] [--json]
      Combine two copies of one plan (two laptops, one workshop). With --base (the copy
      both started from), deletions are carried over. Rules: docs/merge-rules.md.
  cswb help | --help
  cswb --version

Exit codes: 0 success, 1 invalid file or failure, 2 wrong usage.
Documentation: docs/cli.md, docs/plan-file-format.md.`;
