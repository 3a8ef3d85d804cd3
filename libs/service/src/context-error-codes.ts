import { codesOf } from '#libs/ddd';
import { FOLLOW_UP_ERROR, FOLLOW_UP_OVERVIEW_ERROR } from '#libs/follow-ups';
import { GROUP_ERROR, ORGANISATION_ERROR } from '#libs/groups';
import { DOCUMENT_ERROR, VERIFICATION_ERROR } from '#libs/meeting-documents';
import { MEETING_ERROR } from '#libs/meetings';
import { VALIDATION_ERROR } from '#libs/shared-kernel';

/** Every code the meetings context answers with, for the service's one catalogue of codes. */
export const MEETINGS_ERROR_CODES: readonly string[] = [
  ...codesOf(ORGANISATION_ERROR),
  ...codesOf(GROUP_ERROR),
  ...codesOf(MEETING_ERROR),
  ...codesOf(FOLLOW_UP_ERROR),
  ...codesOf(FOLLOW_UP_OVERVIEW_ERROR),
  ...codesOf(VALIDATION_ERROR),
  ...codesOf(DOCUMENT_ERROR),
  ...codesOf(VERIFICATION_ERROR),
];

/**
 * Codes of the deciders' own guards that no request can reach, so no endpoint documents them: the
 * store's command loop answers `<TYPE>.NOT_FOUND` before a decider sees a stream that does not
 * exist, the server makes the ids of new streams (a repeated key is a replay), and it computes the
 * protocol number, the carried-over origins and the justerare's person and party itself.
 */
export const MEETINGS_GUARD_ONLY_CODES: readonly string[] = [
  FOLLOW_UP_ERROR.NOT_OPENED,
  GROUP_ERROR.NOT_CREATED,
  MEETING_ERROR.NOT_SCHEDULED,
  GROUP_ERROR.ALREADY_CREATED,
  MEETING_ERROR.ALREADY_SCHEDULED,
  MEETING_ERROR.INVALID_PROTOCOL_NUMBER,
  MEETING_ERROR.NOT_NUMBERED,
  MEETING_ERROR.CARRIED_OVER_WITHOUT_ORIGIN,
  MEETING_ERROR.NOT_A_JUSTERARE,
  MEETING_ERROR.NOT_OWN_ORGANISATION,
];
