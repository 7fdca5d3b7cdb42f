/**
 * The presenter protocol between the facilitator window and the audience window. Every message
 * names its plan; the audience page accepts a view only after validating it against the public
 * view schema (src/core/presentation/view.ts), so it can only ever render public fields.
 */
import { z } from 'zod';
import { audienceViewSchema, type AudienceView } from './view';

export const AUDIENCE_COMMANDS = ['next', 'previous', 'blank', 'freeze'] as const;
export type AudienceCommand = (typeof AUDIENCE_COMMANDS)[number];

const planId = z.string().min(1).max(200);

const messageSchema = z.discriminatedUnion('type', [
  /** Facilitator -> audience: what to show now. */
  z.strictObject({ type: z.literal('view'), planId, view: audienceViewSchema }),
  /** Facilitator -> audience: presenting stopped (show the standby screen). */
  z.strictObject({ type: z.literal('end'), planId }),
  /** Facilitator -> audience: close the audience window. */
  z.strictObject({ type: z.literal('close'), planId }),
  /** Audience -> facilitator: I am here, send me the current view. */
  z.strictObject({ type: z.literal('hello'), planId }),
  /** Audience -> facilitator: the audience window is closing. */
  z.strictObject({ type: z.literal('bye'), planId }),
  /** Audience -> facilitator: a presenter key was pressed in the audience window. */
  z.strictObject({ type: z.literal('command'), planId, command: z.enum(AUDIENCE_COMMANDS) }),
]);
export type PresenterMessage = z.infer<typeof messageSchema>;

export function viewMessage(view: AudienceView): PresenterMessage {
  return { type: 'view', planId: view.planId, view };
}

export function encodeMessage(message: PresenterMessage): string {
  return JSON.stringify(message);
}

/** The message, if it is well formed and for this plan; null otherwise (ignored, never rendered). */
export function decodeMessage(text: string, forPlanId: string): PresenterMessage | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = messageSchema.safeParse(value);
  if (!parsed.success || parsed.data.planId !== forPlanId) return null;
  if (parsed.data.type === 'view' && parsed.data.view.planId !== forPlanId) return null;
  return parsed.data;
}
