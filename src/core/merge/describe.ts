/** Plain-English merge summaries for the CLI (the app would translate by code instead). */
import { RECORD_TABLES } from '../model';
import type { MergeReport, MergeResult, Side } from './types';

const SIDE_NAMES: Record<Side, string> = { ours: 'the first file', theirs: 'the second file' };

export function describeMergeError(error: Extract<MergeResult, { ok: false }>['error']): string {
  switch (error.kind) {
    case 'differentPlans':
      return `The two files hold different plans (plan ids ${error.ours} and ${error.theirs}); only copies of the same plan can be merged.`;
    case 'baseOfAnotherPlan':
      return `The base file holds another plan (plan id ${error.base}, not ${error.plan}).`;
  }
}

/** One line per table with changes, then conflicts and notes. `names` label the two sides. */
export function describeMergeReport(report: MergeReport, names: Record<Side, string> = SIDE_NAMES): string[] {
  const lines: string[] = [];
  lines.push(report.threeWay ? 'Three-way merge (with a base file): deletions are carried over.' : 'Two-way merge (no base file): records deleted on one side are kept.');
  for (const table of RECORD_TABLES) {
    const c = report.counts[table];
    const parts = [`${c.total} in the result`];
    if (c.onlyOurs > 0) parts.push(`${c.onlyOurs} only in ${names.ours}`);
    if (c.onlyTheirs > 0) parts.push(`${c.onlyTheirs} only in ${names.theirs}`);
    if (c.merged > 0) parts.push(`${c.merged} edited on both sides`);
    if (c.deleted > 0) parts.push(`${c.deleted} deleted`);
    if (c.total > 0 || c.deleted > 0) lines.push(`  ${table}: ${parts.join(', ')}`);
  }
  for (const conflict of report.conflicts) {
    const fields = conflict.fields.map((f) => `${f.field} from ${names[f.winner]}`).join(', ');
    lines.push(`Conflict in ${conflict.table} ${conflict.id}: kept ${fields} (edited last).`);
  }
  for (const note of report.notes) {
    switch (note.code) {
      case 'deleted':
        lines.push(`Deleted ${note.table} ${note.id}: removed in ${names[note.by]}.`);
        break;
      case 'keptEdited':
        lines.push(`Kept ${note.table} ${note.id}: deleted on one side but edited in ${names[note.editedBy]}.`);
        break;
      case 'duplicateBallot':
        lines.push(`Duplicate ${note.table === 'votes' ? 'vote' : 'score'}: kept ${note.keptId} (the latest), dropped ${note.droppedId}.`);
        break;
      case 'ballotOverAllowance':
        lines.push(`Participant ${note.participantId} now has ${note.dots} dots in round ${note.round} (the limit is ${note.allowed}); check the ballot in the app.`);
        break;
    }
  }
  for (const repair of report.repairs) lines.push(`Repaired ${repair.path}: ${repair.message}`);
  return lines;
}
