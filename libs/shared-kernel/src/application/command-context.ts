import type { CommandEnvelope } from '#libs/event-store';
import type { Principal } from '#libs/identity';

/** Who sends a command and how it wants it handled; built from the HTTP request by the controllers. */
export interface CommandContext {
  principal: Principal;
  /**
   * The client's Idempotency-Key, the caller's own: the same key from the same account with the
   * same request returns the first result, with another request 422; without one every request
   * gets a fresh id (see CommandEnvelope.idempotencyKey).
   */
  idempotencyKey?: string;
  /** From If-Match: the version of the command's stream the client last saw. */
  expectedVersion?: number;
  correlationId: string;
}

/** What the store's command loop needs of the context: the caller becomes the events' actor. */
export function envelopeOf({ principal, ...request }: CommandContext): CommandEnvelope {
  return { actor: principal.accountId, ...request };
}

/**
 * The context for a further stream written by the same request (the group's protocol number when
 * scheduling, the follow-up opened with a follow-up date): its own command id, derived from the
 * key so that a retried request stays idempotent there too, and no If-Match, which was about the
 * request's main stream.
 */
export function followOnContext(context: CommandContext, suffix: string): CommandContext {
  return {
    principal: context.principal,
    correlationId: context.correlationId,
    idempotencyKey: context.idempotencyKey === undefined ? undefined : `${context.idempotencyKey}:${suffix}`,
  };
}
