/**
 * Fixes references to records that are not in the file. Tables are read in dependency order
 * (RECORD_TABLES), so every target table is settled before the records that point into it.
 * - optional references (card.riskId, response.leadPartnerId...) are set to null;
 * - id lists (attendees, supporting partners, partners present) lose the missing ids;
 * - a vote, score or response whose anchor is missing is dropped: it means nothing on its own.
 */
import type { RecordTable } from '../model';
import { childPath } from './paths';
import type { PlanFileRepair } from './types';

export type IdIndex = { [T in RecordTable]: ReadonlySet<string> };
type Holder = Record<string, unknown>;

/** Returns false when the record must be dropped. */
export function repairReferences(
  table: RecordTable,
  record: Holder,
  path: string,
  ids: IdIndex,
  repairs: PlanFileRepair[],
): boolean {
  const fix = new ReferenceFixer(record, path, repairs);
  switch (table) {
    case 'participants':
      fix.clear('partnerId', ids.partners, 'partner');
      return true;
    case 'sessions':
      fix.filter('attendeeIds', ids.participants, 'participant');
      return true;
    case 'risks': {
      const decision = record.priorityDecision as Holder | null;
      if (decision !== null) {
        new ReferenceFixer(decision, childPath(path, 'priorityDecision'), repairs).filter(
          'presentPartnerIds',
          ids.partners,
          'partner',
        );
      }
      return true;
    }
    case 'cards':
      fix.clear('participantId', ids.participants, 'participant');
      fix.clear('partnerId', ids.partners, 'partner');
      fix.clear('sessionId', ids.sessions, 'session');
      fix.clear('riskId', ids.risks, 'risk');
      return true;
    case 'scores':
      return (
        fix.require('riskId', ids.risks, 'risk') &&
        fix.require('criterionId', ids.criteria, 'criterion') &&
        fix.require('raterId', union(ids.participants, ids.partners), 'participant or partner')
      );
    case 'votes':
      return fix.require('riskId', ids.risks, 'risk') && fix.require('participantId', ids.participants, 'participant');
    case 'responses':
      if (!fix.require('riskId', ids.risks, 'risk')) return false;
      fix.clear('leadPartnerId', ids.partners, 'partner');
      fix.filter('supportingPartnerIds', ids.partners, 'partner');
      fix.clear('sourceCardId', ids.cards, 'card');
      return true;
    case 'outcomes':
      fix.clear('riskId', ids.risks, 'risk');
      fix.clear('responseId', ids.responses, 'response');
      return true;
    case 'partners':
    case 'catalogueEntries':
    case 'criteria':
      return true;
  }
}

interface IdSet {
  has(id: string): boolean;
}

function union(a: ReadonlySet<string>, b: ReadonlySet<string>): IdSet {
  return { has: (id) => a.has(id) || b.has(id) };
}

class ReferenceFixer {
  constructor(
    private readonly holder: Holder,
    private readonly path: string,
    private readonly repairs: PlanFileRepair[],
  ) {}

  clear(field: string, targets: IdSet, what: string): void {
    const id = this.holder[field] as string | null;
    if (id === null || targets.has(id)) return;
    this.holder[field] = null;
    this.report(field, `No ${what} with id "${id}"; reference cleared.`);
  }

  filter(field: string, targets: IdSet, what: string): void {
    const list = this.holder[field] as string[];
    const missing = list.filter((id) => !targets.has(id));
    if (missing.length === 0) return;
    this.holder[field] = list.filter((id) => targets.has(id));
    this.report(field, `No ${what} with id ${missing.map((id) => `"${id}"`).join(', ')}; removed from the list.`);
  }

  require(field: string, targets: IdSet, what: string): boolean {
    const id = this.holder[field] as string;
    if (targets.has(id)) return true;
    this.repairs.push({ code: 'droppedRecord', path: this.path, message: `No ${what} with id "${id}"; record left out.` });
    return false;
  }

  private report(field: string, message: string): void {
    this.repairs.push({ code: 'danglingReference', path: childPath(this.path, field), message });
  }
}
