/**
 * What a phone may submit right now: the stage must be open, the card kind opened, the risk on
 * the ballot, the criterion scored, the value on its scale. Checked when a submission arrives,
 * so a closed stage refuses at once; the facilitator's screen applies the domain's own rules
 * again when it adds the submission (allowance, maximum per risk), so both agree.
 */
import { fail, ok, type Result } from './errors';
import type { SubmissionBody } from './protocol';
import {
  cardRequestSchema,
  invalidFieldError,
  scoreRequestSchema,
  voteRequestSchema,
  type RoomContent,
  type RoomGates,
} from './schemas';

export function checkSubmission(
  type: 'card' | 'vote' | 'score',
  input: unknown,
  gates: RoomGates,
  content: RoomContent,
): Result<SubmissionBody> {
  switch (type) {
    case 'card': {
      if (gates.kinds.length === 0) return fail('stageClosed');
      const parsed = cardRequestSchema.safeParse(input);
      if (!parsed.success) return { ok: false, error: invalidFieldError(parsed.error, input) };
      if (!gates.kinds.includes(parsed.data.kind)) return fail('kindClosed');
      return ok({ type: 'card', kind: parsed.data.kind, text: parsed.data.text });
    }
    case 'vote': {
      if (!gates.voting) return fail('stageClosed');
      const parsed = voteRequestSchema.safeParse(input);
      if (!parsed.success) return { ok: false, error: invalidFieldError(parsed.error, input) };
      const { riskId, dots } = parsed.data;
      if (!content.voting.risks.some((r) => r.id === riskId)) return fail('unknownRisk');
      if (dots > content.voting.maxDotsPerRisk) return fail('refused', { reason: 'overMaxPerRisk', limit: content.voting.maxDotsPerRisk });
      return ok({ type: 'vote', riskId, dots });
    }
    case 'score': {
      if (!gates.scoring) return fail('stageClosed');
      const parsed = scoreRequestSchema.safeParse(input);
      if (!parsed.success) return { ok: false, error: invalidFieldError(parsed.error, input) };
      const { riskId, criterionId, value } = parsed.data;
      if (!content.scoring.risks.some((r) => r.id === riskId)) return fail('unknownRisk');
      const criterion = content.scoring.criteria.find((c) => c.id === criterionId);
      if (!criterion) return fail('unknownCriterion');
      if (value !== null && (value < criterion.scaleMin || value > criterion.scaleMax)) {
        return fail('invalidField', { field: 'value', problem: 'outOfRange' });
      }
      return ok({ type: 'score', riskId, criterionId, value });
    }
  }
}
