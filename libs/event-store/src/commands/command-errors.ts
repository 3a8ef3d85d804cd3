import { DomainError, streamCodePrefix, streamErrorCodes } from '#libs/ddd';
import { idInStream } from '../store/stream-refs.js';
import type { StreamRef } from '../store/types.js';

/** The codes the command loop raises itself, beside the per-stream ones of `streamErrorCodes`. */
export const COMMAND_ERROR = {
  IDEMPOTENCY_KEY_REUSED: 'REQUEST.IDEMPOTENCY_KEY_REUSED',
} as const;

const codesFor = (stream: StreamRef) => streamErrorCodes(streamCodePrefix(stream.streamType));

export const commandError = {
  /**
   * An id that does not exist in the caller's tenant. Another tenant's ids answer the same way, so
   * nobody learns what exists elsewhere.
   */
  streamNotFound: (stream: StreamRef) => {
    const id = idInStream(stream);
    return new DomainError(
      'not_found',
      codesFor(stream).NOT_FOUND,
      `There is no ${stream.streamType.replace(/-/g, ' ')} ${id}`,
      { id },
    );
  },
  versionMismatch: (stream: StreamRef, expectedVersion: number, currentVersion: number) =>
    new DomainError(
      'precondition',
      codesFor(stream).VERSION_MISMATCH,
      `The ${stream.streamType} is at version ${currentVersion}, not ${expectedVersion} (If-Match): reload it and decide again`,
      { expectedVersion, currentVersion },
    ),
  concurrentUpdate: (stream: StreamRef) =>
    new DomainError(
      'conflict',
      codesFor(stream).CONCURRENT_UPDATE,
      `The ${stream.streamType} kept changing while this request was decided; try again`,
    ),
  idempotencyKeyReused: () =>
    new DomainError(
      'unprocessable',
      COMMAND_ERROR.IDEMPOTENCY_KEY_REUSED,
      'This Idempotency-Key was already used for another request; use a new key per request',
    ),
};
