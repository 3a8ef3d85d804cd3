import { createHash, randomUUID } from 'node:crypto';
import type { CommandContext } from './command-context.js';

/**
 * The id of something a request creates. With an Idempotency-Key it is derived from the tenant,
 * the caller, the key and what is created, so a retried request addresses the same stream (and
 * the store answers with the first result); without one it is random. The caller is part of it
 * because a key is the caller's own: another account sending the same key string creates its own.
 * The caller by email, not account id: the same accounts set up in another database (the demo, its
 * golden documents) then get the same ids.
 */
export function newIdFor(
  { principal, idempotencyKey }: Pick<CommandContext, 'principal' | 'idempotencyKey'>,
  purpose: string,
): string {
  if (idempotencyKey === undefined) return randomUUID();
  const hex = createHash('sha256')
    .update(`${principal.tenantId}\n${principal.email}\n${idempotencyKey}\n${purpose}`)
    .digest('hex');
  // Shaped as a version 8 (custom) UUID, so it looks like every other id in the API.
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
