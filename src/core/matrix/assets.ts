/**
 * Assets (what already exists, captured as input cards of kind 'asset') turned into responses.
 * The framework's plans are strength-based: an existing program goes into the matrix as an
 * "existing" response, led by the organisation that named it, and keeps a link to its card.
 */
import type { Card, Id, PlanResponse, PlanningArea, Risk } from '../model';

/** Longest response title; card text beyond it is kept in the description. */
export const MAX_RESPONSE_TITLE = 300;

/** Asset cards that no response was made from yet, in card order. */
export function assetsNotInMatrix(cards: readonly Card[], responses: readonly PlanResponse[]): Card[] {
  const used = new Set(responses.map((r) => r.sourceCardId).filter((id): id is Id => id !== null));
  return cards.filter((c) => c.kind === 'asset' && !used.has(c.id)).sort((a, b) => a.order - b.order);
}

/** The priority an asset was grouped under, when that risk is a priority; else null. */
export function suggestedPriority(card: Card, risks: readonly Risk[]): Id | null {
  const risk = risks.find((r) => r.id === card.riskId);
  return risk?.isPriority ? risk.id : null;
}

export type AssetResponseFields = Pick<
  PlanResponse,
  'riskId' | 'area' | 'title' | 'description' | 'type' | 'leadPartnerId' | 'sourceCardId'
>;

export function responseFromAsset(card: Card, target: { riskId: Id; area: PlanningArea }): AssetResponseFields {
  const text = card.text.trim();
  const fits = text.length <= MAX_RESPONSE_TITLE;
  return {
    riskId: target.riskId,
    area: target.area,
    title: fits ? text : `${text.slice(0, MAX_RESPONSE_TITLE - 1).trimEnd()}…`,
    description: fits ? '' : text,
    type: 'existing',
    leadPartnerId: card.partnerId,
    sourceCardId: card.id,
  };
}
