import { DomainError } from '#libs/ddd';
import type { Halt } from './dead-letters.js';

/** The codes of the operator's commands on halted projections (no HTTP endpoint answers with them). */
export const PROJECTION_ERROR = {
  UNKNOWN: 'PROJECTION.UNKNOWN',
  NOT_HALTED: 'PROJECTION.NOT_HALTED',
  HALTED_ELSEWHERE: 'PROJECTION.HALTED_AT_ANOTHER_EVENT',
  HALTED: 'PROJECTION.HALTED',
  OWNER_SILENT: 'PROJECTION.OWNER_SILENT',
} as const;

export const projectionError = {
  unknown: (projection: string) =>
    new DomainError('not_found', PROJECTION_ERROR.UNKNOWN, `there is no projection named "${projection}"`),
  notHalted: (projection: string) =>
    new DomainError('rule', PROJECTION_ERROR.NOT_HALTED, `${projection} is not halted`),
  haltedElsewhere: (projection: string, asked: number, halt: Halt) =>
    new DomainError(
      'rule',
      PROJECTION_ERROR.HALTED_ELSEWHERE,
      `${projection} is halted at event ${halt.position}, not ${asked}`,
      { position: halt.position },
    ),
  halted: (projection: string, halt: Halt) =>
    new DomainError(
      'rule',
      PROJECTION_ERROR.HALTED,
      `${projection} is halted at event ${halt.position} (${halt.eventType}) because ${halt.error}`,
      { position: halt.position, eventType: halt.eventType, error: halt.error },
    ),
  ownerSilent: (projection: string, seconds: number) =>
    new DomainError(
      'rule',
      PROJECTION_ERROR.OWNER_SILENT,
      `the process that owns ${projection} did not replay it within ${seconds} s (is it failing? see /health); the replay stays requested`,
    ),
};
