import { createHash } from 'node:crypto';
import { canonicalJson } from '#libs/ddd';
import type { StreamRef } from '../store/types.js';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * The command id stored for an Idempotency-Key: the key belongs to its caller, so two accounts
 * that happen to send the same key string send two different commands. Hashed, so any key and
 * actor fit and neither can be read back from es_commands.
 */
export function commandIdFor(actor: string, idempotencyKey: string): string {
  return sha256(JSON.stringify(['command', actor, idempotencyKey]));
}

/**
 * What makes two requests with one key the same request: the caller, the stream and what was
 * asked. What was asked is the command as built without its time: `at` is stamped on every
 * attempt, while every id a command carries is derived from the key (newIdFor), so it is the same
 * on a retry. A command that also carries what its builder read from streams (the protocol number
 * and carried-over items of a schedule, the text hash a justering approves) would differ on an
 * honest retry after those changed: its caller names the request itself instead (`request`).
 */
export function requestFingerprint(actor: string, stream: StreamRef, request: unknown): string {
  return sha256(
    canonicalJson({ actor, stream: [stream.streamType, stream.streamId], request: withoutTime(request) }),
  );
}

function withoutTime(request: unknown): unknown {
  if (!isRecord(request)) return request;
  const { at: _at, ...rest } = request;
  if (!isRecord(rest.data)) return rest;
  const { at: _dataAt, ...data } = rest.data;
  return { ...rest, data };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
