import { DomainError } from '#libs/ddd';
import { MEETING_ERROR } from '#libs/meetings';

export const archiveError = {
  /** The code a rättelse of a protocol not justerat gets too: the archive takes only final records. */
  notJusterat: (meetingId: string) =>
    new DomainError(
      'conflict',
      MEETING_ERROR.NOT_JUSTERAT,
      'An archive package holds the justerat protocol, and this meeting has none yet (not closed, or not justerat)',
      { meetingId },
    ),
};
